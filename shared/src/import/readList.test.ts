import { describe, expect, it } from "vitest";
import { guessMapping } from "./header.ts";
import { readList, type ReadListOptions } from "./readList.ts";
import { toMatchFamily, toMatchSocialRow } from "./toMatch.ts";
import type { Cell, FamilyListResult, ListKind, ListResult, SheetTable, SocialListResult } from "./types.ts";

const today = "2026-01-15";

function read(kind: ListKind, rows: Cell[][], options: Partial<ReadListOptions> = {}): ListResult {
  const sheet: SheetTable = { name: "Data", rows, formulas: [], merges: [] };
  const header = (rows[0] ?? []).map((c) => (typeof c === "string" ? c : ""));
  return readList(sheet, { headerIndex: 0, mapping: guessMapping(header, kind).mapping, today, ...options });
}
const keys = (result: ListResult) => result.problems.map((p) => [p.row, p.key, p.severity]);

describe("family list, one row per family", () => {
  const header = ["Kode Keluarga", "No KK", "NIK Kepala", "Nama Kepala", "NIK Istri", "Nama Istri", "Tgl Lahir Istri", "RT/RW", "Alamat", "Dusun", "Kode Wilayah", "Jumlah Anak", "Sumber Air Minum", "Fasilitas BAB"];

  it("reads a family with its head, wife, address and household answers", () => {
    const result = read("family", [
      header,
      ["PK-1", "5371012609110945", "5371011412832968", "Bambang  Slamet", "5371015202923834", "Siti", "12/02/1992", "007/002", "Jl. Sukun No. 99", "Dusun I", "53.71.01.1001", "2", "air sungai", "jamban tanpa septic tank"],
    ]) as FamilyListResult;
    expect(result.problems).toEqual([]);
    expect(result.families).toEqual([
      {
        id: "PK-1",
        hasListId: true,
        rows: [2],
        noKk: "5371012609110945",
        members: [
          { nik: "5371011412832968", nama: "Bambang  Slamet", sex: "", birthDate: "", relation: "kepala", shdk: "", row: 2 },
          { nik: "5371015202923834", nama: "Siti", sex: "F", birthDate: "1992-02-12", relation: "istri", shdk: "", row: 2 },
        ],
        rt: 7,
        rw: 2,
        dusun: "Dusun I",
        alamat: "Jl. Sukun No. 99",
        kodeWilayah: "53.71.01.1001",
        desa: "",
        jumlahAnak: 2,
        sumberAir: "sungai",
        jamban: "jamban_tanpa_septik",
      },
    ]);
    expect(result.summary).toMatchObject({ rows: 1, rowsOk: 1, rowsWithWarnings: 0, rowsWithErrors: 0, records: 1, blocking: false });
  });

  it("names each problem by row and column, and keeps the rest of the row", () => {
    const result = read("family", [
      header,
      ["PK-1", "5371012609110945", "5.37101E+15", "Ani", "5371015202923834", "Wati", "31/02/1990", "3/2", "", "", "", "dua", "sumur", "ada"],
      ["PK-2", "5371012609110946", "5371011412832968", "", "5371015202923835", "Sri", "", "RT 3", "", "", "", "", "", ""],
      ["PK-3", "537101260911094", "5371011412832968", "", "", "", "", "3/2", "", "", "", "", "", ""],
      ["", "5371012609110947", "5371011412832969", "Dedi", "5371011412832969", "Eni", "", "4/1", "", "", "", "", "", ""],
    ]) as FamilyListResult;
    expect(keys(result)).toEqual([
      [2, "nik_notasi_ilmiah", "error"],
      [2, "tanggal_tidak_sah", "error"],
      [2, "jumlah_tidak_sah", "error"],
      [2, "sumber_air_tidak_dikenal", "warning"],
      [2, "jamban_tidak_dikenal", "warning"],
      [3, "nama_kepala_kosong", "warning"],
      [3, "rw_tidak_sah", "error"],
      [4, "no_kk:panjang_bukan_16", "error"],
      [4, "nik_ganda", "warning"],
      [4, "nama_kosong", "error"],
      [5, "id_kosong", "warning"],
      [5, "nik:jenis_kelamin_tidak_cocok", "warning"],
      [5, "nik_ganda", "warning"],
    ]);
    const [first, second, fifth] = result.families;
    expect(first).toMatchObject({ id: "PK-1", rt: 3, rw: 2, jumlahAnak: null, sumberAir: "", jamban: "" });
    expect(first?.members[0]).toMatchObject({ nik: "", nama: "Ani" });
    expect(first?.members[1]).toMatchObject({ birthDate: "" });
    expect(second?.members).toEqual([expect.objectContaining({ nama: "Sri", relation: "istri" })]);
    expect(second).toMatchObject({ rt: 3, rw: null });
    expect(fifth).toMatchObject({ id: "5", hasListId: false });
    expect(result.families.map((f) => f.id)).toEqual(["PK-1", "PK-2", "5"]);
    expect(result.summary).toMatchObject({ rows: 4, rowsOk: 0, rowsWithWarnings: 1, rowsWithErrors: 3, rowsSkipped: 1, records: 3 });
    expect(result.summary.byProblem[0]).toMatchObject({ severity: "error" });
    expect(result.problems.find((p) => p.key === "nik_notasi_ilmiah")).toMatchObject({ columnLetter: "C", header: "NIK Kepala" });
    for (const p of result.problems) expect(p.message).not.toMatch(/\{\w+\}/);
  });

  it("names a CSV NIK column that went through Excel as numbers, value by value", () => {
    const rows: Cell[][] = [["No KK", "NIK Kepala", "Nama Kepala"]];
    for (let i = 0; i < 8; i++) rows.push([`537101260911${String(1000 + i)}`, `53710114128329${String(i)}0`, `Nama ${i}`]);
    const result = read("family", rows) as FamilyListResult;
    expect(result.problems.map((p) => p.key)).toEqual(Array(8).fill("nik_angka_terpotong"));
    expect(result.families.every((f) => f.members[0]?.nik === "")).toBe(true);
  });

  it("reads a NIK whose structure is wrong as written, with a warning (it is what the card says)", () => {
    const result = read("family", [["NIK Kepala", "Nama Kepala"], ["5371011413832968", "Ani"]]) as FamilyListResult;
    expect(keys(result)).toEqual([[2, "nik:bulan_tidak_valid", "warning"]]);
    expect(result.families[0]?.members[0]?.nik).toBe("5371011413832968");
  });

  it("warns about a No. KK twice in the list (a young family on the parents' KK)", () => {
    const result = read("family", [["No KK", "Nama Kepala"], ["5371012609110945", "Ani"], ["5371012609110945", "Budi"]]);
    expect(keys(result)).toEqual([[3, "no_kk_ganda", "warning"]]);
    expect(result.problems[0]?.values.baris_pertama).toBe(2);
  });

  it("reads month-first dates when the whole column is month first, and says so", () => {
    const result = read("family", [["Nama Kepala", "Nama Istri", "Tgl Lahir Istri"], ["A", "B", "2/25/1990"], ["C", "D", "3/4/1991"]]) as FamilyListResult;
    expect(result.families.map((f) => f.members[1]?.birthDate)).toEqual(["1990-02-25", "1991-03-04"]);
    expect(result.fileProblems.map((p) => p.key)).toEqual(["tanggal_bulan_dulu"]);
  });

  it("skips a repeated header row and rows with nothing in the mapped columns", () => {
    const result = read("family", [
      ["No", "No KK", "Nama Kepala"],
      ["1", "5371012609110945", "Ani"],
      ["No", "No KK", "Nama Kepala"],
      ["2", null, null],
      ["3", "5371012007181274", "Budi"],
    ]);
    expect(result.summary).toMatchObject({ rows: 2, records: 2, rowsOk: 2 });
  });
});

describe("family list, one row per person grouped by No. KK", () => {
  const header = ["No KK", "NIK", "Nama Lengkap", "Hubungan dengan KK", "Jenis Kelamin", "Tgl Lahir", "RT", "RW", "Alamat"];
  const kk1 = "5371012609110945";
  const kk2 = "5371012007181274";

  it("groups people into families with the head first, then the wife, then the others", () => {
    const result = read("familyByPerson", [
      header,
      [kk1, "5371015202923834", "Siti", "ISTRI", "P", "12-02-1992", "7", "2", "Jl. Sukun No. 99"],
      [kk1, "5371011412832968", "Bambang", "KEPALA KELUARGA", "L", "14-12-1983", "7", "2", "Jl. Sukun No. 99"],
      [kk2, "5371011211020001", "Joko", "Kepala Keluarga", "L", "12-11-2002", "9", "2", "Jl. Kelapa"],
      [kk1, "5371010101150003", "Andi", "ANAK", "L", "01-01-2015", "7", "2", ""],
      [kk1, "5371014101500004", "Mina", "MERTUA", "P", "01-01-1950", "7", "2", ""],
    ]) as FamilyListResult;
    expect(result.problems).toEqual([]);
    expect(result.families.map((f) => [f.id, f.noKk, f.rows, f.members.map((m) => `${m.relation}:${m.nama}`)])).toEqual([
      ["2", kk1, [2, 3, 5, 6], ["kepala:Bambang", "istri:Siti", "anak:Andi", "lainnya:Mina"]],
      ["4", kk2, [4], ["kepala:Joko"]],
    ]);
    expect(result.families[0]).toMatchObject({ rt: 7, rw: 2, alamat: "Jl. Sukun No. 99", jumlahAnak: null });
    expect(result.families[0]?.members[3]).toMatchObject({ shdk: "mertua", sex: "F", birthDate: "1950-01-01" });
  });

  it("takes the first person as head when the KK has none, and warns; names rows it cannot group", () => {
    const result = read("familyByPerson", [
      header,
      [kk1, "", "Siti", "ISTRI", "P", "", "7", "2", ""],
      [kk1, "", "Andi", "ANAK", "L", "", "7", "2", ""],
      ["", "", "Tanpa KK", "ANAK", "L", "", "7", "2", ""],
      [kk2, "", "Joko", "KEPALA KELUARGA", "L", "", "9", "2", ""],
      [kk2, "", "Jaka", "KEPALA KELUARGA", "L", "", "9", "2", ""],
    ]) as FamilyListResult;
    expect(keys(result)).toEqual([
      [4, "no_kk_wajib", "error"],
      [2, "kepala_tidak_ada", "warning"],
      [6, "kepala_lebih_dari_satu", "warning"],
    ]);
    expect(result.families[0]?.members.map((m) => m.nama)).toEqual(["Siti", "Andi"]);
    expect(result.families[1]?.members.map((m) => m.nama)).toEqual(["Joko", "Jaka"]);
  });

  it("uses a kode keluarga column as the family id and stops on one used by two KKs", () => {
    const rows: Cell[][] = [
      ["Kode Keluarga", ...header],
      ["K-1", kk1, "", "Bambang", "KEPALA KELUARGA", "L", "", "7", "2", ""],
      ["K-1", kk1, "", "Siti", "ISTRI", "P", "", "7", "2", ""],
      ["K-1", kk2, "", "Joko", "KEPALA KELUARGA", "L", "", "9", "2", ""],
    ];
    const result = read("familyByPerson", rows) as FamilyListResult;
    expect(result.families.map((f) => f.id)).toEqual(["K-1"]);
    expect(result.summary.blocking).toBe(true);
    expect(result.fileProblems.map((p) => p.key)).toEqual(["id_ganda"]);
  });

  it("reads numeric SHDK codes only with Dukcapil's table", () => {
    const rows: Cell[][] = [header, [kk1, "", "Bambang", "1", "L", "", "7", "2", ""], [kk1, "", "Siti", "3", "P", "", "7", "2", ""]];
    const guessed = read("familyByPerson", rows) as FamilyListResult;
    expect(guessed.problems.map((p) => p.key)).toEqual(["hubungan_kode_angka", "hubungan_kode_angka", "kepala_tidak_ada"]);
    const coded = read("familyByPerson", rows, { relationCodes: "dukcapil" }) as FamilyListResult;
    expect(coded.problems).toEqual([]);
    expect(coded.families[0]?.members.map((m) => m.relation)).toEqual(["kepala", "istri"]);
  });
});

describe("social list", () => {
  const header = ["ID DTKS", "NIK", "No KK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Alamat", "RT", "RW", "Desa/Kelurahan", "Desil", "PKH", "BPNT", "PBI JK"];

  it("reads a person with desil and aid in the many ways lists write them", () => {
    const result = read("social", [
      header,
      ["DT-1", "5371015202923834", "5371012609110945", "SITI", "P", "12/02/1992", "JL SUKUN", "RT 07", "RW 02", "NAMOSAIN", "Desil 1", "Ya", "v", "TRUE"],
      ["DT-2", "", "5371012609110945", "Bambang", "L", "", "Jl. Sukun", "7", "2", "NAMOSAIN", "4", "0", "T", "Tidak"],
      ["DT-3", "", "", "Tuti", "", "", "", "", "", "", "", "", "", ""],
    ]) as SocialListResult;
    expect(result.problems).toEqual([]);
    expect(result.socialRows.map((r) => [r.id, r.desil, r.pkh, r.bpnt, r.pbi])).toEqual([
      ["DT-1", 1, true, true, true],
      ["DT-2", 4, false, false, false],
      ["DT-3", null, null, null, null],
    ]);
    expect(result.socialRows[0]).toMatchObject({ nik: "5371015202923834", noKk: "5371012609110945", sex: "F", birthDate: "1992-02-12", rt: 7, rw: 2, desa: "NAMOSAIN", row: 2 });
  });

  it("names a desil out of range, an unknown aid answer, a duplicate NIK and a row without a name", () => {
    const result = read("social", [
      header,
      ["DT-1", "5371015202923834", "", "Siti", "", "", "", "1", "1", "", "11", "kadang", "", ""],
      ["DT-2", "5371015202923834", "", "Sri", "", "", "", "1", "1", "", "2", "", "", ""],
      ["DT-3", "5371015202923835", "", "", "", "", "", "1", "1", "", "2", "", "", ""],
    ]) as SocialListResult;
    expect(keys(result)).toEqual([
      [2, "desil_tidak_sah", "error"],
      [2, "ya_tidak_tidak_dikenal", "warning"],
      [3, "nik_ganda", "warning"],
      [4, "nama_kosong", "error"],
    ]);
    expect(result.socialRows.map((r) => [r.id, r.desil])).toEqual([["DT-1", null], ["DT-2", 2]]);
  });

  it("uses row numbers as ids when the list has no id column", () => {
    const result = read("social", [["Nama", "Desil"], ["Ani", "1"], ["Budi", "2"]]) as SocialListResult;
    expect(result.socialRows.map((r) => [r.id, r.hasListId])).toEqual([["2", false], ["3", false]]);
  });
});

describe("into the matcher's contract", () => {
  it("gives MatchFamily and MatchSocialRow with the list's ids and raw values", () => {
    const families = read("family", [
      ["Kode Keluarga", "No KK", "NIK Kepala", "Nama Kepala", "Nama Istri", "RT", "RW", "Alamat", "Kode Wilayah"],
      ["PK-1", "5371012609110945", "5371011412832968", "Bambang", "Siti", "007", "RW 02", "Jl. Sukun No. 99", "53.71.01.1001"],
    ]) as FamilyListResult;
    expect(families.families.map(toMatchFamily)).toEqual([
      {
        id: "PK-1",
        noKk: "5371012609110945",
        people: [
          { nik: "5371011412832968", name: "Bambang", birthDate: "", sex: "", role: "kepala" },
          { nik: "", name: "Siti", birthDate: "", sex: "F", role: "istri" },
        ],
        rt: 7,
        rw: 2,
        alamat: "Jl. Sukun No. 99",
        kodeWilayah: "53.71.01.1001",
      },
    ]);
    const social = read("social", [["id_dtsen", "nik", "no_kk", "nama", "alamat", "rt", "rw"], ["DT-1", "", "5371012609110945", "SITI", "Jl Sukun", "7", "2"]]) as SocialListResult;
    expect(social.socialRows.map(toMatchSocialRow)).toEqual([{ id: "DT-1", nik: "", noKk: "5371012609110945", name: "SITI", birthDate: "", rt: 7, rw: 2, alamat: "Jl Sukun" }]);
  });
});

describe("before reading", () => {
  it("refuses a mapping without its required columns", () => {
    const result = read("social", [["NIK", "Desil"], ["5371015202923834", "1"]]);
    expect(result.fileProblems).toEqual([expect.objectContaining({ key: "kolom_wajib_tidak_ada", values: { kolom: "Nama" } })]);
    expect(result.summary.blocking).toBe(true);
  });

  it("refuses an empty sheet", () => {
    expect(read("social", [[null, null], []]).fileProblems.map((p) => p.key)).toEqual(["lembar_kosong"]);
  });
});
