import { describe, expect, it } from "vitest";
import { rewriteXlsx, xlsxFile, type TestSheet } from "../testing/listFiles.ts";
import { openListFile } from "./openFile.ts";
import { readListFile, sheetChoices } from "./readListFile.ts";
import type { FamilyListResult, ListResult, RowProblem } from "./types.ts";

const today = "2026-01-15";
const HEADER = ["Kode Keluarga", "No. KK", "NIK Kepala Keluarga", "Nama Kepala Keluarga", "NIK Istri", "Nama Istri", "Tgl Lahir Istri", "RT", "RW"];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A family list as a village office makes it: instructions first, a title above the header, an empty sheet. */
function workbook(dataRows: TestSheet["data"]): TestSheet[] {
  return [
    { sheet: "Petunjuk", data: [["Isi satu baris per keluarga."], ["Kolom NIK ditulis sebagai teks."]] },
    {
      sheet: "Data Keluarga",
      data: [[{ value: "DAFTAR KELUARGA KELURAHAN NAMOSAIN", columnSpan: 9 }, null, null, null, null, null, null, null, null], [], HEADER, ...dataRows],
    },
    { sheet: "Kosong", data: [] },
  ];
}

const problemsOf = (result: ListResult, key: string): RowProblem[] => result.problems.filter((p) => p.key === key);

describe("XLSX: sheets, header, numbers and dates as Excel stores them", () => {
  const rows: TestSheet["data"] = [
    // text NIKs, the wife's birth date as a Date cell
    ["PK-1", "5371012609110945", "5371011412832968", "Bambang", "5371015202923834", "Siti", { value: utc(1992, 2, 12), type: Date, format: "dd/mm/yyyy" }, "007", "002"],
    // NIK typed into a number cell: Excel kept 15 digits, the last became 0
    ["PK-2", "5371012007181274", { value: 5371011211029320, type: Number }, "Joko", null, null, null, 9, 2],
    // a NIK number cell that kept all 16 digits; the birth date as an Excel serial number
    ["PK-3", "5371010602111855", { value: 5371010702032641, type: Number }, "Petrus", "5371015608060321", "Suparmi", { value: 38945, type: Number }, "RT 07", "RW 02"],
    // a date as text with an Indonesian month name
    ["PK-4", "5371012202069921", "5371012210671177", "Djoko", "5371014301879265", "Dewi", "3 Januari 1987", "11", "2"],
  ];

  it("lists every sheet by name and finds the header under the title", async () => {
    const opened = await openListFile(await xlsxFile(workbook(rows)), { fileName: "keluarga.xlsx" });
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(opened.file.format).toBe("xlsx");
    const choices = sheetChoices(opened.file);
    expect(choices.map((c) => c.name)).toEqual(["Petunjuk", "Data Keluarga", "Kosong"]);
    expect(choices.map((c) => c.header?.row ?? null)).toEqual([null, 3, null]);
    expect(choices[1]?.kind?.kind).toBe("family");
    expect(choices[2]?.filledRows).toBe(0);
  });

  it("reads the records, naming the NIK Excel cut and the one stored as a number", async () => {
    const read = await readListFile(await xlsxFile(workbook(rows)), { fileName: "keluarga.xlsx", today });
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.sheet.name).toBe("Data Keluarga");
    expect(read.header.row).toBe(3);
    const result = read.result as FamilyListResult;
    expect(result.summary).toMatchObject({ rows: 4, records: 4, blocking: false });
    expect(result.families.map((f) => f.id)).toEqual(["PK-1", "PK-2", "PK-3", "PK-4"]);

    const [one, two, three, four] = result.families;
    expect(one?.members).toEqual([
      { nik: "5371011412832968", nama: "Bambang", sex: "", birthDate: "", relation: "kepala", shdk: "", row: 4 },
      { nik: "5371015202923834", nama: "Siti", sex: "F", birthDate: "1992-02-12", relation: "istri", shdk: "", row: 4 },
    ]);
    expect(one).toMatchObject({ rt: 7, rw: 2 });

    expect(two?.members[0]?.nik).toBe("");
    expect(problemsOf(result, "nik_angka_terpotong")).toEqual([
      expect.objectContaining({ row: 5, columnLetter: "C", header: "NIK Kepala Keluarga", severity: "error", values: expect.objectContaining({ nilai: "5371011211029320" }) }),
    ]);
    expect(two).toMatchObject({ rt: 9, rw: 2 });

    expect(three?.members[0]?.nik).toBe("5371010702032641");
    expect(problemsOf(result, "nik_sel_angka").map((p) => [p.row, p.severity])).toEqual([[6, "warning"]]);
    expect(three?.members[1]?.birthDate).toBe("2006-08-16");
    expect(three).toMatchObject({ rt: 7, rw: 2 });

    expect(four?.members[1]?.birthDate).toBe("1987-01-03");
    expect(result.problems.map((p) => p.key).sort()).toEqual(["nik_angka_terpotong", "nik_sel_angka"]);
  });

  it("reads a chosen sheet and names a missing or empty one", async () => {
    const bytes = await xlsxFile(workbook(rows));
    const missing = await readListFile(bytes, { fileName: "k.xlsx", sheet: "Data" });
    expect(missing.ok ? null : missing.problem).toMatchObject({ key: "lembar_tidak_ada", values: { daftar: "Petunjuk, Data Keluarga, Kosong" } });
    const empty = await readListFile(bytes, { fileName: "k.xlsx", sheet: "Kosong" });
    expect(empty.ok ? null : empty.problem.key).toBe("lembar_kosong");
    const none = await readListFile(bytes, { fileName: "k.xlsx", sheet: 0 });
    expect(none.ok ? null : none.problem.key).toBe("kolom_tidak_dikenali");
    const byIndex = await readListFile(bytes, { fileName: "k.xlsx", sheet: 1, today });
    expect(byIndex.ok && byIndex.result.summary.records).toBe(4);
  });
});

describe("XLSX: formula cells", () => {
  const data: TestSheet["data"] = [
    ["No KK", "Nama Kepala Keluarga", "RT", "RW"],
    ["5371012609110945", "Bambang", "3", { value: "=1+1", type: "Formula" }],
    ["5371012007181274", "Joko", "4", { value: "=1+1", type: "Formula" }],
    ["5371010602111855", "Petrus", "5", { value: "=1+1", type: "Formula" }],
  ];

  it("uses a formula's saved value, names one without a value and one that gave an error", async () => {
    const written = await xlsxFile([{ sheet: "Data", data }]);
    // write-excel-file saves formulas without a value; Excel saves the last value: give D2 a value and D3 an error.
    const bytes = await rewriteXlsx(written, (name, xml) =>
      name === "xl/worksheets/sheet1.xml"
        ? xml.replace(/(<c r="D2"[^>]*>)(<f>[^<]*<\/f>)(<\/c>)/, "$1$2<v>2</v>$3").replace(/<c r="D3"([^>]*)>(<f>[^<]*<\/f>)<\/c>/, '<c r="D3"$1 t="e">$2<v>#N/A</v></c>')
        : undefined,
    );
    const read = await readListFile(bytes, { fileName: "rumus.xlsx", today });
    if (!read.ok) throw new Error(read.problem.message);
    const result = read.result as FamilyListResult;
    expect(result.families.map((f) => f.rw)).toEqual([2, null, null]);
    expect(result.problems.map((p) => [p.key, p.row, p.values.sel])).toEqual([
      ["rumus_galat", 3, "D3"],
      ["rumus_tanpa_nilai", 4, "D4"],
    ]);
    expect(result.problems[0]?.message).toContain("#N/A");
    expect(result.fileProblems).toEqual([expect.objectContaining({ key: "rumus_dengan_nilai", severity: "warning", values: { jumlah: 1, contoh: "D2" } })]);
  });
});

describe("XLSX: merged cells", () => {
  it("gives a merged RW to every row it covers and says so; a merged title says nothing", async () => {
    const data: TestSheet["data"] = [
      [{ value: "DAFTAR KELUARGA", columnSpan: 4 }, null, null, null],
      ["No KK", "Nama Kepala Keluarga", "RT", "RW"],
      ["5371012609110945", "Bambang", "3", { value: "002", rowSpan: 3 }],
      ["5371012007181274", "Joko", "4", null],
      ["5371010602111855", "Petrus", "5", null],
      ["5371012202069921", "Djoko", "6", "003"],
    ];
    const read = await readListFile(await xlsxFile([{ sheet: "Data", data }]), { fileName: "gabung.xlsx", today });
    if (!read.ok) throw new Error(read.problem.message);
    const result = read.result as FamilyListResult;
    expect(result.families.map((f) => f.rw)).toEqual([2, 2, 2, 3]);
    expect(result.problems).toEqual([]);
    expect(result.fileProblems).toEqual([expect.objectContaining({ key: "sel_gabungan", severity: "warning", values: { contoh: "D3:D5" } })]);
  });
});
