/**
 * Converts WHO's LMS tables (shared/data/who-growth/*.txt) into the compact
 * module the growth rules import synchronously in Node and in the browser.
 * Run: node --import tsx scripts/build-who-tables.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseWhoTable, renderWhoTablesModule, WHO_TABLE_NAMES } from "../shared/src/rules/growth/whoTableSource.ts";
import type { WhoTables } from "../shared/src/rules/growth/types.ts";

const dataDir = new URL("../shared/data/who-growth/", import.meta.url);
const target = new URL("../shared/src/rules/growth/whoTables.generated.ts", import.meta.url);

const tables = Object.fromEntries(
  WHO_TABLE_NAMES.map((name) => [name, parseWhoTable(name, readFileSync(new URL(`${name}.txt`, dataDir), "utf8"))]),
) as WhoTables;

writeFileSync(target, renderWhoTablesModule(tables));
console.log(`wrote ${fileURLToPath(target)}`);
