/** Turns an unrounded z-score into the public GrowthResult: round, flag, classify. */
import { roundZ } from "./zscore.ts";
import type { GrowthResult } from "./types.ts";

export const NO_RESULT = { z: null, category: null, implausible: false } as const;

export function growthResult<C extends string>(
  rawZ: number,
  isImplausible: (z: number) => boolean,
  categorise: (z: number) => C,
): GrowthResult<C> {
  if (!Number.isFinite(rawZ)) return NO_RESULT;
  const z = roundZ(rawZ);
  // WHO flags the reported (rounded) value; a flagged value gets no category
  // so that it cannot be counted in a report as if it were a real child.
  const implausible = isImplausible(z);
  return { z, category: implausible ? null : categorise(z), implausible };
}
