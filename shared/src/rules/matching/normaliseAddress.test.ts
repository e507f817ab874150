import { describe, expect, it } from "vitest";
import { normaliseRtRw } from "../../model/household.ts";
import { normaliseAddress } from "./normaliseAddress.ts";

describe("normaliseAddress: street and house number", () => {
  it.each([
    ["Jl. Sukun No. 17", "sukun", "17"],
    ["Jalan Sukun No. 17", "sukun", "17"],
    ["JL Sukun No. 17", "sukun", "17"],
    ["JLN. SUKUN NO. 17", "sukun", "17"],
    ["Jln. Sukun Nomor 17", "sukun", "17"],
    ["Jl.Sukun No.17", "sukun", "17"],
    ["Jalan Sukun 17", "sukun", "17"],
    ["Gg. 3 Melati", "gg 3 melati", ""],
    ["Jl. Sukun No. 17A", "sukun", "17a"],
    ["Jl. Sukun No. 007", "sukun", "7"],
    ["JL Sukun (no number)", "sukun", ""],
    ["Gg. Melati No. 3", "gg melati", "3"],
    ["Gang Melati No. 3", "gg melati", "3"],
    ["Jl. Soekarno Hatta No. 5", "sukarno hata", "5"],
    ["Jl. Sukun No. 17 RT 03 RW 02 Kel. Namosain", "sukun", "17"],
    ["", "", ""],
  ])("%s", (raw, street, number) => {
    expect(normaliseAddress(raw)).toEqual({ street, number });
  });

  it("writes the same street the same way whatever the road word", () => {
    const streets = ["Jl. Kelapa No. 29", "Jln. Kelapa No. 29", "JALAN KELAPA NO. 29", "JL. KELAPA NO. 29"].map(normaliseAddress);
    expect(new Set(streets.map((s) => `${s.street}|${s.number}`)).size).toBe(1);
  });
});

describe("normaliseRtRw", () => {
  it.each([
    ["003", 3],
    ["3", 3],
    ["RT 03", 3],
    ["RW 02", 2],
    ["rt.3", 3],
    ["RT03", 3],
    [" 12 ", 12],
    ["", null],
    ["0", null],
    ["000", null],
    ["tiga", null],
    ["3/2", null],
  ])("%s -> %s", (raw, expected) => {
    expect(normaliseRtRw(raw)).toBe(expected);
  });

  it("takes numbers as they are", () => {
    expect(normaliseRtRw(7)).toBe(7);
    expect(normaliseRtRw(0)).toBeNull();
    expect(normaliseRtRw(2.5)).toBeNull();
    expect(normaliseRtRw(null)).toBeNull();
  });
});
