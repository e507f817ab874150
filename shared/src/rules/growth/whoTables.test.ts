import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { WhoTables } from "./types.ts";
import { parseWhoTable, renderWhoTablesModule, WHO_TABLE_NAMES } from "./whoTableSource.ts";
import { WHO_TABLES } from "./whoTables.generated.ts";

const dataDir = new URL("../../../data/who-growth/", import.meta.url);
const parsed = Object.fromEntries(
  WHO_TABLE_NAMES.map((name) => [name, parseWhoTable(name, readFileSync(new URL(`${name}.txt`, dataDir), "utf8"))]),
) as WhoTables;

describe("whoTables.generated.ts cannot drift from WHO's .txt tables", () => {
  it("holds exactly the numbers of the .txt files", () => {
    expect(WHO_TABLES).toEqual(parsed);
  });

  it("is byte for byte what scripts/build-who-tables.ts writes", () => {
    const onDisk = readFileSync(new URL("./whoTables.generated.ts", import.meta.url), "utf8");
    expect(onDisk).toBe(renderWhoTablesModule(parsed));
  });

  it("covers the ranges the rules assume", () => {
    expect(WHO_TABLES.lenanthro.M.m).toHaveLength(1827); // days 0-1826
    expect(WHO_TABLES.weianthro.F.s).toHaveLength(1827);
    expect(WHO_TABLES.wflanthro.M.m).toHaveLength(651); // 45.0-110.0 cm
    expect(WHO_TABLES.wfhanthro.F.m).toHaveLength(551); // 65.0-120.0 cm
    expect(WHO_TABLES.lenanthro.M.l).toBe(1);
  });
});

describe("parseWhoTable refuses a damaged file", () => {
  const header = "sex\tage\tl\tm\ts\n";
  it("rejects a gap in the ages", () => {
    expect(() => parseWhoTable("weianthro", `${header}1\t0\t1\t3\t0.1\n1\t2\t1\t3\t0.1\n`)).toThrow(/expected age 1/);
  });
  it("rejects a truncated table", () => {
    expect(() => parseWhoTable("weianthro", `${header}1\t0\t1\t3\t0.1\n`)).toThrow(/rows/);
  });
  it("rejects a cell that is not a number", () => {
    expect(() => parseWhoTable("weianthro", `${header}1\t0\t1\tx\t0.1\n`)).toThrow(/not a number/);
  });
});
