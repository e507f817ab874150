import { describe, expect, it } from "vitest";
import { mapToilet, mapWaterSource } from "./householdEnums.ts";

describe("mapWaterSource: free text into model/household.ts's WATER_SOURCES", () => {
  it.each([
    ["air kemasan/isi ulang", "kemasan"],
    ["Air Isi Ulang", "kemasan"],
    ["ledeng/PAM", "ledeng"],
    ["Leding meteran", "ledeng"],
    ["PDAM", "ledeng"],
    ["sumur bor", "sumur_bor"],
    ["Sumur bor/pompa", "sumur_bor"],
    ["sumur terlindung", "sumur_terlindung"],
    ["sumur tak terlindung", "sumur_tak_terlindung"],
    ["Sumur tidak terlindung", "sumur_tak_terlindung"],
    ["mata air terlindung", "mata_air_terlindung"],
    ["mata air tak terlindung", "mata_air_tak_terlindung"],
    ["air hujan", "air_hujan"],
    ["air sungai", "sungai"],
    ["Air permukaan (sungai/danau/waduk/kolam/irigasi)", "sungai"],
    ["Lainnya", "lainnya"],
  ])("%s -> %s", (text, value) => {
    expect(mapWaterSource(text)).toBe(value);
  });

  it.each(["sumur", "mata air", "air"])("leaves %j unmapped (protected or not is unknown)", (text) => {
    expect(mapWaterSource(text)).toBeNull();
  });
});

describe("mapToilet: free text into TOILETS", () => {
  it.each([
    ["jamban dengan septic tank", "jamban_septik"],
    ["jamban tanpa septic tank", "jamban_tanpa_septik"],
    ["tidak ada jamban", "tidak_ada"],
    ["Milik sendiri, dengan tangki septik", "jamban_septik"],
    ["Jamban tidak ada septic tank", "jamban_tanpa_septik"],
    ["Cubluk", "jamban_tanpa_septik"],
    ["Tidak punya", "tidak_ada"],
    ["BAB di kebun", "tidak_ada"],
  ])("%s -> %s", (text, value) => {
    expect(mapToilet(text)).toBe(value);
  });

  it("leaves an unclear answer unmapped", () => {
    expect(mapToilet("ada")).toBeNull();
  });
});
