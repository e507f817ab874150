import * as Y from "yjs";
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types as AbstractType<any> */

/**
 * Reading the relay's audit trail against a copy of the document (issue 17, item 17). For every
 * stored update the relay keeps who sent it and when, and the Yjs ids the update inserted and
 * deleted, as runs of [client, clock, length] (relay/src/storage/auditIds.ts). The ids outlive the
 * update's bytes (compaction merges them into the snapshot), and a device that holds the document
 * finds each id's item there: deleted items too, which keep their place (parent, map key) after
 * their content is dropped. So "who changed this family's address" is answered on the lurah's
 * device, from its own copy, and the relay never decodes a document for it.
 */
export type IdRun = [client: number, clock: number, length: number];

/**
 * Calls `visit` for each item of the document whose id lies in `runs`, in run order; an item
 * spanning several ids (a run of text) once. Returns how many ids the document does not hold as
 * items (not synced yet, or collected with a deleted parent).
 */
export function visitIds(doc: Y.Doc, runs: readonly IdRun[], visit: (item: Y.Item) => void): number {
  let missing = 0;
  for (const [client, clock, length] of runs) {
    const structs = doc.store.clients.get(client);
    const state = Y.getState(doc.store, client);
    const end = clock + length;
    if (!structs || clock >= state) {
      missing += length;
      continue;
    }
    if (end > state) missing += end - state;
    for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= end) break;
      if (struct instanceof Y.Item) visit(struct);
      else missing += Math.min(end, struct.id.clock + struct.length) - Math.max(clock, struct.id.clock);
    }
  }
  return missing;
}

/** The root types' names, to name where an item sits. */
export function rootNames(doc: Y.Doc): Map<Y.AbstractType<any>, string> {
  const names = new Map<Y.AbstractType<any>, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  return names;
}

/**
 * Where an item sits: the root type's name, then the map key of each level down to the item
 * (an item of a list or a text adds no key: it is named by the map entry that holds the list).
 * Null when its parent is gone.
 */
export function itemPath(item: Y.Item, roots: ReadonlyMap<Y.AbstractType<any>, string>): string[] | null {
  const keys: string[] = [];
  let current: Y.Item | null = item;
  for (let depth = 0; current && depth < 64; depth++) {
    if (current.parentSub !== null) keys.push(current.parentSub);
    const parent: unknown = current.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    const type = parent as Y.AbstractType<any>;
    if (type._item === null) {
      const root = roots.get(type);
      return root === undefined ? null : [root, ...keys.reverse()];
    }
    current = type._item;
  }
  return null;
}

/**
 * The ids of every item a map entry ever held, for the entries whose key passes `accept`: its value
 * now and the values it replaced (Yjs keeps them, deleted, to the left of the current one). These
 * are the ids to ask the relay's audit trail about ("who ever wrote this entry").
 */
export function mapEntryRuns(map: Y.Map<unknown>, accept: (key: string) => boolean): IdRun[] {
  const runs: IdRun[] = [];
  for (const [key, last] of map._map) {
    if (!accept(key)) continue;
    for (let item: Y.Item | null = last; item !== null && item.parentSub === key; item = item.left) {
      runs.push([item.id.client, item.id.clock, item.length]);
    }
  }
  return mergeRuns(runs);
}

/** Sorted by client and clock, adjacent and overlapping runs joined. */
export function mergeRuns(runs: readonly IdRun[]): IdRun[] {
  const sorted = [...runs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: IdRun[] = [];
  for (const [client, clock, length] of sorted) {
    const last = out.at(-1);
    if (last && last[0] === client && clock <= last[1] + last[2]) last[2] = Math.max(last[2], clock + length - last[1]);
    else out.push([client, clock, length]);
  }
  return out;
}

/** What an update touched, for a document without a domain reading of its own: root name and first key, at most `limit`. */
export function touchedPlaces(doc: Y.Doc, runs: readonly IdRun[], limit: number): { places: Array<{ root: string; key: string | null }>; more: number } {
  const roots = rootNames(doc);
  const seen = new Set<string>();
  const places: Array<{ root: string; key: string | null }> = [];
  let more = 0;
  visitIds(doc, runs, (item) => {
    const path = itemPath(item, roots);
    if (!path) return;
    const key = path[1] ?? null;
    const id = `${path[0]}\u0000${key ?? ""}`;
    if (seen.has(id)) return;
    seen.add(id);
    if (places.length < limit) places.push({ root: path[0]!, key });
    else more++;
  });
  return { places, more };
}
