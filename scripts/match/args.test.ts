import { describe, expect, it } from "vitest";
import { parseMatchArgs } from "./args.ts";

describe("parseMatchArgs", () => {
  const base = ["--families", "f.csv", "--social", "s.xlsx", "--out", "pairs.csv"];
  it.each([
    [base, { families: "f.csv", social: "s.xlsx", out: "pairs.csv" }],
    [[...base, "--families-sheet", "PK 2026", "--social-sheet", "DTSEN"], { families: "f.csv", social: "s.xlsx", out: "pairs.csv", familiesSheet: "PK 2026", socialSheet: "DTSEN" }],
    [[...base, "--kode-wilayah", "53.71.01.1001"], { families: "f.csv", social: "s.xlsx", out: "pairs.csv", kodeWilayah: "53.71.01.1001" }],
    [[...base, "--auto", "12", "--review", "-5.5"], { families: "f.csv", social: "s.xlsx", out: "pairs.csv", autoThreshold: 12, reviewThreshold: -5.5 }],
  ])("reads %j", (argv, expected) => {
    expect(parseMatchArgs(argv)).toEqual(expected);
  });

  it.each([
    [["--families", "f.csv", "--social", "s.csv"], "--out wajib"],
    [["--social", "s.csv", "--out", "p.csv"], "--families wajib"],
    [[...base, "--verbose", "1"], "Argumen tidak dikenal: --verbose"],
    [["--families", "--social", "s.csv", "--out", "p.csv"], "--families perlu nilai"],
    [[...base, "--out", "q.csv"], "--out disebut dua kali"],
    [["--families", "f.csv", "--social", "s.csv", "--out", "f.csv"], "--out tidak boleh menimpa berkas masukan"],
    [[...base, "--auto", "tinggi"], "--auto harus angka (skor log2), mis. 10"],
    [[...base, "--review", ""], "--review harus angka (skor log2), mis. 10"],
    [[...base, "--auto", "2", "--review", "5"], "--review tidak boleh lebih tinggi dari --auto"],
  ])("refuses %j", (argv, message) => {
    expect(parseMatchArgs(argv)).toBe(message);
  });
});
