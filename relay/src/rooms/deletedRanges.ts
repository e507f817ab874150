import * as Y from "yjs";

/**
 * The clock ranges a room's document holds as deleted, per client, kept sorted and merged,
 * and kept current transaction by transaction. It answers "is all of [clock, end) of this
 * client already deleted?" in O(log ranges): what deciding whether a read-only client's
 * step 2 holds news needs for every delete range it repeats (carriesNews.ts), so that check
 * costs the message's size, not its size times the document's.
 *
 * Built once from the document (O(structs), the first time a read-only client sends
 * something), then fed by each transaction: its delete set, and the deleted structs it
 * inserted (a GC struct or deleted content arriving in an update is deleted without being in
 * the transaction's delete set). A deletion is never undone, so the set only grows.
 */
export class DeletedRanges {
  /** per client: [start, end, start, end, ...] ascending, disjoint, not adjacent */
  private readonly byClient = new Map<number, number[]>();

  constructor(private readonly doc: Y.Doc) {
    const ds = Y.createDeleteSetFromStructStore(doc.store);
    for (const [client, items] of ds.clients) for (const item of items) this.add(client, item.clock, item.clock + item.len);
    doc.on("afterTransaction", this.follow);
  }

  /** Every clock of [clock, end) of `client` deleted in the document. */
  covers(client: number, clock: number, end: number): boolean {
    if (end <= clock) return true;
    const ranges = this.byClient.get(client);
    if (!ranges) return false;
    const i = this.indexAtOrBefore(ranges, clock);
    return i >= 0 && ranges[i + 1]! >= end;
  }

  destroy(): void {
    this.doc.off("afterTransaction", this.follow);
    this.byClient.clear();
  }

  private readonly follow = (transaction: Y.Transaction): void => {
    for (const [client, items] of transaction.deleteSet.clients) for (const item of items) this.add(client, item.clock, item.clock + item.len);
    const store = transaction.doc.store;
    for (const [client, after] of transaction.afterState) {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after <= before) continue;
      const structs = store.clients.get(client);
      if (!structs) continue;
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.deleted) this.add(client, struct.id.clock, struct.id.clock + struct.length);
      }
    }
  };

  /** Index (even) of the last range starting at or before `clock`, -2 when none. */
  private indexAtOrBefore(ranges: number[], clock: number): number {
    let lo = 0;
    let hi = ranges.length / 2 - 1;
    let found = -2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid * 2]! <= clock) {
        found = mid * 2;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private add(client: number, start: number, end: number): void {
    if (end <= start) return;
    let ranges = this.byClient.get(client);
    if (!ranges) this.byClient.set(client, (ranges = []));
    // the ranges this one touches or overlaps: from the one at or before start, while they begin at or before end
    let i = this.indexAtOrBefore(ranges, start);
    if (i < 0 || ranges[i + 1]! < start) i += 2;
    let j = i;
    let from = start;
    let to = end;
    while (j < ranges.length && ranges[j]! <= end) {
      from = Math.min(from, ranges[j]!);
      to = Math.max(to, ranges[j + 1]!);
      j += 2;
    }
    ranges.splice(i, j - i, from, to);
  }
}
