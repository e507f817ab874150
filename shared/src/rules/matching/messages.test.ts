import { describe, expect, it } from "vitest";
import { LEVELS } from "./compare.ts";
import { describeEvidence, MATCH_EVIDENCE_MESSAGES } from "./messages.ts";

describe("MATCH_EVIDENCE_MESSAGES", () => {
  it("has a message for every level of every field the evidence names", () => {
    const codes = [
      ...["sama", "beda_1_digit", "tertukar", "beda_sebagian", "beda", "tidak_ada"].map((l) => `nik_${l}`),
      ...[...LEVELS.kk, "tidak_ada"].map((l) => `kk_${l}`),
      ...[...LEVELS.nama, "tidak_ada"].map((l) => `nama_${l}`),
      ...LEVELS.nama_pasangan.map((l) => `nama_pasangan_${l}`),
      ...LEVELS.alamat.map((l) => `alamat_${l}`),
      "tgl_lahir_sama", "tgl_lahir_beda", "rt_rw_sama", "rt_beda_1", "rt_beda", "rw_beda",
      "peluang_awal", "nama_jarang", "nama_umum", "nama_ny_suami", "kk_lama_orang_tua", "calon_lain",
    ];
    for (const code of codes) expect(MATCH_EVIDENCE_MESSAGES, code).toHaveProperty(code);
  });
});

describe("describeEvidence", () => {
  it.each([
    [{ code: "nik_beda_1_digit", weight: 12, values: { posisi: 9, peran: "istri" } }, "NIK sama kecuali 1 digit (angka ke-9, istri)"],
    [{ code: "nama_mirip", weight: 2, values: { a: "M. Yusuf", b: "Muhammad Yusuf", peran: "kepala keluarga" } }, "nama mirip (kepala keluarga): M. Yusuf ~ Muhammad Yusuf"],
    [{ code: "rt_beda_1", weight: 1, values: { a: 3, b: 4 } }, "RT beda 1 (3 dan 4), RW sama"],
    [{ code: "kk_lama_orang_tua", weight: 0, values: { keluarga: "PK-00694" } }, "No. KK lama orang tua: No. KK di baris ini tercatat pada keluarga PK-00694"],
    [{ code: "kk_sama", weight: 11 }, "No. KK sama"],
  ])("%o", (evidence, expected) => {
    expect(describeEvidence(evidence)).toBe(expected);
  });

  it("leaves an unknown code and a missing value readable", () => {
    expect(describeEvidence({ code: "kode_baru", weight: 0 })).toBe("kode_baru");
    expect(describeEvidence({ code: "nik_sama", weight: 1 })).toBe("NIK sama ({peran})");
  });
});
