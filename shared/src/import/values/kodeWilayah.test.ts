import { describe, expect, it } from "vitest";
import { compareKodeWilayah, desaKey, parseKodeWilayah } from "./kodeWilayah.ts";

describe("parseKodeWilayah: Kemendagri and BPS layouts", () => {
  it.each([
    ["53.71.01.1001", "kemendagri", [53, 71, 1, 1001]],
    ["53.71.1.1001", "kemendagri", [53, 71, 1, 1001]],
    ["5371011001", "kemendagri", [53, 71, 1, 1001]],
    ["53.71.01.2003", "kemendagri", [53, 71, 1, 2003]],
    ["53.71.01", "kemendagri", [53, 71, 1]],
    ["53.71.010.001", "bps", [53, 71, 10, 1]],
    ["5371010001", "bps", [53, 71, 10, 1]],
    ["53.71.01.0001", "unknown", []],
    ["NAMOSAIN", "unknown", []],
  ])("%s", (text, layout, segments) => {
    expect(parseKodeWilayah(text)).toEqual({ layout, segments });
  });
});

describe("compareKodeWilayah: segment by segment, never character by character", () => {
  const k = parseKodeWilayah;
  it.each([
    ["53.71.01.1001", "53.71.01.1001", "same"],
    ["53.71.01.1001", "5371011001", "same"],
    ["53.71.01.1001", "53.71.1.1001", "same"],
    ["53.71.01.1001", "53.71.01.1002", "different"],
    ["53.71.01.1001", "53.71.02.1001", "different"],
    ["53.71.01.1001", "32.71.01.1001", "different"],
    ["53.71.01.1001", "53.71.01", "incomparable"],
    ["53.71.01.1001", "53.71.02", "different"],
    // A BPS code is another layout: "5371010001" shares most characters with the Kemendagri
    // code and would look almost equal character by character; it is not compared.
    ["53.71.01.1001", "5371010001", "incomparable"],
    ["53.71.01.1001", "53.71.010.001", "incomparable"],
  ])("%s vs %s: %s", (a, b, result) => {
    expect(compareKodeWilayah(k(a), k(b))).toBe(result);
  });
});

describe("desaKey", () => {
  it.each([
    ["NAMOSAIN", "namosain"],
    ["Kelurahan Namosain", "namosain"],
    ["KEL. NAMOSAIN", "namosain"],
    ["Desa Oebelo", "oebelo"],
    ["Nunbaun Sabu", "nunbaunsabu"],
  ])("%s -> %s", (name, key) => {
    expect(desaKey(name)).toBe(key);
  });
});
