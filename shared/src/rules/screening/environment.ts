/** The two household factors: drinking water and toilet. */
import type { FactorKey, MissingKey } from "./factors.ts";
import type { ScreeningSettings } from "./settings.ts";
import type { ScreeningHousehold } from "./types.ts";

export interface Finding {
  factors: FactorKey[];
  missing: MissingKey[];
}

export function environmentFactors(household: ScreeningHousehold, settings: ScreeningSettings): Finding {
  const factors: FactorKey[] = [];
  const missing: MissingKey[] = [];
  // An unrecorded source is not evidence of an unsafe one: report it as missing instead.
  if (!household.sumberAir) missing.push("sumber_air");
  else if (!settings.airLayak.includes(household.sumberAir)) factors.push("air_tidak_layak");
  // Layak means a jamban with septic tank; without one, or no jamban at all, is not (DOMAIN.md).
  if (!household.jamban) missing.push("jamban");
  else if (household.jamban !== "jamban_septik") factors.push("jamban_tidak_layak");
  return { factors, missing };
}
