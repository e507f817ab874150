/**
 * Priority attributes (DOMAIN.md): shown and filterable, never screening
 * factors. A poor family with safe water, a septic jamban and no 4T is not KRS.
 */
import type { ScreeningSettings } from "./settings.ts";
import type { ScreeningHousehold } from "./types.ts";

export interface Priority {
  /** desil 1-4 of P3KE/DTSEN, or a PKH/BPNT recipient */
  miskin: boolean;
  pendidikanIbuRendah: boolean;
}

export function findPriority(household: ScreeningHousehold, settings: ScreeningSettings): Priority {
  const { desil } = household;
  const poorDesil = desil !== null && Number.isInteger(desil) && desil >= 1 && desil <= settings.miskinMaxDesil;
  const wanted = new Set(settings.miskinProgrammes.map(normaliseProgramme));
  const aided = household.aidProgrammes.some((p) => wanted.has(normaliseProgramme(p)));
  const education = household.motherEducation;
  return {
    miskin: poorDesil || aided,
    pendidikanIbuRendah: education !== null && settings.pendidikanRendah.includes(education),
  };
}

function normaliseProgramme(name: string): string {
  return name.trim().toUpperCase();
}
