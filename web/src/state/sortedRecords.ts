import { StepMerge, StepSort, type Stepper } from "./stepSort.ts";

/**
 * Records kept in one order as they change. A full sort of 20,000 families costs
 * about a second on a slow phone; when a few records change (a remote edit while
 * someone types), each is taken out and put back by binary search instead, and
 * many changes at once (an import's batch) go in resumable steps (applyInSteps).
 * `compare` must be a total order (ties broken by id), so every record has one
 * place and an old record is found exactly where it was. `sameKey(a, b)`: the two
 * versions of a record sort alike (what compare reads, but for the id, is equal).
 */
export class SortedRecords<T extends { id: string }> {
  private items: T[] = [];
  private readonly byId = new Map<string, T>();

  constructor(
    private readonly compare: (a: T, b: T) => number,
    private readonly sameKey: (a: T, b: T) => boolean = () => false,
  ) {}

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

  /**
   * apply() for many changes, in steps that each stop when `shouldYield()` says so; the records
   * change (get, list) only when the last step is done, all at once. A record whose new version
   * sorts alike keeps its place (an import's links change no family's place); only new and moved
   * records are sorted, then merged with the rest. Nothing else may change the records meanwhile.
   */
  applyInSteps(changes: ReadonlyArray<[string, T | null]>): Stepper {
    const replaced = new Map<string, T>();
    const removed = new Set<string>();
    const inserted: T[] = [];
    let kept: T[] | null = null;
    let sort: StepSort<T> | null = null;
    let merge: StepMerge<T> | null = null;
    let classified = 0;
    let filtered = 0;
    const CHUNK = 512;
    return {
      step: (shouldYield) => {
        while (classified < changes.length) {
          const end = Math.min(classified + CHUNK, changes.length);
          for (; classified < end; classified++) {
            const [id, record] = changes[classified]!;
            const old = this.byId.get(id);
            if (old && record && this.sameKey(old, record)) {
              replaced.set(id, record);
              continue;
            }
            if (old) removed.add(id);
            if (record) inserted.push(record);
          }
          if (shouldYield()) return false;
        }
        if (kept === null) kept = [];
        while (filtered < this.items.length) {
          const end = Math.min(filtered + CHUNK * 8, this.items.length);
          for (; filtered < end; filtered++) {
            const r = this.items[filtered]!;
            if (removed.has(r.id)) continue;
            kept.push(replaced.get(r.id) ?? r);
          }
          if (shouldYield()) return false;
        }
        sort ??= new StepSort(inserted, this.compare);
        if (!sort.step(shouldYield)) return false;
        merge ??= new StepMerge(kept, sort.result(), this.compare);
        if (!merge.step(shouldYield)) return false;
        for (const id of removed) this.byId.delete(id);
        for (const [id, record] of replaced) this.byId.set(id, record);
        for (const record of inserted) this.byId.set(record.id, record);
        this.items = merge.result();
        return true;
      },
    };
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
