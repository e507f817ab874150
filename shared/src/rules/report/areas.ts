/**
 * Rows per RW and RT: the report groups every section by the address as recorded (RW, then RT,
 * ascending; an unrecorded RW or RT last, as null), and a village total.
 */
import type { AreaRows } from "./types.ts";

const byNumber = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

/** Items of one kind gathered by area; `rows` turns each area's items (and all of them) into a row. */
export class AreaGroups<T> {
  private readonly all: T[] = [];
  private readonly rws = new Map<number | null, { items: T[]; rts: Map<number | null, T[]> }>();

  add(rw: number | null, rt: number | null, item: T): void {
    this.all.push(item);
    let area = this.rws.get(rw);
    if (!area) this.rws.set(rw, (area = { items: [], rts: new Map() }));
    area.items.push(item);
    let rtItems = area.rts.get(rt);
    if (!rtItems) area.rts.set(rt, (rtItems = []));
    rtItems.push(item);
  }

  /** every item, in the order added */
  items(): readonly T[] {
    return this.all;
  }

  rows<Row>(row: (items: readonly T[]) => Row): AreaRows<Row> {
    return {
      total: row(this.all),
      byRw: [...this.rws.entries()]
        .sort(([a], [b]) => byNumber(a, b))
        .map(([rw, area]) => ({
          rw,
          row: row(area.items),
          rts: [...area.rts.entries()].sort(([a], [b]) => byNumber(a, b)).map(([rt, items]) => ({ rt, row: row(items) })),
        })),
    };
  }
}

/** A share in percent to one decimal, null when there is nothing to divide by (or no data). */
export function percent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
