import { describe, expect, it } from "vitest";
import { assignPairs, type ScoredPairs } from "./assign.ts";

/** [a, b, score, slot] rows. */
function pairs(rows: Array<[number, number, number, number?]>): ScoredPairs {
  return {
    a: Int32Array.from(rows.map((r) => r[0])),
    b: Int32Array.from(rows.map((r) => r[1])),
    score: Float64Array.from(rows.map((r) => r[2])),
    slot: Int32Array.from(rows.map((r) => r[3] ?? -1)),
    count: rows.length,
  };
}

const twoPeople = () => 2;

describe("assignPairs: rivals lower each other's score", () => {
  it("leaves a clear pair beside weak rivals as it is", () => {
    const result = assignPairs(pairs([[0, 0, 20, 0], [0, 1, -10, 0]]), 1, twoPeople, "social", -100);
    expect(result.adjusted[0]).toBeCloseTo(20, 2);
    expect(result.rival[0]).toBe(1);
  });

  it("brings two namesakes with the same evidence to about even", () => {
    const result = assignPairs(pairs([[0, 0, 10, 0], [0, 1, 10, 0]]), 1, twoPeople, "social", -100);
    expect(result.adjusted[0]).toBeCloseTo(10 - Math.log2(1 + 1024), 5);
    expect(result.adjusted[0]).toBeLessThan(0.1);
    expect(result.chosen.length).toBe(1);
  });

  it("counts two rows claiming the same person of a family as rivals", () => {
    const result = assignPairs(pairs([[0, 0, 12, 0], [1, 0, 12, 0]]), 2, twoPeople, "social", -100);
    expect(result.adjusted[0]).toBeLessThan(1);
  });

  it("does not count the head's row and the wife's row as rivals", () => {
    const result = assignPairs(pairs([[0, 0, 12, 0], [1, 0, 12, 1]]), 2, twoPeople, "social", -100);
    expect(result.adjusted[0]).toBe(12);
    expect(result.chosen).toEqual([0, 1]);
  });
});

describe("assignPairs: each record linked at most once", () => {
  it("links a row to its best family only", () => {
    const result = assignPairs(pairs([[0, 0, 5, 0], [0, 1, 30, 0]]), 1, twoPeople, "social", -100);
    expect(result.chosen).toEqual([1]);
  });

  it("gives a family's person one row; the other row goes elsewhere", () => {
    const result = assignPairs(pairs([[0, 0, 30, 0], [1, 0, 25, 0], [1, 1, 8, 0]]), 2, twoPeople, "social", -100);
    expect(result.chosen).toContain(0);
    expect(result.chosen).toContain(2);
    expect(result.chosen).not.toContain(1);
  });

  it("fills a family no further than its number of people", () => {
    const result = assignPairs(pairs([[0, 0, 30], [1, 0, 29], [2, 0, 28]]), 3, twoPeople, "social", -100);
    expect(result.chosen).toEqual([0, 1]);
  });

  it("is one to one for family against family", () => {
    const result = assignPairs(pairs([[0, 0, 30], [1, 0, 29], [1, 1, 10]]), 2, twoPeople, "oneToOne", -100);
    expect(result.chosen).toEqual([0, 2]);
  });

  it("never links a pair under the lowest score", () => {
    const result = assignPairs(pairs([[0, 0, -5], [1, 1, 3]]), 2, twoPeople, "social", 0);
    expect(result.chosen).toEqual([1]);
  });

  it("breaks ties by input order", () => {
    const result = assignPairs(pairs([[0, 1, 10, 0], [0, 0, 10, 0]]), 1, twoPeople, "social", -100);
    expect(result.chosen).toEqual([1]);
  });
});
