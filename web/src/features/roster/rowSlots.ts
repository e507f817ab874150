import { createMemo, type Accessor } from "solid-js";

/** Row elements and what each shows: `items[slot]`, shown when `used[slot]`. */
export interface Slots<T> {
  items: readonly T[];
  used: readonly boolean[];
}

/**
 * Which row element (slot) shows each item in view, given the last assignment. Rewriting a
 * row's texts costs a text layout of each cell and making a row costs more, where moving a row
 * costs almost nothing. So an item keeps the slot it had, shown or not (a family that comes
 * back after a search found nobody finds its row as it left it); the others take the free slots,
 * lowest first; a slot is added only when none is free, and none is ever removed (an unused
 * slot is hidden). A search key or a scroll rewrites only the rows of families new on screen.
 */
export function assignSlots<T>(previous: Slots<T>, next: readonly T[]): Slots<T> {
  const items = [...previous.items];
  const used = new Array<boolean>(items.length).fill(false);
  const slotOf = new Map<T, number>();
  items.forEach((item, slot) => slotOf.set(item, slot));
  const newcomers: T[] = [];
  for (const item of next) {
    const slot = slotOf.get(item);
    if (slot === undefined) newcomers.push(item);
    else used[slot] = true;
  }
  let free = 0;
  for (const item of newcomers) {
    while (free < items.length && used[free]) free++;
    items[free] = item;
    used[free] = true;
  }
  return { items, used };
}

export interface RowSlots<T> {
  /** the item each row element shows (or showed, when unused), by element */
  items: Accessor<readonly T[]>;
  /** whether a row element is in use (unused ones are hidden) */
  used(slot: number): boolean;
  /** an item's position in the list */
  positionOf(item: T): number;
  /** the used elements' ids (`idOf(slot)`) in the list's order, for the row group's aria-owns */
  idsInOrder: Accessor<string>;
}

/**
 * `inView` (distinct items, the list's positions `firstPosition()` onward) assigned to row
 * elements by assignSlots. Elements are not in the list's order in the DOM: `idsInOrder`
 * gives assistive technology that order.
 */
export function createRowSlots<T>(inView: Accessor<readonly T[]>, firstPosition: Accessor<number>, idOf: (slot: number) => string): RowSlots<T> {
  let last: Slots<T> = { items: [], used: [] };
  const slots = createMemo(() => (last = assignSlots(last, inView())));
  const items = createMemo(() => slots().items, undefined, { equals: sameItems });
  const positions = createMemo(() => {
    const start = firstPosition();
    const at = new Map<T, number>();
    inView().forEach((item, i) => at.set(item, start + i));
    return at;
  });
  const idsInOrder = createMemo(() => {
    const slotOf = new Map<T, number>();
    slots().items.forEach((item, slot) => slotOf.set(item, slot));
    return inView()
      .map((item) => idOf(slotOf.get(item)!))
      .join(" ");
  });
  return { items, used: (slot) => slots().used[slot] ?? false, positionOf: (item) => positions().get(item) ?? 0, idsInOrder };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
