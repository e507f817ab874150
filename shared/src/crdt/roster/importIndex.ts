import type * as Y from "yjs";
import { pendingImports } from "./importPending.ts";
import { householdOfKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";

/**
 * Which households hold which family-list ids and social-list rows: one pass
 * over the roster's keys (about 80,000 at 20,800 families: 40 to 130 ms in Node), made at
 * the start of an import or a decision and kept current by its own writes. What
 * a batch written only in part wrote is not there (importPending.ts).
 */
export interface ImportIndex {
  /** list key -> ids of the households linked to that family-list id */
  origins: Map<string, string[]>;
  /** list key -> [household id, stored link] of each household the social-list row is linked to */
  social: Map<string, Array<[string, unknown]>>;
}

export function buildImportIndex(doc: Y.Doc): ImportIndex {
  const steps = importIndexSteps(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Keys read between two yields of importIndexSteps. */
const KEYS_PER_STEP = 4096;

/**
 * buildImportIndex in steps for an import written in slices: yields 0 (no record of the list) every
 * few thousand keys, so reading 100,000 keys on a slow phone (a few hundred ms) is not one task. A
 * change between steps is read as any change during the import is (importSlices.ts): the index is the
 * roster as the import found it.
 */
export function* importIndexSteps(doc: Y.Doc): Generator<number, ImportIndex, void> {
  const map = rosterMap(doc);
  const pending = pendingImports(doc);
  const valueOf = (key: string) => (pending.active ? pending.rosterValue(key) : map.get(key));
  const origins = new Map<string, string[]>();
  const social = new Map<string, Array<[string, unknown]>>();
  let read = 0;
  for (const [key, stored] of map.entries()) {
    if (++read % KEYS_PER_STEP === 0) yield 0;
    const householdId = householdOfKey(key);
    const n = householdId.length;
    if (key.charCodeAt(n) !== 46 /* . */ || key.indexOf("/", n) >= 0) continue;
    const tag = key[n + 1];
    if (tag !== "k" && tag !== "s") continue;
    const listKey = key.slice(n + 2);
    const value = pending.active ? pending.rosterValue(key) : stored;
    if (listKey === "" || value === undefined || !Array.isArray(valueOf(householdId))) continue;
    if (tag === "k") push(origins, listKey, householdId);
    else push(social, listKey, [householdId, value]);
  }
  return { origins, social };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
