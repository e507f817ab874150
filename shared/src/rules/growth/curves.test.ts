import { describe, expect, it } from "vitest";
import { lengthForAgeCurves } from "./curves.ts";

describe("lengthForAgeCurves", () => {
  it("gives one curve per z at m (1 + s z); row M 44: m 56.4833 s 0.03492", () => {
    const curves = lengthForAgeCurves("M", 44, 44, 1);
    expect(curves.map((c) => c.z)).toEqual([-3, -2, 0, 2, 3]);
    const at = (z: number) => curves.find((c) => c.z === z)?.points[0]?.cm;
    expect(at(0)).toBeCloseTo(56.4833, 6);
    expect(at(-3)).toBeCloseTo(56.4833 * (1 - 3 * 0.03492), 6);
    expect(at(2)).toBeCloseTo(56.4833 * (1 + 2 * 0.03492), 6);
  });

  it("samples every step and always ends on toDay", () => {
    const days = lengthForAgeCurves("F", 0, 10, 3)[0]?.points.map((p) => p.ageDays);
    expect(days).toEqual([0, 3, 6, 9, 10]);
  });

  it("clips to the table's 0-1826 days and refuses a non-positive step", () => {
    const days = lengthForAgeCurves("F", -5, 5000, 1000)[2]?.points.map((p) => p.ageDays);
    expect(days).toEqual([0, 1000, 1826]);
    expect(lengthForAgeCurves("F", 0, 10, 0)[0]?.points).toEqual([]);
  });
});
