import { describe, expect, it } from "vitest";
import { assignSlots } from "./rowSlots.ts";

describe("assignSlots", () => {
  it.each([
    { case: "first render: in order", previous: [], next: ["a", "b", "c"], slots: ["a", "b", "c"] },
    { case: "the same items: nothing moves", previous: ["a", "b", "c"], next: ["a", "b", "c"], slots: ["a", "b", "c"] },
    { case: "a search drops the first family: the others stay, the new one takes its row", previous: ["a", "b", "c"], next: ["b", "c", "d"], slots: ["d", "b", "c"] },
    { case: "a scroll by two rows", previous: ["a", "b", "c", "d"], next: ["c", "d", "e", "f"], slots: ["e", "f", "c", "d"] },
    { case: "a scroll back up", previous: ["e", "f", "c", "d"], next: ["a", "b", "c", "d"], slots: ["a", "b", "c", "d"] },
    { case: "nothing in common: in order", previous: ["a", "b"], next: ["x", "y"], slots: ["x", "y"] },
    { case: "fewer rows: a kept item past the end moves to a free row", previous: ["a", "b", "c", "d"], next: ["d", "b"], slots: ["d", "b"] },
    { case: "more rows: new rows at the end", previous: ["a", "b"], next: ["b", "x", "a", "y"], slots: ["a", "b", "x", "y"] },
    { case: "nothing shown", previous: ["a", "b"], next: [], slots: [] },
  ])("$case", ({ previous, next, slots }) => {
    expect(assignSlots(previous, next)).toEqual(slots);
  });

  it("every item of a random next list gets exactly one row, and items in view before keep theirs when it exists", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let previous: number[] = [];
    for (let round = 0; round < 500; round++) {
      const start = Math.floor(random() * 40);
      const next = Array.from({ length: Math.floor(random() * 12) }, (_, i) => start + i * (1 + Math.floor(random() * 3))).filter((v, i, all) => all.indexOf(v) === i);
      const slots = assignSlots(previous, next);
      expect([...slots].sort((x, y) => x - y)).toEqual([...next].sort((x, y) => x - y));
      previous.forEach((item, slot) => {
        if (next.includes(item) && slot < next.length) expect(slots[slot]).toBe(item);
      });
      previous = slots;
    }
  });
});
