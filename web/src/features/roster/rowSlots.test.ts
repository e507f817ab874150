import { describe, expect, it } from "vitest";
import { assignSlots, type Slots } from "./rowSlots.ts";

const shown = (items: string[]): Slots<string> => ({ items, used: items.map(() => true) });

describe("assignSlots", () => {
  it.each([
    { case: "first render: in order", previous: shown([]), next: ["a", "b", "c"], items: ["a", "b", "c"], used: [true, true, true] },
    { case: "the same items: nothing moves", previous: shown(["a", "b", "c"]), next: ["a", "b", "c"], items: ["a", "b", "c"], used: [true, true, true] },
    { case: "a search drops the first family: the others stay, the new one takes its row", previous: shown(["a", "b", "c"]), next: ["b", "c", "d"], items: ["d", "b", "c"], used: [true, true, true] },
    { case: "a scroll by two rows", previous: shown(["a", "b", "c", "d"]), next: ["c", "d", "e", "f"], items: ["e", "f", "c", "d"], used: [true, true, true, true] },
    { case: "a scroll back up", previous: shown(["e", "f", "c", "d"]), next: ["a", "b", "c", "d"], items: ["a", "b", "c", "d"], used: [true, true, true, true] },
    { case: "nothing in common: in order", previous: shown(["a", "b"]), next: ["x", "y"], items: ["x", "y"], used: [true, true] },
    { case: "fewer rows: the rest are kept, unused", previous: shown(["a", "b", "c", "d"]), next: ["d", "b"], items: ["a", "b", "c", "d"], used: [false, true, false, true] },
    { case: "nobody found: every row kept, unused", previous: shown(["a", "b"]), next: [], items: ["a", "b"], used: [false, false] },
    {
      case: "families coming back find their old rows",
      previous: { items: ["a", "b", "c"], used: [false, false, true] },
      next: ["a", "b", "c"],
      items: ["a", "b", "c"],
      used: [true, true, true],
    },
    {
      case: "newcomers take unused rows before rows are added",
      previous: { items: ["a", "b", "c"], used: [false, true, false] },
      next: ["b", "x", "y", "z"],
      items: ["x", "b", "y", "z"],
      used: [true, true, true, true],
    },
  ])("$case", ({ previous, next, items, used }) => {
    expect(assignSlots(previous, next)).toEqual({ items, used });
  });

  it("over random lists, each item in view is in exactly one used row, kept rows keep their item, and rows are added only when needed", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let previous: Slots<number> = { items: [], used: [] };
    for (let round = 0; round < 500; round++) {
      const start = Math.floor(random() * 40);
      const next = [...new Set(Array.from({ length: Math.floor(random() * 12) }, (_, i) => start + i * (1 + Math.floor(random() * 3))))];
      const slots = assignSlots(previous, next);
      const inUse = slots.items.filter((_, slot) => slots.used[slot]);
      expect([...inUse].sort((x, y) => x - y)).toEqual([...next].sort((x, y) => x - y));
      previous.items.forEach((item, slot) => {
        if (next.includes(item)) expect(slots.items[slot]).toBe(item);
      });
      expect(slots.items.length).toBe(Math.max(previous.items.length, next.length));
      previous = slots;
    }
  });
});
