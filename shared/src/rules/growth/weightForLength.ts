/** Weight-for-length/height (BB/PB, BB/TB): wasting and overweight. */
import { IMPLAUSIBLE, weightForLengthCategory, type WeightForLengthCategory } from "./categories.ts";
import { lmsForLength } from "./lms.ts";
import { correctedLengthCm, isPositiveFinite, lookupAgeDays, STANDING_FROM_DAY } from "./measurement.ts";
import { growthResult, NO_RESULT } from "./result.ts";
import type { GrowthResult, Position, Sex } from "./types.ts";
import { WHO_TABLES } from "./whoTables.generated.ts";
import { restrictedLmsZ } from "./zscore.ts";

export interface WeightForLengthInput {
  sex: Sex;
  /**
   * Age picks the table and the 0.7 cm correction. Null when the birth date
   * is unknown (old registers): then, as WHO does, the position measured
   * picks the table and no correction applies.
   */
  ageDays: number | null;
  lengthCm: number;
  position: Position;
  weightKg: number;
}

export function weightForLength(input: WeightForLengthInput): GrowthResult<WeightForLengthCategory> {
  const { sex, ageDays, lengthCm, position, weightKg } = input;
  if (!isPositiveFinite(lengthCm) || !isPositiveFinite(weightKg)) return NO_RESULT;
  let standing = position === "standing";
  let cm = lengthCm;
  if (ageDays !== null) {
    const age = lookupAgeDays(ageDays);
    if (age === null) return NO_RESULT;
    standing = age >= STANDING_FROM_DAY;
    cm = correctedLengthCm(age, lengthCm, position);
  }
  const lms = lmsForLength(standing ? WHO_TABLES.wfhanthro : WHO_TABLES.wflanthro, sex, cm);
  if (lms === null) return NO_RESULT;
  return growthResult(restrictedLmsZ(weightKg, lms), IMPLAUSIBLE.weightForLength, weightForLengthCategory);
}
