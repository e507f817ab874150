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

export function overridesFrom(c: ScreeningChoices): Partial<ScreeningSettings> {
  const d = DEFAULT_SCREENING_SETTINGS;
  const wanted: Partial<ScreeningSettings> = {
    terlaluBanyakMinChildren: c.banyak === "gte3" ? 3 : 4,
    // "35-40": above 34 (35 included) and at most 40
    terlaluTuaAboveAge: c.tua === "35to40" ? 34 : 35,
    terlaluTuaUpToAge: c.tua === "35to40" ? 40 : null,
    terlaluMudaBelowAge: c.mudaBelow,
    terlaluDekatBelowMonths: c.dekatBelowMonths,
    airLayak: [...d.airLayak, ...c.extraAirLayak.filter((w) => !d.airLayak.includes(w))],
    countTidakKbModern: c.countTidakKb,
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (JSON.stringify(value) !== JSON.stringify(d[key as keyof ScreeningSettings])) out[key] = value;
  }
  return out as Partial<ScreeningSettings>;
}
