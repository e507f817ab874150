/** Weight-for-age (BB/U): underweight. */
import { IMPLAUSIBLE, weightForAgeCategory, type WeightForAgeCategory } from "./categories.ts";
import { lmsForAge } from "./lms.ts";
import { isPositiveFinite, lookupAgeDays } from "./measurement.ts";
import { growthResult, NO_RESULT } from "./result.ts";
import type { GrowthResult, Sex } from "./types.ts";
import { WHO_TABLES } from "./whoTables.generated.ts";
import { restrictedLmsZ } from "./zscore.ts";

export interface WeightForAgeInput {
  sex: Sex;
  ageDays: number;
  weightKg: number;
}

export function weightForAge({ sex, ageDays, weightKg }: WeightForAgeInput): GrowthResult<WeightForAgeCategory> {
  const age = lookupAgeDays(ageDays);
  if (age === null || !isPositiveFinite(weightKg)) return NO_RESULT;
  const lms = lmsForAge(WHO_TABLES.weianthro, sex, age);
  if (lms === null) return NO_RESULT;
  return growthResult(restrictedLmsZ(weightKg, lms), IMPLAUSIBLE.weightForAge, weightForAgeCategory);
}
