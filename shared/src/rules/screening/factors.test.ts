import { describe, expect, it } from "vitest";
import { WATER_SOURCES } from "../../model/household.ts";
import { baselineFamily, bornMonthsAgo, bornYearsAgo, child, goodHousehold, husband, TODAY, wife } from "./fixtures.ts";
import { screenFamily } from "./screenFamily.ts";
import { DEFAULT_SCREENING_SETTINGS, screeningSettings } from "./settings.ts";
import type { ScreeningFamily } from "./types.ts";

const factorsOf = (family: ScreeningFamily, settings = DEFAULT_SCREENING_SETTINGS) => screenFamily(family, settings, TODAY).factors;

describe("the baseline family is sasaran and not at risk", () => {
  it("has no factor and nothing missing", () => {
    const result = screenFamily(baselineFamily(), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result).toMatchObject({ isSasaran: true, isKrs: false, factors: [], missing: [] });
  });
});

describe("drinking water", () => {
  const defaultLayak = new Set(["kemasan", "ledeng", "sumur_bor", "sumur_terlindung"]);
  const extended = screeningSettings({ airLayak: [...DEFAULT_SCREENING_SETTINGS.airLayak, "mata_air_terlindung", "air_hujan"] });
  const extendedLayak = new Set([...defaultLayak, "mata_air_terlindung", "air_hujan"]);

  it.each(WATER_SOURCES.map((source) => [source]))("%s under default and extended settings", (source) => {
    const family = baselineFamily({ household: { sumberAir: source } });
    expect(factorsOf(family)).toEqual(defaultLayak.has(source) ? [] : ["air_tidak_layak"]);
    expect(factorsOf(family, extended)).toEqual(extendedLayak.has(source) ? [] : ["air_tidak_layak"]);
  });

  it("an unrecorded source is missing data, not a factor", () => {
    const result = screenFamily(baselineFamily({ household: { sumberAir: "" } }), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result).toMatchObject({ factors: [], missing: ["sumber_air"], isKrs: false });
  });
});

describe("jamban", () => {
  it.each([
    ["jamban_septik", []],
    ["jamban_tanpa_septik", ["jamban_tidak_layak"]],
    ["tidak_ada", ["jamban_tidak_layak"]],
  ] as const)("%s", (jamban, factors) => {
    expect(factorsOf(baselineFamily({ household: { jamban } }))).toEqual(factors);
  });
});

describe("terlalu muda (< 20) and terlalu tua (> 35)", () => {
  it.each([
    [19, ["terlalu_muda"]],
    [20, []],
    [35, []],
    [36, ["terlalu_tua"]],
    [49, ["terlalu_tua"]],
  ])("wife %s", (age, factors) => {
    expect(factorsOf(baselineFamily({ wife: { birthDate: bornYearsAgo(age) } }))).toEqual(factors);
  });

  it("the 35-40 reading: above 34 up to 40", () => {
    const settings = screeningSettings({ terlaluTuaAboveAge: 34, terlaluTuaUpToAge: 40 });
    const at = (age: number) => factorsOf(baselineFamily({ wife: { birthDate: bornYearsAgo(age) } }), settings);
    expect(at(34)).toEqual([]);
    expect(at(35)).toEqual(["terlalu_tua"]);
    expect(at(40)).toEqual(["terlalu_tua"]);
    expect(at(41)).toEqual([]);
  });

  it("a wife of 50 is not a PUS, so no 4T even with five children", () => {
    const family = baselineFamily({ wife: { birthDate: bornYearsAgo(50), childrenCount: 5 }, children: [child(30)] });
    const result = screenFamily(family, DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result).toMatchObject({ isSasaran: true, isKrs: false, factors: [] });
  });
});

describe("terlalu dekat (last two births < 24 months apart)", () => {
  it.each([
    ["23 months apart", [child(1), child(24)], ["terlalu_dekat"]],
    ["24 months apart", [child(1), child(25)], []],
    ["twins are one birth", [child(6), child(6), child(40)], []],
  ])("%s", (_what, children, factors) => {
    expect(factorsOf(baselineFamily({ children }))).toEqual(factors);
  });

  it("uses the wife's last delivery when that child is not in the KK", () => {
    const family = baselineFamily({ wife: { lastBirthDate: bornMonthsAgo(2) }, children: [child(20)] });
    expect(factorsOf(family)).toEqual(["terlalu_dekat"]);
  });

  it("only the last two births count", () => {
    expect(factorsOf(baselineFamily({ children: [child(1), child(30), child(40)] }))).toEqual([]);
  });

  it("two children without dates: missing, not a factor", () => {
    const family = baselineFamily({ children: [{ relation: "anak", sex: "F", birthDate: null }, child(30)] });
    const result = screenFamily(family, DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result.factors).toEqual([]);
    expect(result.missing).toEqual(["usia_anak", "jarak_kelahiran"]);
  });
});

describe("terlalu banyak (> 3 children; >= 3 as a setting)", () => {
  it.each([
    [3, DEFAULT_SCREENING_SETTINGS, []],
    [4, DEFAULT_SCREENING_SETTINGS, ["terlalu_banyak"]],
    [2, screeningSettings({ terlaluBanyakMinChildren: 3 }), []],
    [3, screeningSettings({ terlaluBanyakMinChildren: 3 }), ["terlalu_banyak"]],
  ])("%s children", (childrenCount, settings, factors) => {
    expect(factorsOf(baselineFamily({ wife: { childrenCount } }), settings)).toEqual(factors);
  });

  it("without her answer, four children in the KK are enough to flag", () => {
    const children = [child(12), child(48), child(100), child(130)];
    expect(factorsOf(baselineFamily({ wife: { childrenCount: undefined }, children }))).toEqual(["terlalu_banyak"]);
  });

  it("without her answer, two children in the KK cannot clear her: missing", () => {
    const result = screenFamily(baselineFamily({ wife: { childrenCount: undefined } }), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result).toMatchObject({ factors: [], missing: ["jumlah_anak"] });
  });
});

describe("tidak ber-KB modern", () => {
  it.each([
    ["modern", false, DEFAULT_SCREENING_SETTINGS, []],
    ["tradisional", false, DEFAULT_SCREENING_SETTINGS, ["tidak_kb_modern"]],
    ["tidak", false, DEFAULT_SCREENING_SETTINGS, ["tidak_kb_modern"]],
    ["tidak", true, DEFAULT_SCREENING_SETTINGS, []],
    ["tidak", true, screeningSettings({ pregnantCountsAsTidakKb: true }), ["tidak_kb_modern"]],
    ["tidak", false, screeningSettings({ countTidakKbModern: false }), []],
  ] as const)("%s, pregnant %s", (contraception, pregnant, settings, factors) => {
    expect(factorsOf(baselineFamily({ wife: { contraception, pregnant } }), settings)).toEqual(factors);
  });

  it("not asked yet: missing, not a factor", () => {
    const result = screenFamily(baselineFamily({ wife: { contraception: null } }), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result).toMatchObject({ factors: [], missing: ["kb"] });
  });
});

describe("who can be KRS", () => {
  it("a family that is not sasaran is never KRS, whatever its water and jamban", () => {
    const family: ScreeningFamily = {
      members: [husband(), wife({ birthDate: bornYearsAgo(60) })],
      household: goodHousehold({ sumberAir: "sungai", jamban: "tidak_ada" }),
    };
    expect(screenFamily(family, DEFAULT_SCREENING_SETTINGS, TODAY)).toMatchObject({ isSasaran: false, isKrs: false, factors: [] });
  });

  it("lists every factor once, in the recap's order", () => {
    const family: ScreeningFamily = {
      members: [husband(), wife({ birthDate: bornYearsAgo(37), childrenCount: 5, contraception: "tidak" }), child(3), child(20)],
      household: goodHousehold({ sumberAir: "sungai", jamban: "tidak_ada" }),
    };
    expect(factorsOf(family)).toEqual(["air_tidak_layak", "jamban_tidak_layak", "terlalu_tua", "terlalu_dekat", "terlalu_banyak", "tidak_kb_modern"]);
  });
});

describe("priority attributes are not factors", () => {
  it.each([
    [{ desil: 4 }, true],
    [{ desil: 5 }, false],
    [{ desil: 1 }, true],
    [{ desil: null, aidProgrammes: ["PKH"] }, true],
    [{ desil: 7, aidProgrammes: [" bpnt "] }, true],
    [{ desil: null, aidProgrammes: ["PBI"] }, false],
  ])("%j -> miskin %s", (household, miskin) => {
    const result = screenFamily(baselineFamily({ household }), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result.priority.miskin).toBe(miskin);
    expect(result.isKrs).toBe(false);
  });

  it.each([
    ["tidak_sekolah", true],
    ["sd", true],
    ["smp", false],
    ["perguruan_tinggi", false],
  ] as const)("mother's education %s -> rendah %s", (motherEducation, rendah) => {
    const result = screenFamily(baselineFamily({ household: { motherEducation } }), DEFAULT_SCREENING_SETTINGS, TODAY);
    expect(result.priority.pendidikanIbuRendah).toBe(rendah);
    expect(result.isKrs).toBe(false);
  });
});
