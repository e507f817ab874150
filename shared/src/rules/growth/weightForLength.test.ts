import { describe, expect, it } from "vitest";
import { weightForLength, type WeightForLengthInput } from "./weightForLength.ts";

const boy = (ageDays: number | null, lengthCm: number, position: WeightForLengthInput["position"], weightKg: number) =>
  weightForLength({ sex: "M", ageDays, lengthCm, position, weightKg });

// Rows used (sex 1), all with l -0.3521:
// wflanthro 70.0: m 8.4227 s 0.08229 | 70.1: m 8.4454 s 0.0823 | 80.7: m 10.5781 s 0.08298
// wfhanthro 80.7: m 10.7126 s 0.08286
describe("weightForLength: table choice, correction and interpolation", () => {
  it.each([
    ["300 d lying 70.0 cm 8 kg on the lying row 70.0: -0.631", boy(300, 70, "lying", 8), -0.63],
    ["300 d lying 70.05 cm: l, m, s halfway between rows 70.0 and 70.1 (m 8.43405, s 0.082295): -0.648", boy(300, 70.05, "lying", 8), -0.65],
    ["730 d standing 80.0 cm is 80.7 cm on the lying table: -0.684", boy(730, 80, "standing", 10), -0.68],
    ["731 d lying 81.4 cm is 80.7 cm on the standing table: -0.841", boy(731, 81.4, "lying", 10), -0.84],
    ["731 d standing 80.7 cm on the standing table: -0.841", boy(731, 80.7, "standing", 10), -0.84],
    ["unknown age, standing: standing table, no correction", boy(null, 80.7, "standing", 10), -0.84],
    ["unknown age, lying: lying table, no correction", boy(null, 80.7, "lying", 10), -0.68],
  ])("%s", (_what, result, z) => {
    expect(result.z).toBe(z);
  });

  it("an interpolated z lies between the z of its two rows", () => {
    const low = boy(300, 70, "lying", 8).z ?? Number.NaN;
    const high = boy(300, 70.1, "lying", 8).z ?? Number.NaN;
    const mid = boy(300, 70.05, "lying", 8).z ?? Number.NaN;
    expect(mid).toBeLessThanOrEqual(low);
    expect(mid).toBeGreaterThanOrEqual(high);
  });
});

describe("weightForLength: restricted z beyond +-3 and categories", () => {
  // lying row 70.0: SD(k) = 8.4227 (1 - 0.3521 * 0.08229 k)^(1/-0.3521)
  const sd = (k: number) => 8.4227 * (1 - 0.3521 * 0.08229 * k) ** (1 / -0.3521);
  const at = (z: number) => (z > 3 ? sd(3) + (z - 3) * (sd(3) - sd(2)) : z < -3 ? sd(-3) + (z + 3) * (sd(-2) - sd(-3)) : sd(z));

  it.each([
    [-4, "gizi buruk"],
    [-3, "gizi kurang"],
    [-2, "gizi baik"],
    [1, "gizi baik"],
    [1.5, "berisiko gizi lebih"],
    [2, "berisiko gizi lebih"],
    [2.5, "gizi lebih"],
    [3, "gizi lebih"],
    [4, "obesitas"],
  ])("z %s -> %s", (z, category) => {
    const result = boy(300, 70, "lying", at(z));
    expect(result.z).toBe(z);
    expect(result.category).toBe(category);
  });

  it("flags |z| > 5 but not 5.00", () => {
    expect(boy(300, 70, "lying", at(5)).implausible).toBe(false);
    expect(boy(300, 70, "lying", at(-5)).implausible).toBe(false);
    expect(boy(300, 70, "lying", at(5.1))).toEqual({ z: 5.1, category: null, implausible: true });
    expect(boy(300, 70, "lying", at(-5.1)).implausible).toBe(true);
  });
});

describe("weightForLength: out of range -> null", () => {
  it.each([
    ["below the lying table (44.9 cm)", boy(100, 44.9, "lying", 3)],
    ["above the lying table (110.1 cm)", boy(700, 110.1, "lying", 18)],
    ["correction pushes past the lying table (109.5 standing at 730 d = 110.2)", boy(730, 109.5, "standing", 18)],
    ["below the standing table (64.9 cm)", boy(800, 64.9, "standing", 7)],
    ["above the standing table (120.05 cm)", boy(1500, 120.05, "standing", 22)],
    ["age past the tables", boy(1827, 100, "standing", 15)],
    ["zero weight", boy(300, 70, "lying", 0)],
  ])("%s", (_what, result) => {
    expect(result).toEqual({ z: null, category: null, implausible: false });
  });

  it("the last row (120.0 cm standing) is still in range", () => {
    expect(boy(1500, 120, "standing", 22).z).not.toBeNull();
  });
});
