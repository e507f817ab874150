import { describe, expect, it } from "vitest";
import { formatRupiah, parseCount, parseRupiah, type RupiahReading } from "./rupiah.ts";

describe("parseRupiah", () => {
  it.each<[string, RupiahReading]>([
    ["Rp 1.500.000", { ok: true, value: 1_500_000 }],
    ["Rp1.500.000,00", { ok: true, value: 1_500_000 }],
    ["Rp. 1.500.000,-", { ok: true, value: 1_500_000 }],
    ["rp 750.000", { ok: true, value: 750_000 }],
    ["1500000", { ok: true, value: 1_500_000 }],
    ["  25.000  ", { ok: true, value: 25_000 }],
    ["0", { ok: true, value: 0 }],
    ["1,5 juta", { ok: true, value: 1_500_000 }],
    ["1,25 jt", { ok: true, value: 1_250_000 }],
    ["750 rb", { ok: true, value: 750_000 }],
    ["2 M", { ok: true, value: 2_000_000_000 }],
    ["", { ok: true, value: null }],
    ["Rp", { ok: true, value: null }],
    // a dot separates thousands only, a comma starts sen: nothing is guessed
    ["1.5", { ok: false, error: "not_a_number" }],
    ["1.50.000", { ok: false, error: "not_a_number" }],
    ["1,500", { ok: false, error: "has_sen" }],
    ["Rp 1.500.000,50", { ok: false, error: "has_sen" }],
    ["1,0005 rb", { ok: false, error: "has_sen" }],
    ["lima ratus ribu", { ok: false, error: "not_a_number" }],
    ["1,5 kilo", { ok: false, error: "not_a_number" }],
    ["-500.000", { ok: false, error: "not_a_number" }],
    ["20 triliun", { ok: false, error: "too_large" }],
    ["99999999999999999", { ok: false, error: "too_large" }],
  ])("%j -> %j", (input, reading) => {
    expect(parseRupiah(input)).toEqual(reading);
  });
});

describe("formatRupiah", () => {
  it.each<[number, string]>([
    [0, "Rp 0"],
    [500, "Rp 500"],
    [1_500_000, "Rp 1.500.000"],
    [1_234_567_890, "Rp 1.234.567.890"],
  ])("%d -> %s", (value, text) => {
    expect(formatRupiah(value)).toBe(text);
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });
});

describe("parseCount", () => {
  it.each<[string, number | null | undefined]>([
    ["35", 35],
    ["1.200", 1200],
    ["", null],
    ["3,5", undefined],
    ["-2", undefined],
    ["tiga", undefined],
    ["20000000", undefined],
  ])("%j -> %j", (input, value) => {
    expect(parseCount(input, 10_000_000)).toBe(value);
  });
});
