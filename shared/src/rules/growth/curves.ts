/** Reference curves for a length/height-for-age chart (KMS-style lines at -3, -2, 0, +2, +3 SD). */
import { lmsForAge } from "./lms.ts";
import { LAST_TABLE_DAY } from "./measurement.ts";
import type { Sex } from "./types.ts";
import { WHO_TABLES } from "./whoTables.generated.ts";
import { lmsValueAt } from "./zscore.ts";

export const CURVE_Z = [-3, -2, 0, 2, 3] as const;
export type CurveZ = (typeof CURVE_Z)[number];

export interface CurvePoint {
  ageDays: number;
  cm: number;
}

export interface GrowthCurve {
  z: CurveZ;
  points: CurvePoint[];
}

/**
 * One curve per z in CURVE_Z, sampled every stepDays from fromDay to toDay
 * (toDay itself is always included so the line reaches the chart's edge).
 * The range is clipped to the table (0-1826). The curve is the table's
 * height-standard from 731 days, so it drops 0.7 cm at 24 months, as on WHO's
 * own charts.
 */
export function lengthForAgeCurves(sex: Sex, fromDay: number, toDay: number, stepDays: number): GrowthCurve[] {
  const days = sampleDays(fromDay, toDay, stepDays);
  return CURVE_Z.map((z) => ({
    z,
    points: days.flatMap((ageDays) => {
      const lms = lmsForAge(WHO_TABLES.lenanthro, sex, ageDays);
      return lms === null ? [] : [{ ageDays, cm: lmsValueAt(z, lms) }];
    }),
  }));
}

function sampleDays(fromDay: number, toDay: number, stepDays: number): number[] {
  if (![fromDay, toDay, stepDays].every(Number.isFinite) || stepDays <= 0) return [];
  const from = Math.max(0, Math.ceil(fromDay));
  const to = Math.min(LAST_TABLE_DAY, Math.floor(toDay));
  const days: number[] = [];
  for (let day = from; day <= to; day += Math.max(1, Math.round(stepDays))) days.push(day);
  if (days.length > 0 && days[days.length - 1] !== to) days.push(to);
  return days;
}
