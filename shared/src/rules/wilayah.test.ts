import { describe, expect, it } from "vitest";
import { isKodeDesa, isWilayahPrefix, wilayahLevel, wilayahWithin } from "./wilayah.ts";

describe("kode wilayah prefixes", () => {
  it.each([
    ["53", true],
    ["53.71", true],
    ["53.71.01", true],
    ["53.71.01.1001", false], // one village is no district
    ["53.7", false],
    ["5371", false],
    ["53.71.", false],
    [".53", false],
    ["53.71.01.10", false],
    ["", false],
    ["53 71", false],
  ])("%s is a prefix: %s", (value, ok) => {
    expect(isWilayahPrefix(value)).toBe(ok);
  });

  it.each([
    ["53.71.01.1001", true],
    ["53.71.01.2001", true],
    ["53.71.01", false],
    ["53.71.01.100", false],
    ["5371011001", false],
  ])("%s is a village code: %s", (value, ok) => {
    expect(isKodeDesa(value)).toBe(ok);
  });

  it.each([
    ["53", "provinsi"],
    ["53.71", "kabupaten"],
    ["53.71.01", "kecamatan"],
    ["53.71.01.1001", null],
  ])("%s is a %s", (prefix, level) => {
    expect(wilayahLevel(prefix)).toBe(level);
  });

  it.each([
    // code, prefix, within
    ["53.71.01.1001", "53", true],
    ["53.71.01.1001", "53.71", true],
    ["53.71.01.1001", "53.71.01", true],
    ["53.71.02.1001", "53.71.01", false],
    ["53.72.01.1001", "53.71", false],
    ["53.71.01", "53.71", true], // a narrower prefix (a kecamatan under its kota)
    ["53.71", "53.71", true],
    ["53", "53.71", false], // wider is not within
    ["53.71.11.1001", "53.71.1", false], // never character-wise: "53.71.1" is no prefix at all
    ["53.71.10.1001", "53.71.01", false],
    ["53.710.01.1001", "53.71", false],
    ["35.71.01.1001", "53", false],
    ["bukan", "53", false],
  ])("%s under %s: %s", (code, prefix, within) => {
    expect(wilayahWithin(code, prefix)).toBe(within);
  });
});
