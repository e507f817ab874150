import { describe, expect, it } from "vitest";
import { utf16le, utf8, windows1252 } from "../testing/listFiles.ts";
import { detectDelimiter } from "./csv.ts";
import { openListFile } from "./openFile.ts";
import { readListFile } from "./readListFile.ts";
import type { SocialListResult } from "./types.ts";

const today = "2026-01-15";
const lines = (...rows: string[]) => rows.join("\r\n") + "\r\n";

describe("detectDelimiter", () => {
  it.each([
    ["comma", lines("nik,nama,rt", "1,a,2", "3,b,4"), ","],
    ["semicolon (Indonesian Excel)", lines("nik;nama;rt", "1;a;2", "3;b;4"), ";"],
    ["tab (Excel's Unicode text)", lines("nik\tnama\trt", "1\ta\t2"), "\t"],
    ["semicolon with commas inside addresses", lines("nama;alamat;rt", "Ani;Jl. Sukun, No. 5;3", "Budi;Jl. Kelapa, Gg. 2, No. 7;4"), ";"],
    ["comma with quoted semicolons", lines('nama,alamat,rt', 'Ani,"Jl. Sukun; No. 5",3', 'Budi,"Gg. 2; No. 7",4'), ","],
    ["a title row above a semicolon header", lines("DAFTAR PENERIMA BANTUAN", "nik;nama;rt", "1;a;2", "3;b;4"), ";"],
    ["Excel's title row with trailing delimiters", lines("DAFTAR PENERIMA;;", "nik;nama;rt", "1;a;2"), ";"],
  ])("%s", (_what, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

const social = lines(
  "id_dtsen;nik;nama;alamat;rt;rw;desil;pkh;bpnt;pbi",
  "DT-1;5371011510004959;José Fernandes Da Costa;Jl. Sukun, No. 5;003;001;1;Ya;Tidak;1",
  "DT-2;5371010508794981;Maria Goreti Laka;Jl. Kelapa;3;1;2;Tidak;Ya;0",
);

describe("CSV encodings Excel saves", () => {
  it.each([
    ["UTF-8 without BOM", utf8(social), "utf-8"],
    ["UTF-8 with BOM (Excel's CSV UTF-8)", utf8(social, true), "utf-8"],
    ["Windows-1252 (Excel's CSV on Windows)", windows1252(social), "windows-1252"],
    ["UTF-16 LE with BOM (Excel's Unicode text)", utf16le(social.replaceAll(";", "\t")), "utf-16le"],
    ["UTF-16 LE without BOM", utf16le(social, false), "utf-16le"],
  ])("%s", async (_what, bytes, encoding) => {
    const read = await readListFile(bytes, { fileName: "dtsen.csv", today });
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.file.encoding).toBe(encoding);
    const result = read.result as SocialListResult;
    expect(result.kind).toBe("social");
    expect(result.socialRows.map((r) => r.nama)).toEqual(["José Fernandes Da Costa", "Maria Goreti Laka"]);
    expect(result.socialRows[0]).toMatchObject({ alamat: "Jl. Sukun, No. 5", rt: 3, rw: 1, desil: 1, pkh: true, bpnt: false, pbi: true });
    expect(result.summary).toMatchObject({ rows: 2, rowsOk: 2, records: 2 });
    expect(result.header[0]).toBe("id_dtsen"); // no BOM left in the first header
  });
});

describe("CSV rows keep the numbers Excel shows", () => {
  it("numbers rows as records, so a cell with a line break does not shift the rows after it", async () => {
    const text = lines("id_dtsen,nama,alamat,desil", 'DT-1,Ani,"Jl. Sukun\nNo. 5",1', "DT-2,Budi,Jl. Kelapa,x");
    const read = await readListFile(utf8(text), { fileName: "x.csv", today });
    if (!read.ok) throw new Error(read.problem.message);
    const result = read.result as SocialListResult;
    expect(result.socialRows.map((r) => [r.id, r.row])).toEqual([["DT-1", 2], ["DT-2", 3]]);
    expect(result.problems.map((p) => [p.key, p.row])).toEqual([["desil_tidak_sah", 3]]);
  });

  it("skips blank lines and Excel's empty ';;;' rows without counting them", async () => {
    const text = lines("id_dtsen;nama;desil", "DT-1;Ani;1", ";;", "", "DT-2;Budi;2");
    const read = await readListFile(utf8(text), { fileName: "x.csv", today });
    expect(read.ok && read.result.summary).toMatchObject({ rows: 2, records: 2 });
    expect(read.ok && (read.result as SocialListResult).socialRows.map((r) => r.row)).toEqual([2, 5]);
  });

  it("skips Excel's title rows above the header", async () => {
    const text = lines("DAFTAR PENERIMA BANSOS KELURAHAN NAMOSAIN;;;", "Keadaan Desember 2025;;;", ";;;", "ID DTKS;Nama;RT/RW;Desil", "DT-1;Ani;003/002;1");
    const read = await readListFile(windows1252(text), { fileName: "dtks.csv", today });
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.header.row).toBe(4);
    expect((read.result as SocialListResult).socialRows).toEqual([expect.objectContaining({ id: "DT-1", row: 5, rt: 3, rw: 2, desil: 1 })]);
  });

  it("names an unclosed quote", async () => {
    const opened = await openListFile(utf8(lines("nama,alamat", 'Ani,"Jl. Sukun', "Budi,Jl. Kelapa")), { fileName: "x.csv" });
    expect(opened.ok && opened.file.notices.map((n) => n.key)).toEqual(["tanda_kutip"]);
  });

  it("reports progress while it reads", async () => {
    const body = Array.from({ length: 30_000 }, (_, i) => `DT-${i};Nama ${i};${(i % 10) + 1}`);
    const seen: Array<[string, number]> = [];
    await readListFile(utf8(lines("id_dtsen;nama;desil", ...body)), { fileName: "x.csv", today, onProgress: (p) => seen.push([p.phase, p.fraction]) });
    const open = seen.filter(([phase]) => phase === "open");
    const check = seen.filter(([phase]) => phase === "check");
    expect(open.length).toBeGreaterThan(0);
    expect(check.length).toBeGreaterThan(10);
    expect(check.map(([, f]) => f)).toEqual([...check.map(([, f]) => f)].sort((a, b) => a - b));
    expect(check[check.length - 1]?.[1]).toBe(1);
  });
});
