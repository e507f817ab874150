import { createMemo, type Accessor } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { computeIrisan, type Irisan } from "@shared/rules/index.ts";
import type { Assessor } from "./assessment.ts";

/**
 * The irisan of the whole roster (shared/src/rules/irisan.ts), recomputed when the roster or the
 * screening thresholds change. Screening results are the assessor's cached ones, so after the
 * idle-time warm-up a recompute is one pass over the households.
 */
export function createIrisan(households: Accessor<readonly Household[]>, assessor: Assessor): Accessor<Irisan> {
  return createMemo(() => {
    assessor.generation();
    const list = households();
    return computeIrisan(list, list.map((h) => assessor.of(h).screening));
  });
}
