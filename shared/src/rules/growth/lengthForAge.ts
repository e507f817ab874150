/** Length/height-for-age (PB/U, TB/U): the stunting indicator. */
import { IMPLAUSIBLE, lengthForAgeCategory, type LengthForAgeCategory } from "./categories.ts";
import { lmsForAge } from "./lms.ts";
import { correctedLengthCm, isPositiveFinite, lookupAgeDays } from "./measurement.ts";
import { growthResult, NO_RESULT } from "./result.ts";
import type { GrowthResult, Position, Sex } from "./types.ts";
import { WHO_TABLES } from "./whoTables.generated.ts";
import { lmsZ } from "./zscore.ts";

export interface LengthForAgeInput {
  sex: Sex;
  ageDays: number;
  lengthCm: number;
  position: Position;
}

export function lengthForAge({ sex, ageDays, lengthCm, position }: LengthForAgeInput): GrowthResult<LengthForAgeCategory> {
  const age = lookupAgeDays(ageDays);
  if (age === null || !isPositiveFinite(lengthCm)) return NO_RESULT;
  const lms = lmsForAge(WHO_TABLES.lenanthro, sex, age);
  if (lms === null) return NO_RESULT;
  // l is 1 in this table, so this is (y/m - 1)/s; no restricted form for length.
  const z = lmsZ(correctedLengthCm(age, lengthCm, position), lms);
  return growthResult(z, IMPLAUSIBLE.lengthForAge, lengthForAgeCategory);
}
