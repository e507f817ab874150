import { createMemo, type Accessor } from "solid-js";

/**
 * Which item each rendered row shows, given what each row showed before. An item still in
 * view keeps its row when that row still exists; the others take the free rows in order.
 * Rewriting a row's texts costs a text layout (shaping) of each cell, where moving a row
 * (its `top`) costs almost nothing: so a search key or a scroll that shifts the list
 * rewrites only the rows of the families that are new on screen. DOM order then differs
 * from the list's order; the table gives assistive technology the list's order (aria-owns).
 */
export function assignSlots<T>(previous: readonly T[], next: readonly T[]): T[] {
  const slots = new Array<T | undefined>(next.length);
  const inView = new Set(next);
  const kept = new Set<T>();
  for (let slot = 0; slot < Math.min(previous.length, next.length); slot++) {
    const item = previous[slot] as T;
    if (inView.has(item)) {
      slots[slot] = item;
      kept.add(item);
    }
  }
  let free = 0;
  for (const item of next) {
    if (kept.has(item)) continue;
    while (slots[free] !== undefined) free++;
    slots[free] = item;
  }
  return slots as T[];
}

export interface RowSlots<T> {
  /** the item each row element shows, by element */
  items: Accessor<readonly T[]>;
  /** an item's position in the list */
  positionOf(item: T): number;
  /** the elements' ids (`idOf(slot)`) in the list's order, for the row group's aria-owns */
  idsInOrder: Accessor<string>;
}

/**
 * `inView` (distinct items, the list's positions `firstPosition()` onward) assigned to row
 * elements, each item keeping its element while it stays in view (assignSlots).
 */
export function createRowSlots<T>(inView: Accessor<readonly T[]>, firstPosition: Accessor<number>, idOf: (slot: number) => string): RowSlots<T> {
  let previous: readonly T[] = [];
  const items = createMemo(() => (previous = assignSlots(previous, inView())));
  const positions = createMemo(() => {
    const start = firstPosition();
    const at = new Map<T, number>();
    inView().forEach((item, i) => at.set(item, start + i));
    return at;
  });
  const idsInOrder = createMemo(() => {
    const slotOf = new Map<T, number>();
    items().forEach((item, slot) => slotOf.set(item, slot));
    return inView()
      .map((item) => idOf(slotOf.get(item)!))
      .join(" ");
  });
  return { items, positionOf: (item) => positions().get(item) ?? 0, idsInOrder };
}
