/**
 * Records kept in one order as they change. A full sort of 20,000 families costs
 * about a second on a slow phone; when a few records change (a remote edit while
 * someone types), each is taken out and put back by binary search instead.
 * `compare` must be a total order (ties broken by id), so every record has one
 * place and an old record is found exactly where it was.
 */
export class SortedRecords<T extends { id: string }> {
  private items: T[] = [];
  private readonly byId = new Map<string, T>();

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Past this many changes a full sort is cheaper than moving records one by one. */
  static readonly RESORT_AT = 200;

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** The records in order. A new array after every change: callers may keep the old one. */
  list(): readonly T[] {
    return this.items;
  }

  /** Sets (record) or removes (null) each id. */
  apply(changes: ReadonlyArray<[string, T | null]>): void {
    if (changes.length >= SortedRecords.RESORT_AT || this.items.length === 0) {
      for (const [id, record] of changes) {
        if (record) this.byId.set(id, record);
        else this.byId.delete(id);
      }
      this.items = [...this.byId.values()].sort(this.compare);
      return;
    }
    const items = this.items.slice();
    for (const [id, record] of changes) {
      const old = this.byId.get(id);
      if (old) items.splice(this.position(items, old), 1);
      if (record) {
        this.byId.set(id, record);
        items.splice(this.position(items, record), 0, record);
      } else this.byId.delete(id);
    }
    this.items = items;
  }

  /** The first index whose record sorts at or after `record`. */
  private position(items: readonly T[], record: T): number {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(items[mid]!, record) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
