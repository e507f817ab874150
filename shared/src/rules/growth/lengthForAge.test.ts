import { describe, expect, it } from "vitest";
import { lengthForAge, type LengthForAgeInput } from "./lengthForAge.ts";

const boy = (ageDays: number, lengthCm: number, position: LengthForAgeInput["position"] = "lying"): LengthForAgeInput =>
  ({ sex: "M", ageDays, lengthCm, position });

describe("lengthForAge: z-scores against rows of lenanthro.txt", () => {
  it.each([
    // [what, input, expected z]
    ["WHO's own example: boy 44 d, 50 cm; row M 44: m 56.4833 s 0.03492 -> (50/56.4833-1)/0.03492", boy(44, 50), -3.29],
    ["girl 365 d, 70 cm; row F 365: m 74.0049 s 0.03479 -> (70/74.0049-1)/0.03479 = -1.5555", { sex: "F", ageDays: 365, lengthCm: 70, position: "lying" } as const, -1.56],
    ["boy 1826 d (last row), 110 cm standing; row M 1826: m 109.9593 s 0.04214 -> 0.0088", boy(1826, 110, "standing"), 0.01],
  ])("%s", (_what, input, z) => {
    expect(lengthForAge(input).z).toBe(z);
  });
});

describe("lengthForAge: the 0.7 cm position correction around 731 days", () => {
  it.each([
    // row M 730: m 87.8018 s 0.03479 (L); row M 731: m 87.1303 s 0.03508 (H)
    ["730 d standing 85 cm is read as 85.7 cm lying: -0.688", boy(730, 85, "standing"), -0.69],
    ["730 d lying 85 cm is used as is: -0.917", boy(730, 85, "lying"), -0.92],
    ["731 d lying 88 cm is read as 87.3 cm standing: 0.0555", boy(731, 88, "lying"), 0.06],
    ["731 d standing 88 cm is used as is: 0.2845", boy(731, 88, "standing"), 0.28],
  ])("%s", (_what, input, z) => {
    expect(lengthForAge(input).z).toBe(z);
  });
});

describe("lengthForAge: age in days is rounded, x.5 up", () => {
  it("44.49 d uses row 44", () => expect(lengthForAge(boy(44.49, 50)).z).toBe(-3.29));
  // row M 45: m 56.6056 s 0.03488 -> (50/56.6056-1)/0.03488 = -3.3456
  it("44.5 d uses row 45", () => expect(lengthForAge(boy(44.5, 50)).z).toBe(-3.35));
  it("730.5 d rounds to 731 and so takes the standing rule", () => {
    expect(lengthForAge(boy(730.5, 88, "lying")).z).toBe(0.06);
  });
  it("1826.5 d rounds to 1827, past the table", () => expect(lengthForAge(boy(1826.5, 110)).z).toBeNull());
});

describe("lengthForAge: categories (Permenkes 2/2020) follow the rounded z", () => {
  const at = (z: number) => 56.4833 * (1 + 0.03492 * z); // the length at a z for boy 44 d
  it.each([
    [-3.2, "sangat pendek"],
    [-3.003, "pendek"], // rounds to -3.00, which is not below -3
    [-2.5, "pendek"],
    [-2, "normal"],
    [3, "normal"],
    [3.2, "tinggi"],
  ])("z %s -> %s", (z, category) => {
    expect(lengthForAge(boy(44, at(z))).category).toBe(category);
  });
});

describe("lengthForAge: implausible values and what is out of range", () => {
  it("flags |z| > 6, keeps the z (no clamping) and gives no category", () => {
    const result = lengthForAge(boy(44, 30)); // (30/56.4833-1)/0.03492 = -13.43
    expect(result).toEqual({ z: -13.43, category: null, implausible: true });
  });
  it("does not flag z = -6.00 exactly", () => {
    const result = lengthForAge(boy(44, 56.4833 * (1 - 0.03492 * 6)));
    expect(result).toEqual({ z: -6, category: "sangat pendek", implausible: false });
  });
  it.each([
    ["negative age", boy(-1, 50)],
    ["age past 1826 d (the table's last row)", boy(1827, 110)],
    ["age past 1856 d", boy(1900, 110)],
    ["NaN age", boy(Number.NaN, 50)],
    ["zero length", boy(44, 0)],
    ["infinite length", boy(44, Number.POSITIVE_INFINITY)],
  ])("%s -> null", (_what, input) => {
    expect(lengthForAge(input)).toEqual({ z: null, category: null, implausible: false });
  });
});
