import * as Y from "yjs";
import { diffHistoryInsertions, RECORD_MAPS, type BoardChange, type HistoryEntry, type RecordMapName } from "../../rules/claims/guard.ts";
import { historyArray, recordMaps, toPlain } from "./layout.ts";

/**
 * What one Yjs transaction changed on the board, read from Yjs's own bookkeeping
 * instead of comparing two snapshots of the whole board: the relay's guard
 * (relay/src/rooms/boardPolicy.ts) applies a device's update to its copy of the
 * board inside a transaction and asks this module what the update touched, so its
 * cost follows the update, not the board.
 *
 * - `records`: per record map, the ids whose plain value (snapshotBoard's) may differ.
 *   A superset: Yjs marks a map key when a value is set or deleted under it, and a
 *   nested type (a record's Y.Map, or anything a peer put inside one) when its content
 *   changes; a nested type is traced up to the record it sits in. The caller compares
 *   the before and after values of these ids only (rules/claims/guard.ts diffRecords).
 * - `history`: diffBoard's history change (or null), computed while the transaction is
 *   still open, from the first inserted event to where the old events line up again.
 *   "compare-all" when the update removed a visible event, or inserted or changed a
 *   nested type in the history: the caller then compares the whole history as before.
 *   Honest devices only append plain events, so that path is for forgeries.
 */
export interface BoardTouch {
  records: Map<RecordMapName, Set<string>>;
  history: { change: BoardChange | null } | "compare-all";
}

/** One record as plain data, exactly as snapshotBoard holds it (undefined when absent). */
export function readBoardRecord(doc: Y.Doc, map: RecordMapName, id: string): unknown {
  return toPlain(recordMaps(doc)[map].get(id));
}

/** The history as plain data, exactly as snapshotBoard holds it. */
export function readPlainHistory(doc: Y.Doc): unknown[] {
  return historyArray(doc).toArray().map(toPlain);
}

/**
 * Call inside `transaction`, after the update was applied and before the transaction
 * ends: Yjs merges new items into old neighbours when it ends, and until then every
 * item of the history is either new or old. `historyLengthBefore` is the history's
 * length when the transaction began.
 */
export function boardTouch(doc: Y.Doc, transaction: Y.Transaction, historyLengthBefore: number): BoardTouch {
  const maps = recordMaps(doc);
  const history = historyArray(doc);
  const roots = new Map<object, RecordMapName | "history">();
  for (const name of RECORD_MAPS) roots.set(maps[name], name);
  roots.set(history, "history");

  const records = new Map<RecordMapName, Set<string>>();
  const touch = (name: RecordMapName, id: string): void => {
    let ids = records.get(name);
    if (!ids) records.set(name, (ids = new Set()));
    ids.add(id);
  };
  let historyChanged = false;
  let historyNested = false;
  for (const [type, keys] of transaction.changed) {
    if (type._item === null) {
      // a root: its own keys (null = its list part, which only the history reads)
      const name = roots.get(type);
      if (name === "history") historyChanged ||= keys.has(null);
      else if (name !== undefined) for (const key of keys) if (key !== null) touch(name, key);
      continue;
    }
    // a nested type: find the item that holds it directly under a root
    let item: Y.Item = type._item;
    while (item.parent instanceof Y.AbstractType && item.parent._item !== null) item = item.parent._item;
    const name = item.parent instanceof Y.AbstractType ? roots.get(item.parent) : undefined;
    if (name === "history") historyNested ||= item.parentSub === null;
    else if (name !== undefined && item.parentSub !== null) touch(name, item.parentSub);
  }
  if (historyNested) return { records, history: "compare-all" };
  if (!historyChanged) return { records, history: { change: null } };
  return { records, history: historyInsertions(doc, transaction, history, historyLengthBefore) };
}

function isNew(transaction: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
}

/** The history's change when the transaction only inserted events; "compare-all" otherwise. */
function historyInsertions(doc: Y.Doc, transaction: Y.Transaction, history: Y.Array<unknown>, lengthBefore: number): BoardTouch["history"] {
  const inserted: Y.Item[] = [];
  let insertedCount = 0;
  for (const [client, structs] of doc.store.clients) {
    const before = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (last === undefined || last.id.clock + last.length <= before) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i];
      if (!(struct instanceof Y.Item) || struct.parent !== history || struct.parentSub !== null || struct.deleted || !struct.countable) continue;
      if (struct.content instanceof Y.ContentType || struct.content instanceof Y.ContentDoc) return "compare-all";
      inserted.push(struct);
      insertedCount += struct.length;
    }
  }
  // an old event went missing (deleted, perhaps re-inserted as a look-alike): compare all
  if (lengthBefore + insertedCount !== history.length) return "compare-all";
  if (inserted.length === 0) return { change: null };
  const entries: HistoryEntry[] = [];
  let next: Y.Item | null = leftmost(inserted);
  const entryAt = (i: number): HistoryEntry | undefined => {
    while (entries.length <= i && next !== null) {
      const item: Y.Item = next;
      next = item.right;
      if (item.deleted || !item.countable) continue;
      const fresh = isNew(transaction, item);
      for (const value of item.content.getContent()) entries.push({ event: toPlain(value), inserted: fresh });
    }
    return entries[i];
  };
  return { change: diffHistoryInsertions(entryAt, insertedCount) };
}

/** The first of `items` in their list: walks right from each, never over the same item twice. */
function leftmost(items: Y.Item[]): Y.Item {
  const visited = new Set<Y.Item>();
  const notFirst = new Set<Y.Item>();
  for (const start of items) {
    if (visited.has(start)) {
      notFirst.add(start);
      continue;
    }
    visited.add(start);
    for (let n = start.right; n !== null; n = n.right) {
      if (visited.has(n)) {
        notFirst.add(n);
        break;
      }
      visited.add(n);
    }
  }
  return items.find((item) => !notFirst.has(item)) ?? items[0]!;
}
