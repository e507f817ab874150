/** KRS screening of one family: sasaran first, then the factors, then the priority attributes. */
import { todayOf } from "../calendar.ts";
import { environmentFactors } from "./environment.ts";
import { FACTOR_KEYS, inOrder, MISSING_KEYS, type FactorKey, type MissingKey } from "./factors.ts";
import { pusFactors } from "./fourT.ts";
import { findPriority, type Priority } from "./priority.ts";
import { findSasaran, type SasaranCounts, type SasaranFlags } from "./sasaran.ts";
import type { ScreeningSettings } from "./settings.ts";
import type { ScreeningFamily } from "./types.ts";

export interface ScreeningResult {
  sasaran: SasaranFlags;
  sasaranCounts: SasaranCounts;
  isSasaran: boolean;
  /** true only for a keluarga sasaran with at least one factor */
  isKrs: boolean;
  /** why the family is KRS; empty for a family that is not sasaran */
  factors: FactorKey[];
  /** data that was needed and absent, so "tidak berisiko" may be premature */
  missing: MissingKey[];
  priority: Priority;
}

/** `today` is an ISO date or a Date; ages (PUS, baduta, 4T) are taken on that day. */
export function screenFamily(family: ScreeningFamily, settings: ScreeningSettings, today: Date | string): ScreeningResult {
  const day = todayOf(today);
  const sasaran = findSasaran(family.members, settings, day);
  const isSasaran = Object.values(sasaran.flags).some(Boolean);
  const factors: FactorKey[] = [];
  const missing: MissingKey[] = [...sasaran.missing];

  // The factors are only asked of keluarga sasaran: a family that is not
  // sasaran is never KRS, whatever its water or jamban.
  if (isSasaran) {
    for (const finding of [environmentFactors(family.household, settings), ...sasaran.pusWives.map((w) => pusFactors(w, family.members, settings))]) {
      factors.push(...finding.factors);
      missing.push(...finding.missing);
    }
  }
  const orderedFactors = inOrder(FACTOR_KEYS, factors);
  return {
    sasaran: sasaran.flags,
    sasaranCounts: sasaran.counts,
    isSasaran,
    isKrs: isSasaran && orderedFactors.length > 0,
    factors: orderedFactors,
    missing: inOrder(MISSING_KEYS, missing),
    priority: findPriority(family.household, settings),
  };
}
