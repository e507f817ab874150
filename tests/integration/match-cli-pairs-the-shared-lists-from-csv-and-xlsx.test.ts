import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { expect, it } from "vitest";
import { xlsxFile } from "@shared/testing/listFiles.ts";
import { linkQuality, truthFromCsv } from "@shared/testing/listFixtures.ts";
import { REPO_ROOT } from "./support/childRelay.ts";
import { tempDataDir } from "./support/tempDir.ts";

const LISTS = join(REPO_ROOT, "tests/fixtures/lists");

function runMatch(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "match", "--", ...args], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

function readPairs(path: string): Array<{ familyId: string; otherId: string; decision: "auto" | "review"; score: number; reasons: string }> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual(["family_id", "social_id", "decision", "score", "reasons"]);
  return parsed.data.map((r) => ({ familyId: r.family_id!, otherId: r.social_id!, decision: r.decision as "auto" | "review", score: Number(r.score), reasons: r.reasons! }));
}

/** The social list as a district office would hand it over: XLSX, its own header words, a title row above. */
async function socialListAsXlsx(csvPath: string): Promise<Uint8Array> {
  const rows = Papa.parse<string[]>(readFileSync(csvPath, "utf8"), { skipEmptyLines: true }).data.slice(1);
  const header = ["ID DTSEN", "NIK", "NOMOR KK", "Nama Lengkap", "Alamat", "RT", "RW", "Desa/Kelurahan", "Desil", "PKH", "BPNT", "PBI"];
  const cell = (value: string) => ({ value, type: String });
  return xlsxFile([
    {
      sheet: "DTSEN Namosain",
      data: [[cell("DATA TUNGGAL SOSIAL DAN EKONOMI NASIONAL - KELURAHAN NAMOSAIN")], [], header.map(cell), ...rows.map((r) => r.map(cell))],
    },
  ]);
}

it("`npm run match` pairs the BKKBN list (CSV) with the Dinsos list (XLSX, other headers, a title row) as the matcher does, by the lists' own ids", async () => {
  const dir = tempDataDir();
  const social = join(dir, "dtsen.xlsx");
  writeFileSync(social, await socialListAsXlsx(join(LISTS, "kelurahan-lists/dinsos_dtsen.csv")));
  const out = join(dir, "pasangan.csv");

  const run = await runMatch(["--families", join(LISTS, "kelurahan-lists/bkkbn_pk.csv"), "--social", social, "--out", out]);
  expect(run.stderr).toContain("Selesai");
  expect(run.code).toBe(0);
  expect(statSync(out).mode & 0o777).toBe(0o600);

  const pairs = readPairs(out);
  const quality = linkQuality(pairs, truthFromCsv(readFileSync(join(LISTS, "kelurahan-lists/truth.csv"), "utf8")));
  expect(quality.autoPrecision).toBeGreaterThanOrEqual(0.999);
  expect(quality.recall).toBeGreaterThanOrEqual(0.995);
  expect(quality.reviewShare).toBeLessThanOrEqual(0.02);
  expect(pairs.every((p) => /^PK-\d+$/.test(p.familyId) && /^DT-\d+$/.test(p.otherId))).toBe(true);
  // best first, and every pair says why in Bahasa
  expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((a, b) => b - a));
  expect(pairs.every((p) => p.reasons.length > 0)).toBe(true);
  expect(pairs.some((p) => p.reasons.includes("No. KK sama"))).toBe(true);
  // the summary names counts and rows, never a NIK
  expect(run.stderr).not.toMatch(/\d{16}/);
}, 120_000);

it("a list without an id column is paired by its file row numbers", async () => {
  const dir = tempDataDir();
  const csv = Papa.parse<Record<string, string>>(readFileSync(join(LISTS, "synthetic-kelurahan/bkkbn_pk.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
  const rowOfKode = new Map(csv.map((r, i) => [r.kode_keluarga!, String(i + 2)]));
  const withoutIds = csv.map(({ kode_keluarga: _drop, ...rest }) => rest);
  const families = join(dir, "pk-tanpa-kode.csv");
  // semicolons, as Indonesian Excel saves a CSV
  writeFileSync(families, Papa.unparse(withoutIds, { delimiter: ";" }));
  const out = join(dir, "pasangan.csv");

  const run = await runMatch(["--families", families, "--social", join(LISTS, "synthetic-kelurahan/dinsos_dtsen.csv"), "--out", out]);
  expect(run.code).toBe(0);
  const truth = truthFromCsv(readFileSync(join(LISTS, "synthetic-kelurahan/truth.csv"), "utf8")).map(([kode, social]): [string, string] => [rowOfKode.get(kode)!, social]);
  const pairs = readPairs(out);
  expect(pairs.every((p) => /^\d+$/.test(p.familyId))).toBe(true);
  const quality = linkQuality(pairs, truth);
  expect(quality.autoPrecision).toBeGreaterThanOrEqual(0.999);
  expect(quality.recall).toBeGreaterThanOrEqual(0.995);
}, 120_000);

it("a file that is no list is named, and no pairs file is written", async () => {
  const dir = tempDataDir();
  const pdf = join(dir, "daftar.xlsx");
  writeFileSync(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
  const out = join(dir, "pasangan.csv");
  const run = await runMatch(["--families", pdf, "--social", join(LISTS, "synthetic-kelurahan/dinsos_dtsen.csv"), "--out", out]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("daftar.xlsx");
  expect(run.stderr).toMatch(/PDF/);
  expect(existsSync(out)).toBe(false);

  const usage = await runMatch(["--families", pdf]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("Pakai: npm run match");
}, 120_000);
