import { describe, expect, it } from "vitest";
import { compareIdDigits, idDigits, isoBirthKey, nearIdKeys, nikBirthKey, nikSex } from "./identifiers.ts";

const NIK = "5371011412832968";
const swap = (s: string, i: number) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
const change = (s: string, i: number) => s.slice(0, i) + String((Number(s[i]) + 1) % 10) + s.slice(i + 1);

describe("idDigits: the 16 digits or nothing", () => {
  it.each([
    ["plain", NIK, NIK],
    ["with spaces and dots", "5371 0114.1283-2968", NIK],
    ["empty", "", ""],
    ["15 digits", NIK.slice(1), ""],
    ["Excel's scientific notation", "5.37101E+15", ""],
    ["letters", "53710114128329XX", ""],
  ])("%s", (_what, raw, expected) => {
    expect(idDigits(raw)).toBe(expected);
  });
});

describe("compareIdDigits", () => {
  it.each([
    ["the same", NIK, NIK, "sama"],
    ["one digit off at the start", NIK, change(NIK, 0), "beda_1_digit"],
    ["one digit off at the end (Excel's lost 16th digit)", NIK, NIK.slice(0, 15) + "0", "beda_1_digit"],
    ["two neighbours swapped", NIK, swap(NIK, 7), "tertukar"],
    ["two digits off apart", NIK, change(change(NIK, 2), 9), "beda"],
    ["two neighbours both changed, not swapped", NIK, change(change(NIK, 7), 8), "beda"],
    ["another number", NIK, "5371016512020009", "beda"],
  ])("%s", (_what, a, b, expected) => {
    expect(compareIdDigits(a, b)).toBe(expected);
    expect(compareIdDigits(b, a)).toBe(expected);
  });
});

describe("nearIdKeys: a number one digit off or with a swap shares a key with the true one", () => {
  const shares = (a: string, b: string) => nearIdKeys(a).some((k) => nearIdKeys(b).includes(k));
  it("for a wrong digit at every position", () => {
    for (let i = 0; i < 16; i++) expect(shares(NIK, change(NIK, i)), `position ${i + 1}`).toBe(true);
  });
  it("for a swap at every position, across chunk borders too", () => {
    for (let i = 0; i < 15; i++) if (NIK[i] !== NIK[i + 1]) expect(shares(NIK, swap(NIK, i)), `positions ${i + 1}-${i + 2}`).toBe(true);
  });
  it("not for another number", () => {
    expect(shares(NIK, "5371016512020009")).toBe(false);
  });
});

describe("birth dates and sex a NIK carries", () => {
  it.each([
    ["a man born 14 Dec 1983", NIK, "141283", "M"],
    ["a woman born 12 Feb 1992 (day + 40)", "5371015202923834", "120292", "F"],
    ["an impossible date", "5371013102923834", null, "M"],
    ["no NIK", "", null, null],
  ])("%s", (_what, nik, key, sex) => {
    expect(nikBirthKey(nik)).toBe(key);
    expect(nikSex(nik)).toBe(sex);
  });

  it("reads a recorded date as the NIK writes it", () => {
    expect(isoBirthKey("1992-02-12")).toBe("120292");
    expect(isoBirthKey("12/02/1992")).toBeNull();
    expect(isoBirthKey("")).toBeNull();
  });
});
