/**
 * The three shared fixture sets read end to end, as the wizard and the CLI read
 * them: row counts, no problem where the data has none, and the problems the
 * data is known to have (README of each set) found on their rows. The expected
 * rows come from a plain reading of the CSV here, not from the importer.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseNik } from "../rules/nik.ts";
import { readListFile } from "./readListFile.ts";
import type { FamilyListResult, ListResult, SocialListResult } from "./types.ts";

const today = "2026-01-15";
const expected = { kode: "53.71.01.1001", nama: "Namosain" };
const fixture = (set: string, file: string) => new URL(`../../../tests/fixtures/lists/${set}/${file}`, import.meta.url);

/** Lines of a fixture file split on commas (the fields used here come before any quoted name). */
function plainRows(set: string, file: string): string[][] {
  return readFileSync(fixture(set, file), "utf8").trim().split(/\r?\n/).slice(1).map((line) => line.split(","));
}

async function readFixture(set: string, file: string): Promise<ListResult> {
  const read = await readListFile(new Uint8Array(readFileSync(fixture(set, file))), { fileName: file, today, expected });
  if (!read.ok) throw new Error(read.problem.message);
  return read.result;
}

function rowsWith(result: ListResult, predicate: (key: string) => boolean): number[] {
  return [...new Set(result.problems.filter((p) => predicate(p.key)).map((p) => p.row))].sort((a, b) => a - b);
}

/** File rows (header = 1) of the social list whose NIK fails parseNik, and those repeating an earlier NIK. */
function knownSocialProblems(set: string): { invalid: number[]; repeated: number[] } {
  const invalid: number[] = [];
  const repeated: number[] = [];
  const seen = new Set<string>();
  plainRows(set, "dinsos_dtsen.csv").forEach((fields, i) => {
    const nik = fields[1] ?? "";
    if (nik === "") return;
    if (!parseNik(nik, { today }).valid) invalid.push(i + 2);
    if (seen.has(nik)) repeated.push(i + 2);
    seen.add(nik);
  });
  return { invalid, repeated };
}

describe.each([
  ["synthetic-kelurahan", 800, 393],
  ["kelurahan-lists", 3120, 2630],
  ["kelurahan-lists-20k", 20800, 16999],
])("fixture set %s", (set, familyRows, socialRows) => {
  it(`reads the BKKBN family list: ${familyRows} families, every id, RT and RW`, async () => {
    const result = (await readFixture(set, "bkkbn_pk.csv")) as FamilyListResult;
    expect(result.kind).toBe("family");
    expect(result.summary).toMatchObject({ rows: familyRows, records: familyRows, rowsSkipped: 0, rowsWithErrors: 0, blocking: false });
    expect(result.fileProblems).toEqual([]);
    const plain = plainRows(set, "bkkbn_pk.csv");
    expect(result.families.map((f) => f.id)).toEqual(plain.map((fields) => fields[0]));
    expect(result.families.map((f) => f.noKk)).toEqual(plain.map((fields) => fields[1]));
    expect(result.families.filter((f) => f.rt === null || f.rw === null)).toEqual([]); // "RT 03", "003" and "3" all read
    expect(result.families.filter((f) => f.sumberAir === "" || f.jamban === "")).toEqual([]);
    expect(result.families.filter((f) => f.members[0]?.relation !== "kepala")).toEqual([]);
    // the wives of the list: a name on the row gives an istri member
    expect(result.families.filter((f) => f.members.some((m) => m.relation === "istri")).length).toBe(plain.filter((fields) => (fields[5] ?? "") !== "" || (fields[4] ?? "") !== "").length);
  });

  it(`reads the Dinsos social list: ${socialRows} rows, the NIKs the README says are mistyped or repeated named`, async () => {
    const result = (await readFixture(set, "dinsos_dtsen.csv")) as SocialListResult;
    expect(result.kind).toBe("social");
    expect(result.summary).toMatchObject({ rows: socialRows, records: socialRows, rowsSkipped: 0, rowsWithErrors: 0, blocking: false });
    const known = knownSocialProblems(set);
    expect(rowsWith(result, (key) => key.startsWith("nik:"))).toEqual(known.invalid);
    expect(rowsWith(result, (key) => key === "nik_ganda")).toEqual(known.repeated);
    const other = result.problems.filter((p) => !p.key.startsWith("nik:") && p.key !== "nik_ganda");
    expect(other).toEqual([]);
    expect(result.summary.rowsOk).toBe(socialRows - new Set([...known.invalid, ...known.repeated]).size);
    expect(result.socialRows.filter((r) => r.desil === null || r.pkh === null || r.bpnt === null || r.pbi === null)).toEqual([]);
  });

  it("has every pair of truth.csv between ids the lists read", async () => {
    const families = new Set(((await readFixture(set, "bkkbn_pk.csv")) as FamilyListResult).families.map((f) => f.id));
    const social = new Set(((await readFixture(set, "dinsos_dtsen.csv")) as SocialListResult).socialRows.map((r) => r.id));
    const truth = plainRows(set, "truth.csv");
    expect(truth.length).toBeGreaterThan(0);
    expect(truth.filter(([f, s]) => !families.has(f ?? "") || !social.has(s ?? ""))).toEqual([]);
  });
});

describe("known problems of the 20k family list", () => {
  it("warns about its repeated No. KK and NIK without stopping the import", async () => {
    const result = await readFixture("kelurahan-lists-20k", "bkkbn_pk.csv");
    const plain = plainRows("kelurahan-lists-20k", "bkkbn_pk.csv");
    const seenKk = new Set<string>();
    const repeatedKk: number[] = [];
    plain.forEach((fields, i) => {
      if (seenKk.has(fields[1] ?? "")) repeatedKk.push(i + 2);
      seenKk.add(fields[1] ?? "");
    });
    const seenNik = new Set<string>();
    const repeatedNik: number[] = [];
    plain.forEach((fields, i) => {
      for (const nik of [fields[2] ?? "", fields[4] ?? ""]) {
        if (nik !== "" && seenNik.has(nik)) repeatedNik.push(i + 2);
        seenNik.add(nik);
      }
    });
    expect(repeatedKk.length).toBeGreaterThan(0);
    expect(repeatedNik.length).toBeGreaterThan(0);
    expect(rowsWith(result, (key) => key === "no_kk_ganda")).toEqual(repeatedKk);
    expect(rowsWith(result, (key) => key === "nik_ganda")).toEqual(repeatedNik);
    expect(result.problems.every((p) => p.severity === "warning")).toBe(true);
  });
});
