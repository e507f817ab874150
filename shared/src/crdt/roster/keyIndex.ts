import type * as Y from "yjs";
import { isSafeId } from "../fields.ts";
import { householdOfKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";

/**
 * Which keys belong to which household. Keys of one household are scattered in
 * the root map, so reading a household or removing it needs this index: built
 * once per document by one pass over the keys, then kept current by the
 * mapper's own writes (at once, so a read later in the same transaction sees
 * them) and by an observer (for remote updates). Listeners subscribed here run
 * after the index is current.
 */
export interface RosterIndex {
  /** keys of the household's members, measurements and edits (not the household's own key) */
  keysOf(householdId: string): ReadonlySet<string> | undefined;
  /** ids of households whose base record is present */
  householdIds(): string[];
  note(key: string, present: boolean): void;
  subscribe(listener: (householdIds: Set<string>) => void): () => void;
}

const indexes = new WeakMap<Y.Doc, RosterIndex>();

export function rosterIndex(doc: Y.Doc): RosterIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = createIndex(rosterMap(doc));
    indexes.set(doc, index);
  }
  return index;
}

function createIndex(map: Y.Map<unknown>): RosterIndex {
  const byHousehold = new Map<string, Set<string>>();
  const listeners = new Set<(ids: Set<string>) => void>();
  const note = (key: string, present: boolean) => {
    const householdId = householdOfKey(key);
    if (householdId === key) return; // a household's own key: its presence is map.has(id)
    let keys = byHousehold.get(householdId);
    if (present) {
      if (!keys) byHousehold.set(householdId, (keys = new Set()));
      keys.add(key);
    } else if (keys) {
      keys.delete(key);
      if (keys.size === 0) byHousehold.delete(householdId);
    }
  };
  for (const key of map.keys()) note(key, true);
  map.observe((event) => {
    const changed = new Set<string>();
    for (const key of event.keysChanged) {
      note(key, map.has(key));
      changed.add(householdOfKey(key));
    }
    for (const listener of listeners) listener(changed);
  });
  return {
    keysOf: (id) => byHousehold.get(id),
    householdIds: () => {
      const ids: string[] = [];
      // a household's key is its id alone; an untrusted peer's odd key is not a household
      for (const [key, value] of map.entries()) if (Array.isArray(value) && householdOfKey(key) === key && isSafeId(key)) ids.push(key);
      return ids;
    },
    note,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
