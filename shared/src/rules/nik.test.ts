import { describe, expect, it } from "vitest";
import { NIK_MESSAGES } from "./idMessages.ts";
import { checkNikAgainstMember, maskNik, parseNik } from "./nik.ts";

const today = "2025-06-01";
/** region 327101 (Kota Bogor, kec. 01) + DDMMYY + serial */
const nik = (ddmmyy: string, region = "327101", serial = "0001") => region + ddmmyy + serial;
const parse = (text: string) => parseNik(text, { today });

describe("parseNik: valid numbers and what they tell", () => {
  it.each([
    ["man, day 01", nik("010190"), "1990-01-01", "M"],
    ["man, day 31", nik("311290"), "1990-12-31", "M"],
    ["woman, day 41 = 01", nik("410190"), "1990-01-01", "F"],
    ["woman, day 71 = 31", nik("710190"), "1990-01-31", "F"],
    ["29 Feb of leap year 2000", nik("290200"), "2000-02-29", "M"],
    ["29 Feb 2000 of a woman (69)", nik("690200"), "2000-02-29", "F"],
    ["province 11 (lowest)", nik("010190", "110101"), "1990-01-01", "M"],
    ["province 96 (highest)", nik("010190", "960101"), "1990-01-01", "M"],
  ])("%s", (_what, text, birthDate, sex) => {
    expect(parse(text)).toEqual({ valid: true, errors: [], warnings: [], regionCode: text.slice(0, 6), birthDate, sex });
  });
});

describe("parseNik: errors, one key per mistake", () => {
  it.each([
    ["day 00", nik("000190"), ["tanggal_tidak_valid"]],
    ["day 32", nik("320190"), ["tanggal_tidak_valid"]],
    ["day 40", nik("400190"), ["tanggal_tidak_valid"]],
    ["day 72", nik("720190"), ["tanggal_tidak_valid"]],
    ["month 00", nik("010090"), ["bulan_tidak_valid"]],
    ["month 13", nik("011390"), ["bulan_tidak_valid"]],
    ["serial 0000", nik("010190", "327101", "0000"), ["nomor_urut_0000"]],
    ["province 10", nik("010190", "100101"), ["provinsi_tidak_dikenal"]],
    ["province 97", nik("010190", "970101"), ["provinsi_tidak_dikenal"]],
    ["29 Feb of non-leap 2001", nik("290201"), ["tanggal_tidak_ada"]],
    ["31 Feb", nik("310290"), ["tanggal_tidak_ada"]],
    ["31 Apr of a woman (71)", nik("710490"), ["tanggal_tidak_ada"]],
    ["several at once", nik("011390", "970101", "0000"), ["provinsi_tidak_dikenal", "bulan_tidak_valid", "nomor_urut_0000"]],
    ["15 digits", "327101010190001", ["panjang_bukan_16"]],
    ["17 digits", "32710101019000011", ["panjang_bukan_16"]],
    ["letters", "3271O10101900001", ["bukan_angka"]],
    ["empty", "  ", ["kosong"]],
  ])("%s", (_what, text, errors) => {
    const result = parse(text);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(errors);
  });

  it("still reports what it could read next to an error", () => {
    const result = parse(nik("410190", "327101", "0000"));
    expect(result).toMatchObject({ regionCode: "327101", birthDate: "1990-01-01", sex: "F" });
  });

  it("gives a message for every key", () => {
    for (const key of ["panjang_bukan_16", "provinsi_tidak_dikenal", "tanggal_tidak_valid", "bulan_tidak_valid", "nomor_urut_0000"] as const) {
      expect(NIK_MESSAGES[key]).toMatch(/\w/);
    }
  });
});

describe("parseNik: typed separators are stripped", () => {
  it.each([["3271 0101 0190 0001"], ["32.71.01.010190.0001"], ["3271-01-010190-0001"], [" 3271010101900001 "], ["3271\u00a00101\u00a00190\u00a00001"]])(
    "%j",
    (text) => {
      expect(parse(text)).toMatchObject({ valid: true, birthDate: "1990-01-01" });
    },
  );
});

describe("parseNik: the century of YY", () => {
  it.each([
    ["24 is 2024 in 2025", nik("010524"), "2024-05-01"],
    ["25 with a day already past is 2025", nik("010525"), "2025-05-01"],
    ["today itself is 2025", nik("010625"), "2025-06-01"],
    ["25 with a day still to come is 1925", nik("020625"), "1925-06-02"],
    ["30 is 1930", nik("010130"), "1930-01-01"],
    ["00 is 2000", nik("010100"), "2000-01-01"],
  ])("%s", (_what, text, birthDate) => {
    expect(parse(text).birthDate).toBe(birthDate);
  });
});

describe("parseNik: unknown regions are never rejected", () => {
  it("accepts a kecamatan code that no current list holds", () => {
    expect(parse(nik("010190", "539999")).valid).toBe(true);
  });
  it("warns, without rejecting, on a 00 kabupaten or kecamatan", () => {
    expect(parse(nik("010190", "320001"))).toMatchObject({ valid: true, warnings: ["kode_wilayah_00"] });
    expect(parse(nik("010190", "530001")).warnings).toEqual(["kode_wilayah_00"]);
  });
});

describe("checkNikAgainstMember: warnings only", () => {
  it.each([
    ["agrees", nik("410190"), { sex: "F", birthDate: "1990-01-01" }, []],
    ["sex differs", nik("410190"), { sex: "M", birthDate: "1990-01-01" }, ["jenis_kelamin_tidak_cocok"]],
    ["birth date differs", nik("010190"), { sex: "M", birthDate: "1990-01-02" }, ["tanggal_lahir_tidak_cocok"]],
    ["both differ", nik("010190"), { sex: "F", birthDate: "1991-01-01" }, ["jenis_kelamin_tidak_cocok", "tanggal_lahir_tidak_cocok"]],
    ["only the century differs (born 1924, NIK reads 2024)", nik("050324"), { sex: "M", birthDate: "1924-03-05" }, []],
    ["member data missing", nik("010190"), { sex: null, birthDate: null }, []],
    ["NIK unreadable: parseNik reports it", "123", { sex: "M", birthDate: "1990-01-01" }, []],
  ] as const)("%s", (_what, text, member, warnings) => {
    expect(checkNikAgainstMember(text, member)).toEqual(warnings);
  });
});

describe("maskNik", () => {
  it.each([
    ["3271010101900001", "3271********0001"],
    ["3271 0101 0190 0001", "3271********0001"],
    ["12345678", "********"],
    ["", ""],
  ])("%j -> %j", (text, masked) => {
    expect(maskNik(text)).toBe(masked);
  });
});
