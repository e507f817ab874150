import { describe, expect, it } from "vitest";
import { explainScreening } from "./explain.ts";

describe("explainScreening", () => {
  it.each([
    [{ isSasaran: true, isKrs: true, factors: ["jamban_tidak_layak", "terlalu_tua"], missing: [] }, "Berisiko: jamban tidak layak, PUS terlalu tua"],
    [{ isSasaran: true, isKrs: true, factors: ["air_tidak_layak"], missing: ["kb"] }, "Berisiko: sumber air minum tidak layak"],
    [{ isSasaran: true, isKrs: false, factors: [], missing: [] }, "Tidak berisiko"],
    [{ isSasaran: true, isKrs: false, factors: [], missing: ["sumber_air", "kb"] }, "Tidak berisiko (data belum lengkap: sumber air minum, pemakaian KB)"],
    [{ isSasaran: false, isKrs: false, factors: [], missing: [] }, "Bukan keluarga sasaran"],
    [{ isSasaran: false, isKrs: false, factors: [], missing: ["usia_istri"] }, "Bukan keluarga sasaran (data belum lengkap: tanggal lahir istri)"],
  ] as const)("%j", (result, sentence) => {
    expect(explainScreening({ ...result, factors: [...result.factors], missing: [...result.missing] })).toBe(sentence);
  });
});
