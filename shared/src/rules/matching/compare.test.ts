import { describe, expect, it } from "vitest";
import { comparePair, F_DATE, F_KK, F_NAME, F_NAME2, F_NIK, F_RTRW, F_STREET, FIELD_COUNT, FIELDS, LEVELS, newDetail } from "./compare.ts";
import { prepareFamily, prepareSocialRow } from "./prepare.ts";
import { TokenTable } from "./tokens.ts";
import type { MatchFamily, MatchSocialRow } from "./types.ts";

const HEAD_NIK = "5371011412832968"; // man, 14-12-83
const WIFE_NIK = "5371015202923834"; // woman, 12-02-92
const KK = "5371012609110945";

function family(over: Partial<MatchFamily> = {}): MatchFamily {
  return {
    id: "PK-1",
    noKk: KK,
    people: [
      { nik: HEAD_NIK, name: "Bambang Slamet Lestari", birthDate: "", sex: "", role: "kepala" },
      { nik: WIFE_NIK, name: "Siti Fanggi", birthDate: "1992-02-12", sex: "F", role: "istri" },
    ],
    rt: 7,
    rw: 2,
    alamat: "Jl. Sukun No. 99",
    kodeWilayah: "53.71.01.1001",
    ...over,
  };
}

function row(over: Partial<MatchSocialRow> = {}): MatchSocialRow {
  return { id: "DT-1", nik: HEAD_NIK, noKk: KK, name: "BAMBANG SLAMET LESTARI", birthDate: "", rt: 7, rw: 2, alamat: "JLN. SUKUN NO. 99", ...over };
}

/** The level names of a social row against a family, field by field. */
function compare(r: MatchSocialRow, f: MatchFamily = family()): Record<string, string> {
  const table = new TokenTable();
  const a = prepareSocialRow(r, 0, table);
  const b = prepareFamily(f, 0, table);
  const levels = new Int8Array(FIELD_COUNT);
  comparePair(a, b, table, levels, newDetail());
  return Object.fromEntries(FIELDS.map((field, i) => [field, levels[i]! < 0 ? "-" : (LEVELS[field][levels[i]!] ?? "?")]));
}

const swap = (s: string, i: number) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);

describe("comparePair: NIK against every person of the family", () => {
  it.each([
    ["the head's NIK", row(), "sama"],
    ["the wife's NIK (the spouse's NIK on the row)", row({ nik: WIFE_NIK }), "sama"],
    ["one digit off", row({ nik: HEAD_NIK.slice(0, 15) + "0" }), "beda_1_digit"],
    ["two neighbours swapped", row({ nik: swap(HEAD_NIK, 9) }), "tertukar"],
    ["another NIK, every person's NIK known", row({ nik: "5371011903169684" }), "beda"],
    ["no NIK on the row", row({ nik: "" }), "-"],
    ["an Excel-mangled NIK", row({ nik: "5.37101E+15" }), "-"],
  ])("%s", (_what, r, expected) => {
    expect(compare(r)[FIELDS[F_NIK]]).toBe(expected);
  });

  it("says 'beda_sebagian' when the family misses someone's NIK (the row may be that person)", () => {
    const f = family();
    f.people[1]!.nik = "";
    expect(compare(row({ nik: "5371016612754751" }), f).nik).toBe("beda_sebagian");
  });
});

describe("comparePair: No. KK", () => {
  it.each([
    ["the same", row(), "sama"],
    ["one digit off", row({ noKk: KK.slice(0, 15) + "7" }), "hampir_sama"],
    ["re-issued: same kecamatan and issue date, another serial", row({ noKk: KK.slice(0, 12) + "3611" }), "tanggal_terbit_sama"],
    ["another KK", row({ noKk: "5371011003232867" }), "beda"],
    ["missing", row({ noKk: "" }), "-"],
  ])("%s", (_what, r, expected) => {
    expect(compare(r).kk).toBe(expected);
  });
});

describe("comparePair: name against the head and against the wife", () => {
  it.each([
    ["the head's name", row(), "sama"],
    ["the wife's name", row({ name: "Hj. Siti Fanggi" }), "sama"],
    ["the head's name, middle name dropped", row({ name: "Bambang Lestari" }), "sangat_mirip"],
    ["the wife's first name only", row({ name: "SITI" }), "mirip"],
    ["someone else", row({ name: "Rina Saputra" }), "beda"],
  ])("%s", (_what, r, expected) => {
    expect(compare(r).nama).toBe(expected);
  });

  it("leaves the spouse's name out for a one-person row", () => {
    expect(compare(row())[FIELDS[F_NAME2]]).toBe("-");
  });
});

describe("comparePair: the birth date a NIK carries against a recorded birth date", () => {
  it("finds the wife's recorded date in a row's NIK when her NIK is missing from the family", () => {
    const f = family();
    f.people[1]!.nik = "";
    expect(compare(row({ nik: WIFE_NIK, name: "Siti Fanggi" }), f)[FIELDS[F_DATE]]).toBe("sama");
  });

  it("tells another date of a woman", () => {
    const f = family();
    f.people[1]!.nik = "";
    expect(compare(row({ nik: "5371015305923834", name: "Siti Fanggi" }), f)[FIELDS[F_DATE]]).toBe("beda");
  });

  it("does not hold a man's NIK date against the wife's recorded date", () => {
    const f = family();
    f.people[1]!.nik = "";
    expect(compare(row({ nik: "5371011903169684" }), f)[FIELDS[F_DATE]]).toBe("-");
  });

  it("is not used when the NIKs are the same (the NIK field has it)", () => {
    expect(compare(row({ nik: WIFE_NIK }))[FIELDS[F_DATE]]).toBe("-");
  });
});

describe("comparePair: RT/RW", () => {
  it.each([
    ["the same", row(), "sama"],
    ["RT one apart", row({ rt: 8 }), "rt_beda_1"],
    ["RT further apart", row({ rt: 11 }), "rt_beda"],
    ["another RW", row({ rw: 3 }), "rw_beda"],
    ["no RT", row({ rt: null }), "-"],
  ])("%s", (_what, r, expected) => {
    expect(compare(r)[FIELDS[F_RTRW]]).toBe(expected);
  });
});

describe("comparePair: street and house number", () => {
  it.each([
    ["the same, written another way", row({ alamat: "Jalan Sukun Nomor 99" }), "sama"],
    ["no number on the row", row({ alamat: "JL Sukun" }), "nomor_tidak_ada"],
    ["another number", row({ alamat: "Jl. Sukun No. 12" }), "nomor_beda"],
    ["another street", row({ alamat: "Jl. Mawar No. 99" }), "jalan_beda"],
    ["no address", row({ alamat: "" }), "-"],
  ])("%s", (_what, r, expected) => {
    expect(compare(r)[FIELDS[F_STREET]]).toBe(expected);
  });
});

describe("comparePair: family against family", () => {
  it("compares the spouses once the heads are paired", () => {
    const table = new TokenTable();
    const a = prepareFamily(family({ id: "KK-2" }), 0, table);
    const b = prepareFamily(family(), 0, table);
    const levels = new Int8Array(FIELD_COUNT);
    const detail = newDetail();
    comparePair(a, b, table, levels, detail);
    expect(levels[F_NAME]).toBe(0);
    expect(levels[F_NAME2]).toBe(0);
    expect([detail.nameA, detail.nameB]).not.toEqual([detail.name2A, detail.name2B]);
    expect(detail.name2A).toBeGreaterThanOrEqual(0);
    expect(levels[F_KK]).toBe(0);
  });
});
