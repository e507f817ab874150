import { describe, expect, it } from "vitest";
import { utf16le, utf8, xlsxFile, zipStored } from "../testing/listFiles.ts";
import { checkFileSize, MAX_LIST_FILE_BYTES, openListFile } from "./openFile.ts";
import { readListFile } from "./readListFile.ts";
import type { FamilyListResult, FileProblem, FileProblemKey } from "./types.ts";

const today = "2026-01-15";
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function refusal(bytes: Uint8Array | Blob, fileName = "daftar.xlsx"): Promise<FileProblem | null> {
  const read = await readListFile(bytes, { fileName, today });
  return read.ok ? null : read.problem;
}

describe("a file that is neither CSV nor XLSX is refused with how to save it", () => {
  it.each<[string, () => Uint8Array, FileProblemKey]>([
    ["old Excel .xls (OLE2)", () => concat(OLE2, new Uint8Array(4096)), "xls_lama"],
    ["a password-protected XLSX (OLE2 with an EncryptedPackage)", () => concat(OLE2, new Uint8Array(512), utf16le("EncryptedPackage", false), new Uint8Array(512)), "terkunci"],
    ["OpenDocument .ods", () => zipStored([{ name: "mimetype", data: ascii("application/vnd.oasis.opendocument.spreadsheet") }, { name: "content.xml", data: ascii("<x/>") }]), "ods"],
    ["a Word document", () => zipStored([{ name: "[Content_Types].xml", data: ascii("<x/>") }, { name: "word/document.xml", data: ascii("<x/>") }]), "dokumen_word"],
    ["a ZIP of other files", () => zipStored([{ name: "daftar.csv", data: ascii("nik,nama") }]), "zip_lain"],
    ["a PDF", () => ascii("%PDF-1.7\n%\xE2\xE3\n1 0 obj\n<<>>\nendobj\n"), "pdf"],
    ["an HTML table saved as .xls", () => ascii('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>NIK</td></tr></table></body></html>'), "html_bukan_excel"],
    ["an HTML table with a BOM", () => utf8("<table><tr><td>NIK</td></tr></table>", true), "html_bukan_excel"],
    ["Excel 2003 XML", () => ascii('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), "xml_2003"],
    ["a PNG image", () => concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), new Uint8Array(200), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])), "bukan_daftar"],
    ["an empty file", () => new Uint8Array(0), "file_kosong"],
    ["a file of blank lines", () => ascii("\r\n\r\n  \r\n"), "file_kosong"],
    ["a damaged XLSX (cut short)", () => zipStored([{ name: "xl/workbook.xml", data: ascii("<workbook/>") }]).subarray(0, 40), "xlsx_rusak"],
  ])("%s", async (_what, bytes, key) => {
    const problem = await refusal(bytes());
    expect(problem).toMatchObject({ key, severity: "error" });
    expect(problem?.message).toMatch(/\w/);
    expect(problem?.message).not.toContain("{");
  });

  it("says to save an old .xls or an .ods as XLSX or CSV", async () => {
    expect((await refusal(concat(OLE2, new Uint8Array(64))))?.message).toContain("simpan sebagai XLSX atau CSV");
    const ods = zipStored([{ name: "mimetype", data: ascii("application/vnd.oasis.opendocument.spreadsheet") }]);
    expect((await refusal(ods))?.message).toContain("simpan sebagai XLSX atau CSV");
  });

  it("refuses an XLSX that would unpack to more than the limit, before unpacking it", async () => {
    const zip = zipStored([{ name: "xl/workbook.xml", data: ascii("<workbook/>") }, { name: "xl/worksheets/sheet1.xml", data: ascii("<worksheet/>") }]);
    // The central directory's uncompressed size of the second entry: 3 GB.
    const view = new DataView(zip.buffer);
    const end = zip.length - 22;
    const second = view.getUint32(end + 16, true) + 46 + "xl/workbook.xml".length;
    view.setUint32(second + 24, 3_000_000_000, true);
    expect((await refusal(zip))?.key).toBe("isi_terlalu_besar");
  });
});

describe("a file over the size limit is refused from its size alone", () => {
  /** A 50 MB file the reader may not read: every way of reading it throws. */
  class UnreadableBlob extends Blob {
    override get size(): number {
      return 50 * 1024 * 1024;
    }
    override arrayBuffer(): Promise<ArrayBuffer> {
      throw new Error("read");
    }
    override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
      throw new Error("read");
    }
    override slice(): Blob {
      throw new Error("read");
    }
  }

  it("refuses 50 MB without reading a byte", async () => {
    const problem = await refusal(new UnreadableBlob([]), "besar.csv");
    expect(problem).toMatchObject({ key: "terlalu_besar", severity: "error", values: { ukuran: "50,0", batas: "25" } });
    expect(problem?.message).toContain("50,0 MB");
  });

  it("refuses a real 50 MB buffer and takes a file at the limit", async () => {
    expect(checkFileSize(50 * 1024 * 1024)?.key).toBe("terlalu_besar");
    expect(checkFileSize(MAX_LIST_FILE_BYTES)).toBeNull();
    expect(checkFileSize(1000, 500)?.key).toBe("terlalu_besar");
    expect((await openListFile(new Uint8Array(MAX_LIST_FILE_BYTES + 1), { fileName: "x.csv" })).ok).toBe(false);
  });
});

describe("a list without usable data is named, with nothing to write", () => {
  it("an XLSX whose sheets are all empty", async () => {
    expect((await refusal(await xlsxFile([{ sheet: "Sheet1", data: [] }, { sheet: "Sheet2", data: [] }])))?.key).toBe("semua_lembar_kosong");
  });

  it("a header without data rows", async () => {
    const read = await readListFile(utf8("No KK;Nama Kepala Keluarga;RT;RW\r\n;;;\r\n"), { fileName: "kosong.csv", today });
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.result.fileProblems.map((p) => p.key)).toEqual(["hanya_judul"]);
    expect(read.result.summary).toMatchObject({ blocking: true, records: 0 });
  });

  it("no column it knows", async () => {
    const problem = await refusal(utf8("Barang,Harga,Jumlah\r\nBeras,12000,3\r\n"), "belanja.csv");
    expect(problem).toMatchObject({ key: "kolom_tidak_dikenali", values: { lembar: "belanja" } });
  });

  it("duplicate ids stop the import and name the rows", async () => {
    const text = ["Kode Keluarga,No KK,Nama Kepala Keluarga,RT,RW", "PK-1,5371012609110945,Ani,1,1", "PK-2,5371012007181274,Budi,1,1", "PK-1,5371010602111855,Citra,2,1", "PK-3,5371012202069921,Dedi,2,1"].join("\n");
    const read = await readListFile(utf8(text), { fileName: "pk.csv", today });
    if (!read.ok) throw new Error(read.problem.message);
    const result = read.result as FamilyListResult;
    expect(result.summary.blocking).toBe(true);
    expect(result.fileProblems).toEqual([expect.objectContaining({ key: "id_ganda", severity: "error", values: { jumlah: 1, contoh: "PK-1", baris: 2, kolom: "Kode Keluarga" } })]);
    expect(result.problems).toEqual([expect.objectContaining({ key: "id_ganda", row: 4, skipped: true, values: expect.objectContaining({ baris_pertama: 2 }) })]);
    expect(result.fileProblems[0]?.message).toContain("Tidak ada yang disimpan");
  });
});

describe("a list of another kelurahan", () => {
  const list = (codes: string[]) =>
    utf8(["No KK,Nama Kepala Keluarga,RT,RW,Kode Wilayah", ...codes.map((code, i) => `53710126091109${String(40 + i)},Nama ${i},1,1,${code}`)].join("\n"));
  const expected = { kode: "53.71.01.1001" };

  it("is refused as a whole when every row's code differs segment by segment", async () => {
    const read = await readListFile(list(["53.71.02.1003", "53.71.02.1003", "5371021003"]), { fileName: "lain.csv", today, expected });
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.result.summary.blocking).toBe(true);
    expect(read.result.fileProblems).toEqual([expect.objectContaining({ key: "wilayah_lain", values: { kode: "53.71.02.1003", harapan: "53.71.01.1001" } })]);
  });

  it("takes the same code written without dots or zero padding", async () => {
    const read = await readListFile(list(["53.71.01.1001", "5371011001", "53.71.1.1001"]), { fileName: "sama.csv", today, expected });
    expect(read.ok && read.result.summary).toMatchObject({ blocking: false, records: 3, rowsOk: 3 });
  });

  it("does not compare a BPS code character by character: it asks to check instead", async () => {
    const read = await readListFile(list(["5371010001", "53.71.010.001"]), { fileName: "bps.csv", today, expected });
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.result.summary).toMatchObject({ blocking: false, records: 2 });
    expect(read.result.problems.map((p) => [p.key, p.severity])).toEqual([
      ["kode_wilayah_tidak_terbaca", "warning"],
      ["kode_wilayah_tidak_terbaca", "warning"],
    ]);
  });

  it("checks nothing against an expected code that is not a Kemendagri code", async () => {
    const read = await readListFile(list(["53.71.02.1003", "53.71.02.1003"]), { fileName: "x.csv", today, expected: { kode: "Namosain" } });
    expect(read.ok && read.result.summary).toMatchObject({ blocking: false, records: 2, rowsOk: 2 });
  });

  it("leaves out only the rows of another kelurahan in a mixed list", async () => {
    const read = await readListFile(list(["53.71.01.1001", "53.71.01.1002", "53.71.01.1001"]), { fileName: "campur.csv", today, expected });
    if (!read.ok) throw new Error(read.problem.message);
    const result = read.result as FamilyListResult;
    expect(result.summary).toMatchObject({ blocking: false, records: 2, rowsSkipped: 1 });
    expect(result.problems).toEqual([expect.objectContaining({ key: "kode_wilayah_lain", row: 3, skipped: true })]);
  });

  it("names a social list of another desa by its desa column", async () => {
    const text = ["id_dtsen,nama,desa_kelurahan,desil", "DT-1,Ani,OEBA,1", "DT-2,Budi,Oeba,2"].join("\n");
    const read = await readListFile(utf8(text), { fileName: "dtsen.csv", today, expected: { nama: "Kelurahan Namosain" } });
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.result.fileProblems).toEqual([expect.objectContaining({ key: "desa_lain", values: { nama: "OEBA", harapan: "Kelurahan Namosain" } })]);
    const same = await readListFile(utf8(text.replaceAll("OEBA", "NAMOSAIN").replace("Oeba", "Kel. Namosain")), { fileName: "d.csv", today, expected: { nama: "Kelurahan Namosain" } });
    expect(same.ok && same.result.summary).toMatchObject({ blocking: false, records: 2 });
  });
});
