/**
 * Rows per RW and RT: the report groups every section by the address as recorded (RW, then RT,
 * ascending; an unrecorded RW or RT last, as null), and a village total.
 */
import type { AreaRows } from "./types.ts";

const byNumber = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

/** A plain record of counts, possibly nested (a KRS recap): what adds up area by area. */
export type Counts = { [key: string]: number | Counts };

/** Adds `b` into `target`, field by field (both of one shape). Generic and slowish (for..in): for sums of a few dozen areas, not per family. */
export function addInto<T extends Counts>(target: T, b: T): T {
  const t = target as Counts;
  for (const key in b) {
    const y = b[key]!;
    if (typeof y === "number") (t[key] as number) += y;
    else addInto(t[key] as Counts, y);
  }
  return target;
}

/**
 * Counts gathered by RT (within RW) as families are added, one family at a time: an RW's counts are
 * the sum of its RTs', the village's the sum of the RWs'; `rows` turns counts into rows (shares are
 * worked out from summed counts, never averaged).
 */
export class AreaCounts<C extends Counts> {
  private readonly rws = new Map<number | null, Map<number | null, C>>();

  constructor(private readonly empty: () => C) {}

  /** The RT's counts, to add a family to in place (made empty the first time). */
  at(rw: number | null, rt: number | null): C {
    let rts = this.rws.get(rw);
    if (!rts) this.rws.set(rw, (rts = new Map()));
    let counts = rts.get(rt);
    if (!counts) rts.set(rt, (counts = this.empty()));
    return counts;
  }

  /** Every RT's counts (to settle what was kept aside before `rows`). */
  each(fn: (counts: C) => void): void {
    for (const rts of this.rws.values()) for (const c of rts.values()) fn(c);
  }

  rows<Row>(present: (counts: C) => Row): AreaRows<Row> {
    const total = this.empty();
    const byRw = [...this.rws.entries()]
      .sort(([a], [b]) => byNumber(a, b))
      .map(([rw, rts]) => {
        const rtCounts = [...rts.entries()].sort(([a], [b]) => byNumber(a, b));
        const rwCounts = this.empty();
        for (const [, c] of rtCounts) addInto(rwCounts, c);
        addInto(total, rwCounts);
        return { rw, row: present(rwCounts), rts: rtCounts.map(([rt, c]) => ({ rt, row: present(c) })) };
      });
    return { total: present(total), byRw };
  }
}

/** A share in percent to one decimal, null when there is nothing to divide by (or no data). */
export function percent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
