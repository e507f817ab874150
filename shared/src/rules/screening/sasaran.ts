/**
 * Keluarga sasaran (DOMAIN.md): a family with a PUS (wife aged 15-49), a PUS
 * hamil, a baduta (0-23 months) or a balita (24-59 months).
 */
import { completedMonths, completedYears, parseIsoDate, type CivilDate } from "../calendar.ts";
import type { MissingKey } from "./factors.ts";
import type { ScreeningSettings } from "./settings.ts";
import type { ScreeningMember } from "./types.ts";

export interface SasaranFlags {
  pus: boolean;
  pusHamil: boolean;
  baduta: boolean;
  balita: boolean;
}

export type SasaranCounts = Record<keyof SasaranFlags, number>;

/** A wife of a PUS with her age, which the 4T rules need. */
export interface PusWife {
  member: ScreeningMember;
  ageYears: number;
}

export interface SasaranFinding {
  flags: SasaranFlags;
  counts: SasaranCounts;
  pusWives: PusWife[];
  missing: MissingKey[];
}

/**
 * PUS means a married couple, so only a member recorded as "istri" can make
 * one: a woman heading her family alone is not a PUS, even at 30.
 * Children are counted whatever their relation (a grandchild in the KK is a
 * baduta of this family too).
 */
export function findSasaran(members: readonly ScreeningMember[], settings: ScreeningSettings, today: CivilDate): SasaranFinding {
  const pusWives: PusWife[] = [];
  const missing = new Set<MissingKey>();
  let baduta = 0;
  let balita = 0;

  for (const member of members) {
    const born = member.birthDate ? parseIsoDate(member.birthDate) : null;
    if (member.relation === "istri") {
      if (!born) missing.add("usia_istri");
      else {
        const ageYears = completedYears(born, today);
        if (ageYears >= settings.pusMinAge && ageYears <= settings.pusMaxAge) pusWives.push({ member, ageYears });
      }
      continue;
    }
    if (!born) {
      if (member.relation === "anak") missing.add("usia_anak");
      continue;
    }
    const months = completedMonths(born, today);
    if (months >= 0 && months <= 23) baduta += 1;
    else if (months >= 24 && months <= 59) balita += 1;
  }

  const pusHamil = pusWives.filter((wife) => wife.member.pregnant === true).length;
  const counts: SasaranCounts = { pus: pusWives.length, pusHamil, baduta, balita };
  const flags: SasaranFlags = { pus: counts.pus > 0, pusHamil: pusHamil > 0, baduta: baduta > 0, balita: balita > 0 };
  return { flags, counts, pusWives, missing: [...missing] };
}
