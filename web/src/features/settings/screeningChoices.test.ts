import { describe, expect, it } from "vitest";
import { DEFAULT_SCREENING_SETTINGS, screeningSettings } from "@shared/rules/index.ts";
import { choicesFrom, overridesFrom, overridesWith, type ScreeningChoices } from "./screeningChoices.ts";

const defaults = choicesFrom(DEFAULT_SCREENING_SETTINGS);

describe("screening choices", () => {
  it("the defaults store no override at all", () => {
    expect(overridesFrom(defaults)).toEqual({});
  });

  it.each<[string, Partial<ScreeningChoices>, object]>([
    ["three children or more", { banyak: "gte3" }, { terlaluBanyakMinChildren: 3 }],
    ["the 35-40 reading of terlalu tua", { tua: "35to40" }, { terlaluTuaAboveAge: 34, terlaluTuaUpToAge: 40 }],
    ["protected springs count as safe", { extraAirLayak: ["mata_air_terlindung"] }, { airLayak: [...DEFAULT_SCREENING_SETTINGS.airLayak, "mata_air_terlindung"] }],
    ["KB not counted", { countTidakKb: false }, { countTidakKbModern: false }],
  ])("%s", (_name, change, overrides) => {
    expect(overridesFrom({ ...defaults, ...change })).toEqual(overrides);
  });

  it("round-trips: settings built from the overrides give back the same choices", () => {
    const choices: ScreeningChoices = { banyak: "gte3", tua: "35to40", mudaBelow: 21, dekatBelowMonths: 36, extraAirLayak: ["air_hujan"], countTidakKb: false };
    expect(choicesFrom(screeningSettings(overridesFrom(choices)))).toEqual(choices);
  });

  it.each<[string, object, Partial<ScreeningChoices>, object]>([
    [
      "changing one threshold keeps the others the lurah chose",
      { terlaluBanyakMinChildren: 3, terlaluTuaAboveAge: 34, terlaluTuaUpToAge: 40 },
      { mudaBelow: 21 },
      { terlaluBanyakMinChildren: 3, terlaluTuaAboveAge: 34, terlaluTuaUpToAge: 40, terlaluMudaBelowAge: 21 },
    ],
    ["a choice back at its default drops its override", { terlaluBanyakMinChildren: 3, terlaluMudaBelowAge: 21 }, { banyak: "gt3" }, { terlaluMudaBelowAge: 21 }],
    ["a choice replaces both settings it decides", { terlaluTuaAboveAge: 34, terlaluTuaUpToAge: 40 }, { tua: "gt35" }, {}],
    ["overrides no choice covers stay as stored", { miskinMaxDesil: 3 }, { countTidakKb: false }, { miskinMaxDesil: 3, countTidakKbModern: false }],
    ["nothing changed writes back what was stored", { terlaluDekatBelowMonths: 36 }, {}, { terlaluDekatBelowMonths: 36 }],
  ])("%s", (_name, current, changed, after) => {
    expect(overridesWith(current, changed)).toEqual(after);
  });
});
