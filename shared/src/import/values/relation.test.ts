import { describe, expect, it } from "vitest";
import { readRelation } from "./relation.ts";

describe("readRelation: SHDK words", () => {
  it.each([
    ["KEPALA KELUARGA", "kepala", ""],
    ["Kepala Keluarga", "kepala", ""],
    ["ISTRI", "istri", ""],
    ["Isteri", "istri", ""],
    ["ANAK", "anak", ""],
    ["Anak Kandung", "anak", ""],
    ["anak tiri", "anak", "anak tiri"],
    ["MENANTU", "lainnya", "menantu"],
    ["CUCU", "lainnya", "cucu"],
    ["ORANG TUA", "lainnya", "orang tua"],
    ["FAMILI LAIN", "lainnya", "famili lain"],
    ["SUAMI", "lainnya", "suami"],
    ["3. ISTRI", "istri", ""],
  ])("%s -> %s", (text, relation, shdk) => {
    expect(readRelation(text, "none", "")).toMatchObject({ relation, shdk, problem: null });
  });

  it("reads suami/istri by the row's sex", () => {
    expect(readRelation("Suami/Istri", "none", "F").relation).toBe("istri");
    expect(readRelation("Suami/Istri", "none", "M")).toMatchObject({ relation: "lainnya", shdk: "suami" });
  });

  it("does not guess a numeric code unless Dukcapil's table was chosen", () => {
    expect(readRelation("3", "none", "")).toMatchObject({ relation: "", problem: "kode_angka" });
    expect(readRelation("3", "dukcapil", "")).toMatchObject({ relation: "istri", problem: null });
    expect(readRelation("4", "dukcapil", "")).toMatchObject({ relation: "anak", problem: null });
    expect(readRelation("1", "dukcapil", "")).toMatchObject({ relation: "kepala", problem: null });
    expect(readRelation("12", "dukcapil", "")).toMatchObject({ relation: "", problem: "tidak_dikenal" });
  });

  it("names a word it does not know", () => {
    expect(readRelation("tetangga", "none", "")).toMatchObject({ relation: "", problem: "tidak_dikenal" });
  });
});
