import { describe, expect, it } from "vitest";
import { changedSpan, shiftByDelta } from "./textBinding.ts";

describe("changedSpan", () => {
  it.each([
    ["insert in the middle", "abcd", "abXcd", { at: 2, remove: 0, insert: "X" }],
    ["delete at the end", "abcd", "ab", { at: 2, remove: 2, insert: "" }],
    ["replace a word", "rapat pokja", "rapat kader", { at: 6, remove: 5, insert: "kader" }],
    ["repeated letters", "aaa", "aaaa", { at: 3, remove: 0, insert: "a" }],
    ["no change", "x", "x", { at: 1, remove: 0, insert: "" }],
    ["from empty", "", "hai", { at: 0, remove: 0, insert: "hai" }],
  ])("%s", (_name, before, after, span) => {
    expect(changedSpan(before, after)).toEqual(span);
    const applied = before.slice(0, span.at) + span.insert + before.slice(span.at + span.remove);
    expect(applied).toBe(after);
  });
});

describe("shiftByDelta", () => {
  it.each([
    ["insert before the caret moves it", 5, [{ retain: 2 }, { insert: "abc" }], 8],
    ["insert after the caret leaves it", 1, [{ retain: 2 }, { insert: "abc" }], 1],
    ["delete before the caret pulls it back", 6, [{ retain: 1 }, { delete: 3 }], 3],
    ["delete spanning the caret stops at the cut", 3, [{ retain: 1 }, { delete: 5 }], 1],
    ["insert exactly at the caret stays after it, so runs do not interleave", 2, [{ retain: 2 }, { insert: "xy" }], 2],
  ])("%s", (_name, pos, delta, expected) => {
    expect(shiftByDelta(pos, delta)).toBe(expected);
  });
});
