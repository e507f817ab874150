import { describe, expect, it } from "vitest";
import { NO_KK_MESSAGES } from "./idMessages.ts";
import { parseNoKk } from "./noKk.ts";

const today = "2025-06-01";
const kk = (ddmmyy: string, region = "537101", serial = "0012") => region + ddmmyy + serial;

describe("parseNoKk", () => {
  it("reads region and issue date", () => {
    expect(parseNoKk(kk("150312"), { today })).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      regionCode: "537101",
      issueDate: "2012-03-15",
    });
  });

  it.each([
    ["day 41 (no +40 on a KK)", kk("410312"), ["tanggal_tidak_valid"]],
    ["day 00", kk("000312"), ["tanggal_tidak_valid"]],
    ["month 13", kk("151312"), ["bulan_tidak_valid"]],
    ["31 Feb", kk("310212"), ["tanggal_tidak_ada"]],
    ["29 Feb 2013", kk("290213"), ["tanggal_tidak_ada"]],
    ["serial 0000", kk("150312", "537101", "0000"), ["nomor_urut_0000"]],
    ["province 97", kk("150312", "970101"), ["provinsi_tidak_dikenal"]],
    ["14 digits", "53710115031200", ["panjang_bukan_16"]],
  ])("%s", (_what, text, errors) => {
    expect(parseNoKk(text, { today }).errors).toEqual(errors);
  });

  it("accepts 29 Feb 2012 and typed separators", () => {
    expect(parseNoKk("5371 0129 0212 0012", { today }).issueDate).toBe("2012-02-29");
  });

  it("has a message for every key", () => {
    expect(Object.values(NO_KK_MESSAGES).every((m) => m.length > 10)).toBe(true);
  });
});
