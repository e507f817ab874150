import type * as Y from "yjs";
import { isSafeId } from "../fields.ts";
import { importMap } from "./importLayout.ts";
import { pendingImports, type PendingImports } from "./importPending.ts";
import { householdOfKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";

/**
 * Which keys belong to which household. Keys of one household are scattered in
 * the root map, so reading a household or removing it needs this index: built
 * once per document by one pass over the keys, then kept current by the
 * mapper's own writes (at once, so a read later in the same transaction sees
 * them) and by an observer (for remote updates). Listeners subscribed here run
 * after the index is current. The index holds every key; what readers see of a
 * batch written only in part is importPending.ts's: listeners hear of a
 * household when a change shows (a key it does not hide, or a batch's commit or
 * rollback), not of each slice of an import that hides it.
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
    index = createIndex(rosterMap(doc), importMap(doc), pendingImports(doc));
    indexes.set(doc, index);
  }
  return index;
}

function createIndex(map: Y.Map<unknown>, imports: Y.Map<unknown>, pending: PendingImports): RosterIndex {
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
      // a key a pending import batch wrote shows as it was: nothing changed for the readers
      if (pending.active && pending.masked(key)) continue;
      changed.add(householdOfKey(key));
    }
    if (changed.size > 0) for (const listener of listeners) listener(changed);
  });
  // a batch committed or rolled back (its journal left the import map): its households show anew
  imports.observe(() => {
    const released = pending.takeReleased();
    if (released.size > 0) for (const listener of listeners) listener(released);
  });
  return {
    keysOf: (id) => byHousehold.get(id),
    householdIds: () => {
      const ids: string[] = [];
      // a household's key is its id alone; an untrusted peer's odd key is not a household
      for (const [key, value] of map.entries()) {
        if (householdOfKey(key) !== key || !isSafeId(key)) continue;
        if (Array.isArray(pending.active && pending.masked(key) ? pending.rosterValue(key) : value)) ids.push(key);
      }
      return ids;
    },
    note,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
