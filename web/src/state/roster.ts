import { createMemo, createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import { newId, type Household, type HouseholdFields } from "@shared/model/index.ts";
import { addHousehold, changedHouseholdIds, householdsMap, readHousehold, removeHousehold, updateHousehold } from "@shared/crdt/roster.ts";

export interface RosterState {
  households: Accessor<Household[]>;
  byId(id: string): Household | undefined;
}

export interface RosterActions {
  add(fields: HouseholdFields): string;
  update(id: string, patch: Partial<HouseholdFields>): boolean;
  remove(id: string): void;
}

function byAddressThenName(a: Household, b: Household): number {
  return (a.rw ?? 0) - (b.rw ?? 0) || (a.rt ?? 0) - (b.rt ?? 0) || a.kepala.localeCompare(b.kepala, "id");
}

/**
 * Projects the roster document into immutable plain records, re-reading only
 * the households observeDeep says changed. Records are replaced, never mutated,
 * so the table (which caches cell values per row object) always sees the change.
 */
export function createRosterState(doc: Y.Doc): [RosterState, RosterActions] {
  const map = householdsMap(doc);
  const records = new Map<string, Household>();
  const [version, setVersion] = createSignal(0);

  const refresh = (ids: Iterable<string>) => {
    for (const id of ids) {
      const h = readHousehold(id, map.get(id));
      if (h) records.set(id, h);
      else records.delete(id);
    }
    setVersion((v) => v + 1);
  };
  refresh(map.keys());
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => refresh(changedHouseholdIds(events));
  map.observeDeep(observer);
  onCleanup(() => map.unobserveDeep(observer));

  const households = createMemo(() => {
    version();
    return [...records.values()].sort(byAddressThenName);
  });

  return [
    {
      households,
      byId: (id) => {
        version();
        return records.get(id);
      },
    },
    {
      add(fields) {
        const id = newId();
        addHousehold(doc, id, fields, new Date());
        return id;
      },
      update: (id, patch) => updateHousehold(doc, id, patch, new Date()),
      remove: (id) => removeHousehold(doc, id),
    },
  ];
}
