import { createEffect, createMemo, onCleanup, type Accessor } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import type { Assessor } from "./assessment.ts";
import { makeIdleTask } from "./idle.ts";
import type { RosterFilter } from "./rosterFilter.ts";
import { RosterIndex } from "./rosterIndex.ts";
import { makeRosterSearch } from "./rosterSearch.ts";

export interface FilteredRoster {
  /** how many households match */
  count: Accessor<number>;
  /** the i-th matching household, in the given order */
  at(i: number): Household | undefined;
}

/**
 * The households (already in display order) that match the filter. A keystroke runs one
 * pass over the index's arrays, narrowed to the previous result while the query only grows
 * (rosterSearch.ts); no filter means no pass at all. The index is built in idle moments after
 * the roster is read or changed, so the first key does not pay for 20,000 search texts.
 */
export function createFilteredRoster(households: Accessor<readonly Household[]>, filter: Accessor<RosterFilter>, assessor: Assessor): FilteredRoster {
  const index = createMemo(() => new RosterIndex(households()));
  createEffect(() => {
    const idx = index();
    const generation = assessor.generation();
    // search fields first (typing is the common case), then the screening for the KRS filters
    onCleanup(makeIdleTask((shouldYield) => idx.fillSearch(shouldYield) && idx.fillScreening(assessor.of, generation, shouldYield)));
  });
  const search = makeRosterSearch();
  const shown = createMemo(() => search.run(index(), filter(), assessor.of, assessor.generation()));
  return {
    count: () => shown()?.length ?? households().length,
    at(i) {
      const rows = shown();
      return households()[rows ? (rows[i] ?? -1) : i];
    },
  };
}
