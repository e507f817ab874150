import { describe, expect, it } from "vitest";
import { lmsValueAt, lmsZ, roundZ } from "./zscore.ts";

describe("roundZ: 2 decimals, halves away from zero", () => {
  it.each([
    [-3.287, -3.29],
    [3.285, 3.29],
    [-3.285, -3.29],
    [0.004, 0],
    [-0.004, 0],
    [-6.004, -6],
  ])("%s -> %s", (z, rounded) => {
    expect(roundZ(z)).toBe(rounded);
  });
});

describe("lmsValueAt inverts lmsZ", () => {
  it.each([[0.0645], [-0.3521], [1], [0]])("l = %s", (l) => {
    const lms = { l, m: 9.646, s: 0.10925 };
    expect(lmsZ(lmsValueAt(1.7, lms), lms)).toBeCloseTo(1.7, 10);
  });
});
