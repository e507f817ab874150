import { describe, expect, it } from "vitest";
import { detectHeaderRow, guessListKind, guessMapping, mappingFromSaved, mappingToSaved, missingRequiredFields, sourceSignature } from "./header.ts";
import { headerKey } from "./headerKey.ts";
import type { Cell, FieldId, ListKind, SheetTable } from "./types.ts";

const sheet = (rows: Cell[][]): SheetTable => ({ name: "Data", rows, formulas: [], merges: [] });

describe("headerKey: one spelling for the many ways a header is written", () => {
  it.each([
    ["No. KK", "nomor kk"],
    ["NOMOR KK", "nomor kk"],
    ["No KK", "nomor kk"],
    ["no_kk", "nomor kk"],
    ["NoKK", "nomor kk"],
    ["Tgl. Lahir", "tanggal lahir"],
    ["TGL_LHR", "tanggal lahir"],
    ["NAMA_LGKP", "nama lengkap"],
    ["JENIS_KLMIN", "jenis kelamin"],
    ["Jml Anak", "jumlah anak"],
    ["NIK Isteri", "nik istri"],
    ["  RT / RW ", "rt rw"],
    ["Hubungan dgn KK", "hubungan dgn kk"],
  ])("%j -> %j", (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
});

describe("guessMapping: the names the brief and real exports use", () => {
  it.each<[ListKind, string, FieldId]>([
    ["family", "NIK", "nikKepala"],
    ["family", "NIK KK", "nikKepala"],
    ["family", "NIK Kepala Keluarga", "nikKepala"],
    ["family", "No. KK", "noKk"],
    ["family", "NOMOR KK", "noKk"],
    ["family", "No KK", "noKk"],
    ["family", "Nomor Kartu Keluarga", "noKk"],
    ["family", "Nama KRT", "namaKepala"],
    ["family", "Nama Kepala Keluarga", "namaKepala"],
    ["family", "Nama Istri", "namaIstri"],
    ["family", "Tgl Lahir Istri", "tglLahirIstri"],
    ["family", "RT", "rt"],
    ["family", "RW", "rw"],
    ["family", "RT/RW", "rtRw"],
    ["family", "Alamat", "alamat"],
    ["family", "Dusun", "dusun"],
    ["family", "Kode Wilayah", "kodeWilayah"],
    ["family", "Sumber Air Minum", "sumberAir"],
    ["family", "Fasilitas BAB", "jamban"],
    ["family", "Jamban", "jamban"],
    ["family", "Jumlah Anak", "jumlahAnak"],
    ["family", "Kode Keluarga", "id"],
    ["familyByPerson", "Hubungan dengan KK", "hubungan"],
    ["familyByPerson", "SHDK", "hubungan"],
    ["familyByPerson", "STAT_HBKEL", "hubungan"],
    ["familyByPerson", "Jenis Kelamin", "jenisKelamin"],
    ["familyByPerson", "Tgl Lahir", "tglLahir"],
    ["familyByPerson", "Tanggal Lahir", "tglLahir"],
    ["familyByPerson", "Nama Lengkap", "nama"],
    ["familyByPerson", "NAMA_LGKP", "nama"],
    ["social", "NIK", "nik"],
    ["social", "Nama Lengkap", "nama"],
    ["social", "Desil", "desil"],
    ["social", "Status Kesejahteraan", "desil"],
    ["social", "PKH", "pkh"],
    ["social", "BPNT", "bpnt"],
    ["social", "Sembako", "bpnt"],
    ["social", "PBI", "pbi"],
    ["social", "PBI JK", "pbi"],
    ["social", "ID DTKS", "id"],
    ["social", "id_dtsen", "id"],
    ["social", "Desa/Kelurahan", "desa"],
  ])("%s: %j -> %s", (kind, header, field) => {
    const guess = guessMapping(["Keterangan", header], kind);
    expect(guess.mapping.columns[field]).toBe(1);
  });

  it("gives each column to one field and offers the others as alternatives", () => {
    const guess = guessMapping(["NIK Kepala Keluarga", "NIK", "Nama KK"], "family");
    expect(guess.mapping.columns).toMatchObject({ nikKepala: 0, namaKepala: 2 });
    const nik = guess.fields.find((f) => f.field === "nikKepala");
    expect(nik?.alternatives.map((a) => a.column)).toEqual([1]);
    expect(guess.unmapped).toEqual([1]);
  });

  it("maps the fixture headers completely", () => {
    const family = guessMapping("kode_keluarga,no_kk,nik_kepala,nama_kepala,nik_istri,nama_istri,tgl_lahir_istri,rt,rw,alamat,kode_wilayah,jumlah_anak,sumber_air_minum,fasilitas_bab".split(","), "family");
    expect(family.unmapped).toEqual([]);
    const social = guessMapping("id_dtsen,nik,no_kk,nama,alamat,rt,rw,desa_kelurahan,desil,pkh,bpnt,pbi".split(","), "social");
    expect(social.unmapped).toEqual([]);
  });

  it("reports required fields that are not mapped", () => {
    expect(missingRequiredFields(guessMapping(["NIK", "Alamat"], "social").mapping)).toEqual(["nama"]);
    expect(missingRequiredFields(guessMapping(["NIK", "Nama"], "familyByPerson").mapping)).toEqual(["noKk"]);
    expect(missingRequiredFields(guessMapping(["No KK", "Nama Kepala Keluarga"], "family").mapping)).toEqual([]);
  });
});

describe("guessListKind", () => {
  it.each<[string, string[], ListKind]>([
    ["BKKBN family list", ["Kode Keluarga", "No KK", "NIK Kepala", "Nama Kepala", "NIK Istri", "Nama Istri", "RT", "RW", "Sumber Air Minum"], "family"],
    ["KK per person", ["No KK", "NIK", "Nama Lengkap", "Hubungan dengan KK", "Jenis Kelamin", "Tgl Lahir", "RT", "RW"], "familyByPerson"],
    ["DTSEN", ["ID DTSEN", "NIK", "No KK", "Nama", "Alamat", "RT", "RW", "Desil", "PKH", "BPNT", "PBI"], "social"],
    ["DTSEN per person with SHDK", ["ID DTSEN", "NIK", "No KK", "Nama", "SHDK", "Desil", "PKH", "Sembako", "PBI JK"], "social"],
  ])("%s", (_what, header, kind) => {
    expect(guessListKind(header).kind).toBe(kind);
  });
});

describe("detectHeaderRow: title rows above the header are skipped", () => {
  it("picks the header under a title and a blank row", () => {
    const s = sheet([
      ["DAFTAR KELUARGA KELURAHAN NAMOSAIN", null, null, null],
      ["Keadaan Januari 2026", null, null, null],
      [null, null, null, null],
      ["No KK", "Nama Kepala Keluarga", "RT", "RW"],
      ["5371012609110945", "Bambang", "007", "002"],
    ]);
    expect(detectHeaderRow(s)).toMatchObject({ index: 3, row: 4, header: ["No KK", "Nama Kepala Keluarga", "RT", "RW"] });
  });

  it("prefers the row of column names to a group row above it", () => {
    const s = sheet([
      ["Kepala Keluarga", "Kepala Keluarga", "Istri", "Istri"],
      ["NIK Kepala", "Nama Kepala", "NIK Istri", "Nama Istri"],
      ["5371011412832968", "Bambang", "5371015202923834", "Siti"],
    ]);
    expect(detectHeaderRow(s)?.index).toBe(1);
  });

  it("does not take a data row with 'RT 03' values for a header", () => {
    const s = sheet([
      ["Catatan", "Nama", "Keterangan"],
      ["RT 03", "RW 02", "RT 04"],
    ]);
    expect(detectHeaderRow(s)).toBeNull();
  });

  it("finds nothing in a sheet without known column names", () => {
    expect(detectHeaderRow(sheet([["Barang", "Harga"], ["Beras", "12000"]]))).toBeNull();
  });
});

describe("sourceSignature and saved mappings", () => {
  it("is the same whatever the case, punctuation and spacing", () => {
    expect(sourceSignature(["No. KK", "Nama KRT", "RT"])).toBe(sourceSignature(["NO KK", "nama  krt", "rt", ""]));
  });

  it("differs when a column differs or moves", () => {
    const base = sourceSignature(["No. KK", "Nama KRT", "RT"]);
    expect(sourceSignature(["No. KK", "Nama KRT", "RW"])).not.toBe(base);
    expect(sourceSignature(["Nama KRT", "No. KK", "RT"])).not.toBe(base);
  });

  it("brings a kept mapping back by header names, wherever the columns moved", () => {
    const first = ["No. KK", "Nama KRT", "Kolom Aneh"];
    const mapping = { kind: "family" as const, columns: { noKk: 0, namaKepala: 1, alamat: 2 } };
    const saved = mappingToSaved(mapping, first);
    expect(mappingFromSaved("family", saved, ["kolom aneh", "NAMA KRT", "Tambahan", "no kk"]).columns).toEqual({ noKk: 3, namaKepala: 1, alamat: 0 });
  });
});
