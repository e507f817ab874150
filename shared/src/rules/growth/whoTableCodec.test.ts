import { describe, expect, it } from "vitest";
import { decodeColumn, encodeColumn } from "./whoTableCodec.ts";

describe("a WHO table column survives encoding exactly", () => {
  it.each([
    ["a length column (4 decimals)", [49.8842, 50.0601, 50.2359, 50.4118, 50.5876]],
    ["a coefficient of variation (5 decimals)", [0.03795, 0.03785, 0.03775, 0.03764]],
    ["negative Box-Cox powers", [-0.3521, -0.3521, 0.1738, -0.0631, 0]],
    ["integers only", [1, 2, 4, 8, 16]],
    ["jumps far beyond one character", [0, 123456.789, -98765.4321, 7, 0.5]],
    ["one row", [3.3464]],
    ["no rows", []],
  ])("%s", (_, values) => {
    const text = encodeColumn(values);
    expect(decodeColumn(text)).toEqual(values);
    // exactly the same doubles, not merely close ones
    decodeColumn(text).forEach((v, i) => expect(Object.is(v, values[i])).toBe(true));
  });

  it("spends one character per row on a smooth column", () => {
    const smooth = Array.from({ length: 1000 }, (_, i) => Math.round((50 + 0.17 * i - 0.00004 * i * i) * 1e4) / 1e4);
    expect(encodeColumn(smooth).length).toBeLessThan(1000 * 1.1);
  });
});

describe("a column that cannot come back exactly is refused", () => {
  it.each([
    ["binary noise (17 decimals)", [0.1 + 0.2]],
    ["not a number", [1, Number.NaN]],
    ["infinity", [Number.POSITIVE_INFINITY]],
    ["exponent notation", [1e-12]],
  ])("%s", (_, values) => {
    expect(() => encodeColumn(values)).toThrow();
  });

  it.each([
    ["no decimals digit", "A0"],
    ["a character outside the alphabet", "4AB*"],
    ["a number cut in the middle", "4A_"],
  ])("decoding refuses %s", (_, text) => {
    expect(() => decodeColumn(text)).toThrow();
  });
});
