/** The LMS z-score formulas of the WHO Child Growth Standards (technical report, chapter 7). */
import type { Lms } from "./types.ts";

/** z = ((y/m)^l - 1) / (l s); with l = 1 (length/height-for-age) this is (y/m - 1)/s. */
export function lmsZ(y: number, { l, m, s }: Lms): number {
  return l === 0 ? Math.log(y / m) / s : ((y / m) ** l - 1) / (l * s);
}

/** The measurement at z-score k: m (1 + l s k)^(1/l). Used for the restricted form and for chart curves. */
export function lmsValueAt(k: number, { l, m, s }: Lms): number {
  return l === 0 ? m * Math.exp(s * k) : m * (1 + l * s * k) ** (1 / l);
}

/**
 * The restricted z-score WHO uses for weight-based indicators: beyond |3| the
 * skewed LMS tail would stretch or squash distances, so z continues linearly
 * with the spacing between SD2 and SD3 on that side. Deliberately no cap:
 * a -4.2 must stay -4.2 so that a severe child's progress shows.
 */
export function restrictedLmsZ(y: number, lms: Lms): number {
  const z = lmsZ(y, lms);
  if (z > 3) {
    const sd3 = lmsValueAt(3, lms);
    return 3 + (y - sd3) / (sd3 - lmsValueAt(2, lms));
  }
  if (z < -3) {
    const sd3neg = lmsValueAt(-3, lms);
    return -3 + (y - sd3neg) / (lmsValueAt(-2, lms) - sd3neg);
  }
  return z;
}

/**
 * WHO reports z-scores to 2 decimals. Halves round away from zero so that
 * -3.285 and +3.285 land symmetrically; the tiny nudge undoes binary noise
 * (3.285 * 100 is 328.49999999999994).
 */
export function roundZ(z: number): number {
  const scaled = Math.abs(z) * 100;
  const rounded = Math.round(scaled + 1e-9) / 100;
  // never -0: a tiny negative z that rounds to 0 must compare equal to 0
  return z < 0 && rounded !== 0 ? -rounded : rounded;
}
