import { DEFAULT_SCREENING_SETTINGS, type ScreeningSettings } from "@shared/rules/index.ts";
import type { WaterSource } from "@shared/model/index.ts";

/**
 * The choices a lurah makes about DOMAIN.md's ambiguous thresholds, and their
 * translation to setting overrides. Only what differs from the defaults is
 * stored, so a later change of a default reaches every village that kept it.
 */
export interface ScreeningChoices {
  banyak: "gt3" | "gte3";
  tua: "gt35" | "35to40";
  mudaBelow: number;
  dekatBelowMonths: number;
  extraAirLayak: WaterSource[];
  countTidakKb: boolean;
}

export const OPTIONAL_AIR_LAYAK: WaterSource[] = ["mata_air_terlindung", "air_hujan"];

export function choicesFrom(s: ScreeningSettings): ScreeningChoices {
  return {
    banyak: s.terlaluBanyakMinChildren <= 3 ? "gte3" : "gt3",
    tua: s.terlaluTuaUpToAge !== null ? "35to40" : "gt35",
    mudaBelow: s.terlaluMudaBelowAge,
    dekatBelowMonths: s.terlaluDekatBelowMonths,
    extraAirLayak: OPTIONAL_AIR_LAYAK.filter((w) => s.airLayak.includes(w)),
    countTidakKb: s.countTidakKbModern,
  };
}

/** The settings each choice decides (a choice may decide two: "35-40" sets both ends of the range). */
function settingsOf(c: Partial<ScreeningChoices>): Partial<ScreeningSettings> {
  const d = DEFAULT_SCREENING_SETTINGS;
  const out: Partial<ScreeningSettings> = {};
  if (c.banyak !== undefined) out.terlaluBanyakMinChildren = c.banyak === "gte3" ? 3 : 4;
  if (c.tua !== undefined) {
    // "35-40": above 34 (35 included) and at most 40
    out.terlaluTuaAboveAge = c.tua === "35to40" ? 34 : 35;
    out.terlaluTuaUpToAge = c.tua === "35to40" ? 40 : null;
  }
  if (c.mudaBelow !== undefined) out.terlaluMudaBelowAge = c.mudaBelow;
  if (c.dekatBelowMonths !== undefined) out.terlaluDekatBelowMonths = c.dekatBelowMonths;
  if (c.extraAirLayak !== undefined) out.airLayak = [...d.airLayak, ...c.extraAirLayak.filter((w) => !d.airLayak.includes(w))];
  if (c.countTidakKb !== undefined) out.countTidakKbModern = c.countTidakKb;
  return out;
}

export function overridesFrom(c: ScreeningChoices): Partial<ScreeningSettings> {
  return overridesWith({}, c);
}

/**
 * The stored overrides after the person changed some choices: the settings those
 * choices decide are replaced (dropped when back at the default), every other
 * override stays as stored. Computed from the overrides stored at the moment of
 * saving, so a form opened on defaults never resets what it did not change.
 */
export function overridesWith(current: Partial<ScreeningSettings>, changed: Partial<ScreeningChoices>): Partial<ScreeningSettings> {
  const d = DEFAULT_SCREENING_SETTINGS;
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(settingsOf(changed))) {
    if (JSON.stringify(value) === JSON.stringify(d[key as keyof ScreeningSettings])) delete out[key];
    else out[key] = value;
  }
  return out as Partial<ScreeningSettings>;
}
