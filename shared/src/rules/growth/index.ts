export type { GrowthResult, Lms, Position, Sex } from "./types.ts";
export type { LengthForAgeCategory, WeightForAgeCategory, WeightForLengthCategory } from "./categories.ts";
export { lengthForAgeCategory, weightForAgeCategory, weightForLengthCategory, IMPLAUSIBLE } from "./categories.ts";
export { lengthForAge, type LengthForAgeInput } from "./lengthForAge.ts";
export { weightForAge, type WeightForAgeInput } from "./weightForAge.ts";
export { weightForLength, type WeightForLengthInput } from "./weightForLength.ts";
export { lengthForAgeCurves, CURVE_Z, type CurveZ, type CurvePoint, type GrowthCurve } from "./curves.ts";
export { LAST_TABLE_DAY, STANDING_FROM_DAY, POSITION_CORRECTION_CM } from "./measurement.ts";
