import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { utf8, xlsxFile } from "@shared/testing/listFiles.ts";
import { ListSession, SAMPLE_SIZE } from "./listSession.ts";

const FIXTURES = new URL("../../../../../tests/fixtures/lists/kelurahan-lists/", import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const NAMOSAIN = { kode: "53.71.01.1001" };
const TODAY = "2026-11-22";

async function readWhole(session: ListSession, bytes: Uint8Array, fileName: string, expected = NAMOSAIN) {
  const opened = await session.open(bytes, fileName);
  if (!opened.ok) throw new Error(opened.problem.message);
  const setup = session.setupSheet(0);
  const mapping = session.mappingFor(setup.kindGuess);
  return { opened, setup, mapping, preview: session.read({ mapping: mapping.mapping, expected, today: TODAY }) };
}

describe("the import worker's session", () => {
  it("reads the BKKBN family list: one sheet, header on row 1, a family list, a masked sample", async () => {
    const session = new ListSession();
    const { opened, setup, preview } = await readWhole(session, fixture("bkkbn_pk.csv"), "bkkbn_pk.csv");
    expect(opened.file.sheets).toHaveLength(1);
    expect(setup.headerIndex).toBe(0);
    expect(setup.kindGuess).toBe("family");
    expect(preview.summary.records).toBe(3120);
    expect(preview.summary.blocking).toBe(false);
    expect(preview.sample).toHaveLength(SAMPLE_SIZE);
    const first = preview.sample[0]!;
    expect(first).toMatchObject({ id: "PK-01103", name: "Bambang Slamet Lestari", rt: 7, rw: 2, nik: "5371********2968" });
    expect(JSON.stringify(preview)).not.toContain("5371011412832968");
  });

  it("guesses a social list and pages through its row problems, each with row, column and message", async () => {
    const session = new ListSession();
    const { setup, preview } = await readWhole(session, fixture("dinsos_dtsen.csv"), "dinsos_dtsen.csv");
    expect(setup.kindGuess).toBe("social");
    expect(preview.problemCount).toBeGreaterThan(0);
    const page = session.problems(0, 5);
    expect(page).toHaveLength(Math.min(5, preview.problemCount));
    expect(page[0]).toMatchObject({ row: expect.any(Number), columnLetter: expect.stringMatching(/^[A-Z]+$|^$/), message: expect.any(String) });
    expect(session.problems(preview.problemCount, 5)).toEqual([]);
    // every group has its first problem, whose values fill the message in either language
    for (const group of preview.groups) expect(group.example.key).toBe(group.key);
    expect(preview.groups.reduce((sum, g) => sum + g.count, 0)).toBe(preview.problemCount);
  });

  it("names a list of another kelurahan as blocking", async () => {
    const { preview } = await readWhole(new ListSession(), fixture("bkkbn_pk.csv"), "bkkbn_pk.csv", { kode: "53.71.02.1005" });
    expect(preview.summary.blocking).toBe(true);
    expect(preview.fileProblems.map((p) => p.key)).toContain("wilayah_lain");
  });

  it("refuses a file that is not a list with the reader's message", async () => {
    const opened = await new ListSession().open(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "daftar.pdf");
    expect(opened).toMatchObject({ ok: false, problem: { key: "pdf", severity: "error" } });
  });

  it("a header-only sheet reads as blocking with hanya_judul", async () => {
    const { preview } = await readWhole(new ListSession(), utf8("id_dtsen,nik,nama,rt,rw,desil\n"), "kosong.csv");
    expect(preview.summary.blocking).toBe(true);
    expect(preview.fileProblems.map((p) => p.key)).toEqual(["hanya_judul"]);
  });

  it("offers each sheet of a workbook, skips title rows, and lets another header row be chosen", async () => {
    const bytes = await xlsxFile([
      { sheet: "Catatan", data: [[{ value: "Dikirim oleh Dinsos" }]] },
      {
        sheet: "DTSEN",
        data: [
          [{ value: "DAFTAR DTSEN KELURAHAN NAMOSAIN" }],
          [],
          [{ value: "ID DTSEN" }, { value: "NIK" }, { value: "Nama" }, { value: "RT" }, { value: "RW" }, { value: "Desil" }],
          [{ value: "DT-1" }, { value: "5371015202923834" }, { value: "Siti Fanggi" }, { value: "007" }, { value: "002" }, { value: 2 }],
        ],
      },
    ]);
    const session = new ListSession();
    const opened = await session.open(bytes, "dtsen.xlsx");
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(opened.file.sheets.map((s) => [s.name, s.header?.row ?? null])).toEqual([["Catatan", null], ["DTSEN", 3]]);
    const setup = session.setupSheet(1);
    expect(setup).toMatchObject({ headerIndex: 2, kindGuess: "social", header: ["ID DTSEN", "NIK", "Nama", "RT", "RW", "Desil"] });
    expect(setup.topRows.map((r) => r.index)).toEqual([0, 2, 3]);
    const notes = session.setupSheet(0);
    expect(notes).toMatchObject({ headerIndex: null, problem: { key: "kolom_tidak_dikenali" } });
    const forced = session.setupSheet(1, 3);
    expect(forced.header[2]).toBe("Siti Fanggi");
  });

  it("applies a remembered mapping and keeps the guess among the alternatives", async () => {
    const session = new ListSession();
    await session.open(utf8("id_dtsen,nik,nama,nama_lain,rt,rw\nDT-1,5371015202923834,Siti,Siti F,1,2\n"), "d.csv");
    session.setupSheet(0);
    const guessed = session.mappingFor("social");
    expect(guessed.mapping.columns.nama).toBe(2);
    const remembered = session.mappingFor("social", { nama: "nama lain", rt: "rt" });
    expect(remembered.mapping.columns).toEqual({ nama: 3, rt: 4 });
    const nama = remembered.fields.find((f) => f.field === "nama")!;
    expect(nama.column).toBe(3);
    expect(nama.alternatives.map((a) => a.column)).toContain(2);
  });
});
