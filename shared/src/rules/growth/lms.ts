/** Row lookup in a WHO table: exact rows by age, interpolated rows by length. */
import type { Lms, LmsSeries, Sex, WhoTable } from "./types.ts";

function row(series: LmsSeries, index: number): Lms | null {
  const m = series.m[index];
  const s = series.s[index];
  const l = typeof series.l === "number" ? series.l : series.l[index];
  return m === undefined || s === undefined || l === undefined ? null : { l, m, s };
}

/** LMS for an integer age in days, or null outside the table (age tables hold days 0-1826). */
export function lmsForAge(table: WhoTable, sex: Sex, ageDays: number): Lms | null {
  if (!Number.isInteger(ageDays) || ageDays < table.first) return null;
  return row(table[sex], ageDays - table.first);
}

/**
 * LMS for a length/height in cm. On a 0.1 cm row it is that row; between two
 * rows l, m and s are each interpolated linearly, as WHO does for lengths
 * measured to the millimetre and then shifted by the 0.7 cm correction or
 * entered with more decimals. Null outside the table (45-110 lying, 65-120
 * standing).
 */
export function lmsForLength(table: WhoTable, sex: Sex, cm: number): Lms | null {
  if (!Number.isFinite(cm)) return null;
  // Snap away binary noise: 50.7 - 45 is 5.700000000000003, and must be row 57 exactly.
  const position = Math.round((cm - table.first) * table.rowsPerUnit * 1e6) / 1e6;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const below = row(table[sex], lower);
  if (below === null || position < 0) return null;
  if (fraction === 0) return below;
  const above = row(table[sex], lower + 1);
  if (above === null) return null;
  const mix = (a: number, b: number) => a + (b - a) * fraction;
  return { l: mix(below.l, above.l), m: mix(below.m, above.m), s: mix(below.s, above.s) };
}
