/** Preparing a measurement for lookup: age rounding and the lying/standing correction (WHO method). */
import type { Position } from "./types.ts";

/** Last day the WHO tables cover (60 months); see shared/data/who-growth/README.md. */
export const LAST_TABLE_DAY = 1826;

/** From this age (24 months) children are measured standing; below it, lying. */
export const STANDING_FROM_DAY = 731;

/** Difference between length (lying) and height (standing) the standards assume. */
export const POSITION_CORRECTION_CM = 0.7;

/**
 * Age in whole days as WHO looks it up: x.5 rounds up. Null for negative,
 * non-finite or beyond-the-table ages, where the standards say nothing.
 */
export function lookupAgeDays(ageDays: number): number | null {
  if (!Number.isFinite(ageDays) || ageDays < 0) return null;
  const rounded = Math.floor(ageDays + 0.5);
  return rounded > LAST_TABLE_DAY ? null : rounded;
}

/**
 * The length as the table for this age expects it: a child under 731 days
 * measured standing gets +0.7 cm, a child of 731 days or more measured lying
 * gets -0.7 cm. Rounded to 1e-9 so 50 + 0.7 is the 50.7 a person would type.
 */
export function correctedLengthCm(ageDays: number, lengthCm: number, position: Position): number {
  let shift = 0;
  if (ageDays < STANDING_FROM_DAY && position === "standing") shift = POSITION_CORRECTION_CM;
  if (ageDays >= STANDING_FROM_DAY && position === "lying") shift = -POSITION_CORRECTION_CM;
  return Math.round((lengthCm + shift) * 1e9) / 1e9;
}

export function isPositiveFinite(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}
