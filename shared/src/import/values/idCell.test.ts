import { describe, expect, it } from "vitest";
import type { Cell, NumberCell } from "../types.ts";
import { columnLooksTruncated, expandNumberText, readIdCell } from "./idCell.ts";

const num = (text: string): NumberCell => ({ kind: "number", value: Number(text), text });

describe("readIdCell: what Excel did to a NIK or No. KK", () => {
  it.each<[string, Cell, { digits: string; excel: string | null; blank: boolean }]>([
    ["plain text", "5371011303803944", { digits: "5371011303803944", excel: null, blank: false }],
    ["spaces and dots as typed from a KTP", "5371 0113 0380 3944", { digits: "5371011303803944", excel: null, blank: false }],
    ["Excel's text apostrophe", "'5371011303803944", { digits: "5371011303803944", excel: null, blank: false }],
    ["empty", null, { digits: "", excel: null, blank: true }],
    ["a dash for none", "-", { digits: "", excel: null, blank: true }],
    ["scientific notation from a narrow General column", "5.37101E+15", { digits: "", excel: "notasi_ilmiah", blank: false }],
    ["scientific notation with a decimal comma", "5,37101E+15", { digits: "", excel: "notasi_ilmiah", blank: false }],
    ["scientific notation that kept every digit", "5.371011303803944E+15", { digits: "5371011303803944", excel: "sel_angka", blank: false }],
    ["a number cell Excel cut to 15 digits", num("5371011303803940"), { digits: "", excel: "angka_terpotong", blank: false }],
    ["a number cell stored in exponent form", num("5.3710113038039E+15"), { digits: "", excel: "angka_terpotong", blank: false }],
    ["a number cell with all 16 digits (written by a program)", num("5371011303803944"), { digits: "5371011303803944", excel: "sel_angka", blank: false }],
    ["a number cell above 2^53 keeps its digits as stored", num("9671011303803945"), { digits: "9671011303803945", excel: "sel_angka", blank: false }],
    ["a number written with .0", "5371011303803944.0", { digits: "5371011303803944", excel: "sel_angka", blank: false }],
    ["letters stay for parseNik to name", "53710113O3803944", { digits: "53710113O3803944", excel: null, blank: false }],
  ])("%s", (_what, cell, expected) => {
    expect(readIdCell(cell)).toMatchObject(expected);
  });
});

describe("expandNumberText", () => {
  it.each([
    ["5371011303803944", "5371011303803944", 16],
    ["5.37101E+15", "5371010000000000", 6],
    ["5.3710113038039E+15", "5371011303803900", 14],
    ["3", "3", 1],
  ])("%s -> %s (%i significant)", (text, digits, significant) => {
    expect(expandNumberText(text)).toEqual({ digits, significant });
  });

  it("refuses a fraction", () => {
    expect(expandNumberText("12.5")).toBeNull();
  });
});

describe("columnLooksTruncated: a CSV column that went through Excel as numbers", () => {
  const ending = (last: string, n: number) => Array.from({ length: n }, (_, i) => `53710113038${String(i).padStart(4, "0")}${last}`);

  it("is true when nearly every 16-digit value ends in 0", () => {
    expect(columnLooksTruncated([...ending("0", 19), "5371011303803944"])).toBe(true);
  });

  it("is false for real NIKs, one in ten of which ends in 0", () => {
    const real = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"].flatMap((d) => ending(d, 2));
    expect(columnLooksTruncated(real)).toBe(false);
  });

  it("needs at least five values to say so", () => {
    expect(columnLooksTruncated(ending("0", 4))).toBe(false);
  });
});
