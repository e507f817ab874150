import type { Household } from "../../model/household.ts";
import { LAST_TABLE_DAY } from "../growth/measurement.ts";
import type { HouseholdAssessment } from "../householdAssessment.ts";
import { isTargetingGap } from "../irisan.ts";
import type { DraftFamily } from "./draft.ts";

/**
 * One roster family as the draft counts it (./draft.ts), from its record and its assessment (screening and growth):
 * its RW, KRS factors, baduta and pregnant wife, children now under five whose latest length/height-for-age is
 * pendek or sangat pendek, and the irisan's targeting gap. Nothing that names it.
 */
export function toDraftFamily(h: Pick<Household, "rw" | "desil" | "aid">, a: HouseholdAssessment): DraftFamily {
  const { screening } = a;
  let stuntedChildren = 0;
  for (const child of a.children) {
    const category = child.latest?.lengthForAge?.category;
    const underFive = child.ageDays !== null && child.ageDays >= 0 && child.ageDays <= LAST_TABLE_DAY;
    if (underFive && (category === "pendek" || category === "sangat pendek")) stuntedChildren += 1;
  }
  return {
    rw: h.rw,
    isKrs: screening.isKrs,
    factors: screening.isKrs ? screening.factors : [],
    baduta: screening.sasaran.baduta,
    pusHamil: screening.sasaran.pusHamil,
    stuntedChildren,
    targetingGap: isTargetingGap(h, screening.isKrs),
  };
}
