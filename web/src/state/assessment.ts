import { createMemo, type Accessor } from "solid-js";
import { localIsoDate } from "../i18n/index.ts";
import type { Household } from "@shared/model/index.ts";
import { assessHousehold, type HouseholdAssessment, type ScreeningSettings } from "@shared/rules/index.ts";

/**
 * Derived, never stored: each household's screening and children's growth.
 * Records are immutable, so results are cached per record object; a change
 * to one household recomputes only that household.
 */
export interface Assessor {
  of(h: Household): HouseholdAssessment;
  today: Accessor<string>;
  /**
   * Changes (to a new opaque value) when every result may have changed: the screening
   * thresholds changed. Lets the roster index keep screening results until then.
   */
  generation: Accessor<object>;
}

const localToday = (): string => localIsoDate();

export function createAssessor(settings: Accessor<ScreeningSettings>): Assessor {
  const today = localToday;
  const cache = createMemo(() => {
    settings();
    return new WeakMap<Household, HouseholdAssessment>();
  });
  return {
    today,
    generation: cache,
    of(h) {
      const c = cache();
      let a = c.get(h);
      if (!a) {
        a = assessHousehold(h, settings(), today());
        c.set(h, a);
      }
      return a;
    },
  };
}
