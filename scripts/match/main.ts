/**
 * `npm run match`: the matcher of the import wizard, from the command line, for a district data officer and
 * for tests. Reads both lists with their own headers (shared/src/import), matches them on this machine
 * (shared/src/rules/matching) and writes pairs.csv. Nothing leaves the machine; the summary on stderr names
 * counts and problem rows, never a name or a NIK.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { readListFile, toMatchFamily, toMatchSocialRow, type ListKind, type ReadListFileResult } from "@shared/import/index.ts";
import { matchSocialToFamilies } from "@shared/rules/matching/index.ts";
import { MATCH_USAGE, parseMatchArgs } from "./args.ts";
import { pairsToCsv } from "./pairsCsv.ts";

const FAMILY_KINDS: readonly ListKind[] = ["family", "familyByPerson"];
const SOCIAL_KINDS: readonly ListKind[] = ["social"];

async function readOne(path: string, kinds: readonly ListKind[], sheet: string | undefined, kode: string | undefined): Promise<Extract<ReadListFileResult, { ok: true }>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    fail(`Berkas ${path} tidak bisa dibaca: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const read = await readListFile(bytes, { fileName: basename(path), kinds, ...(sheet !== undefined ? { sheet } : {}), ...(kode ? { expected: { kode } } : {}) });
  if (!read.ok) fail(`${basename(path)}: ${read.problem.message}`);
  const { summary, problems, fileProblems } = read.result;
  process.stderr.write(
    `${basename(path)}: lembar "${read.sheet.name}", ${summary.rows} baris, ${summary.records} catatan; ` +
      `${summary.rowsOk} baik, ${summary.rowsWithWarnings} perlu dicek, ${summary.rowsWithErrors} bermasalah, ${summary.rowsSkipped} dilewati\n`,
  );
  for (const p of fileProblems) process.stderr.write(`  ${p.severity === "error" ? "GALAT" : "cek"}: ${p.message}\n`);
  // which rows, not what they hold: a row problem's message can quote a value
  const byKey = new Map<string, number[]>();
  for (const p of problems) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p.row]);
  for (const [key, rows] of byKey) process.stderr.write(`  ${key}: ${rows.length} baris (${rows.slice(0, 8).join(", ")}${rows.length > 8 ? ", ..." : ""})\n`);
  if (summary.blocking) fail(`${basename(path)}: daftar ini belum bisa dicocokkan; perbaiki masalah di atas lalu coba lagi.`);
  return read;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = parseMatchArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n${MATCH_USAGE}\n`);
    process.exit(2);
  }
  const families = await readOne(args.families, FAMILY_KINDS, args.familiesSheet, args.kodeWilayah);
  const social = await readOne(args.social, SOCIAL_KINDS, args.socialSheet, args.kodeWilayah);
  const familyList = families.result;
  const socialList = social.result;
  // readOne asked for these kinds only; the narrowing says so to the compiler
  if (familyList.kind === "social" || socialList.kind !== "social") fail("Jenis daftar tidak sesuai: --families harus daftar keluarga, --social daftar sosial.");
  const started = performance.now();
  let lastPhase = "";
  const result = matchSocialToFamilies(
    familyList.families.map(toMatchFamily),
    socialList.socialRows.map(toMatchSocialRow),
    { autoThreshold: args.autoThreshold, reviewThreshold: args.reviewThreshold },
    (p) => {
      if (p.phase !== lastPhase) process.stderr.write(`  ${p.phase}...\n`);
      lastPhase = p.phase;
    },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // written beside the target, then renamed: a crash never leaves half a pairs.csv
  const temp = `${args.out}.${process.pid}.tmp`;
  await writeFile(temp, pairsToCsv(result.pairs), { mode: 0o600 });
  await rename(temp, args.out);
  const auto = result.pairs.filter((p) => p.decision === "auto").length;
  process.stderr.write(
    `Selesai dalam ${seconds} dtk (aturan ${result.ruleVersion}): ${auto} pasangan pasti (auto), ${result.pairs.length - auto} perlu ditinjau (review) -> ${args.out}\n`,
  );
}

await main();
