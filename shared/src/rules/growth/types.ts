/** Shapes shared by the growth rules. Plain data: the UI, reports and imports all read these. */

export type Sex = "M" | "F";

/** How the child was measured: lying = length (PB), standing = height (TB). */
export type Position = "lying" | "standing";

export interface Lms {
  l: number;
  m: number;
  s: number;
}

/**
 * One sex's LMS columns of a WHO table, indexed by row. `l` is a single number
 * when it is the same on every row (always 1 for length-for-age, one Box-Cox
 * power per sex for weight-for-length/height): that halves the bundle.
 */
export interface LmsSeries {
  l: number | readonly number[];
  m: readonly number[];
  s: readonly number[];
}

/**
 * A WHO table keyed either by age in days (first 0, 1 row per unit) or by
 * length/height in cm (first 45 or 65, 10 rows per cm). Row i holds key
 * first + i / rowsPerUnit.
 */
export interface WhoTable {
  key: "age" | "length" | "height";
  first: number;
  rowsPerUnit: number;
  M: LmsSeries;
  F: LmsSeries;
}

export type WhoTableName = "lenanthro" | "weianthro" | "wflanthro" | "wfhanthro";

export type WhoTables = Record<WhoTableName, WhoTable>;

/**
 * The answer of every growth indicator. z is null outside the standards'
 * range; category is null then, and also when the z-score is implausible
 * (WHO leaves flagged values out of prevalence, so reports must not count
 * them as, say, "sangat pendek"; the UI shows z and asks for re-measurement).
 */
export interface GrowthResult<C extends string> {
  z: number | null;
  category: C | null;
  implausible: boolean;
}
