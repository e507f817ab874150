import { describe, expect, it } from "vitest";
import { weightForAge } from "./weightForAge.ts";

// Row M 365 of weianthro.txt: l 0.0645, m 9.646, s 0.10925.
// SD(k) = m (1 + l s k)^(1/l): SD-3 6.92598, SD-2 7.74068, SD2 11.98335, SD3 13.34147.
const boy365 = (weightKg: number) => weightForAge({ sex: "M", ageDays: 365, weightKg });

describe("weightForAge", () => {
  it("inside +-3 uses ((y/m)^l - 1)/(l s): 9 kg -> -0.633", () => {
    expect(boy365(9)).toEqual({ z: -0.63, category: "berat badan normal", implausible: false });
  });

  it("above +3 uses the restricted form 3 + (y - SD3)/(SD3 - SD2): 14 kg -> 3.485 (plain LMS would say 3.45)", () => {
    expect(boy365(14).z).toBe(3.48);
  });

  it("below -3 uses -3 + (y - SD-3)/(SD-2 - SD-3): 6.5 kg -> -3.523 (plain LMS would say -3.57)", () => {
    expect(boy365(6.5)).toEqual({ z: -3.52, category: "berat badan sangat kurang", implausible: false });
  });

  it("is continuous at SD3: the weight at SD3 gives exactly 3", () => {
    expect(boy365(13.341468096085686).z).toBe(3);
  });

  it("girl 180 d, 6 kg; row F 180: l -0.0729 m 7.265 s 0.12208", () => {
    const expected = ((6 / 7.265) ** -0.0729 - 1) / (-0.0729 * 0.12208); // -1.5845
    expect(weightForAge({ sex: "F", ageDays: 180, weightKg: 6 }).z).toBe(Math.round(expected * 100) / 100);
  });

  it.each([
    [-3.2, "berat badan sangat kurang"],
    [-3, "berat badan kurang"],
    [-2, "berat badan normal"],
    [1, "berat badan normal"],
    [1.2, "risiko berat badan lebih"],
  ])("z %s -> %s", (z, category) => {
    // weights inside +-3 invert the LMS formula exactly; -3.2 uses the linear tail
    const w = z < -3 ? 6.925979 + (z + 3) * (7.740676 - 6.925979) : 9.646 * (1 + 0.0645 * 0.10925 * z) ** (1 / 0.0645);
    expect(boy365(w).category).toBe(category);
  });

  it("flags z > 5 and z < -6 but not 5.00 or -6.00", () => {
    const sd3 = 13.341468096085686;
    const step = sd3 - 11.983347156327689;
    expect(boy365(sd3 + 2 * step).implausible).toBe(false); // z 5.00
    expect(boy365(sd3 + 2.02 * step)).toEqual({ z: 5.02, category: null, implausible: true });
    const sdm3 = 6.925979000631992;
    const stepDown = 7.740675930411767 - sdm3;
    expect(boy365(sdm3 - 3 * stepDown).implausible).toBe(false); // z -6.00
    expect(boy365(sdm3 - 3.02 * stepDown).implausible).toBe(true);
  });

  it.each([
    ["negative weight", { sex: "M", ageDays: 365, weightKg: -1 }],
    ["age past the table", { sex: "M", ageDays: 1827, weightKg: 18 }],
    ["NaN weight", { sex: "F", ageDays: 365, weightKg: Number.NaN }],
  ] as const)("%s -> null", (_what, input) => {
    expect(weightForAge(input).z).toBeNull();
  });
});
