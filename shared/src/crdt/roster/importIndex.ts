import type * as Y from "yjs";
import { householdOfKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";

/**
 * Which households hold which family-list ids and social-list rows: one pass
 * over the roster's keys (about 100,000 at 20,000 families, a few ms), made at
 * the start of an import or a decision and kept current by its own writes.
 */
export interface ImportIndex {
  /** list key -> ids of the households linked to that family-list id */
  origins: Map<string, string[]>;
  /** list key -> [household id, stored link] of each household the social-list row is linked to */
  social: Map<string, Array<[string, unknown]>>;
}

export function buildImportIndex(doc: Y.Doc): ImportIndex {
  const map = rosterMap(doc);
  const origins = new Map<string, string[]>();
  const social = new Map<string, Array<[string, unknown]>>();
  for (const [key, value] of map.entries()) {
    const householdId = householdOfKey(key);
    const n = householdId.length;
    if (key.charCodeAt(n) !== 46 /* . */ || key.indexOf("/", n) >= 0) continue;
    const tag = key[n + 1];
    if (tag !== "k" && tag !== "s") continue;
    const listKey = key.slice(n + 2);
    if (listKey === "" || !Array.isArray(map.get(householdId))) continue;
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
