import { describe, expect, it } from "vitest";
import { checkSentReport } from "./monthlyReportCheck.ts";

const NOW = new Date("2026-05-10T03:00:00Z");
const good = () => ({
  schema: 1,
  month: "2026-04",
  indicators: { jumlahKeluarga: 870, krs: 120, balitaDiukur: null },
  byRw: [
    { rw: 2, indicators: { krs: 70 } },
    { rw: 1, indicators: { krs: 50, jumlahKeluarga: 400 } },
  ],
});

describe("a sent report is checked strictly against the contract", () => {
  it("accepts numbers and null, and orders the RWs", () => {
    const check = checkSentReport(good(), NOW);
    expect(check).toEqual({
      ok: true,
      report: {
        schema: 1,
        month: "2026-04",
        indicators: { jumlahKeluarga: 870, krs: 120, balitaDiukur: null },
        byRw: [
          { rw: 1, indicators: { krs: 50, jumlahKeluarga: 400 } },
          { rw: 2, indicators: { krs: 70 } },
        ],
      },
    });
  });

  it("accepts the current month in Indonesia on the 1st at 08:00 WIT (still the previous month in UTC)", () => {
    expect(checkSentReport({ ...good(), month: "2026-06" }, new Date("2026-05-31T23:00:00Z")).ok).toBe(true);
  });

  const cases: Array<[string, (r: ReturnType<typeof good>) => unknown, RegExp]> = [
    ["not an object", () => "laporan", /objek JSON/],
    ["an array", () => [], /objek JSON/],
    ["a name beside the numbers", (r) => ({ ...r, kepala: "Yohanes Bria" }), /tidak dikenal: "kepala"/],
    ["another schema", (r) => ({ ...r, schema: 2 }), /schema/],
    ["a month that is no month", (r) => ({ ...r, month: "2026-13" }), /YYYY-MM/],
    ["a month as a date", (r) => ({ ...r, month: "2026-04-01" }), /YYYY-MM/],
    ["a month in the future", (r) => ({ ...r, month: "2026-07" }), /belum tiba/],
    ["a month long ago", (r) => ({ ...r, month: "2019-12" }), /terlalu lama/],
    ["an unknown indicator", (r) => ({ ...r, indicators: { ...r.indicators, namaKader: 1 } }), /tidak dikenal "namaKader"/],
    ["__proto__ as an indicator", (r) => ({ ...r, indicators: JSON.parse('{"__proto__": 1}') }), /tidak dikenal "__proto__"/],
    ["text as a value", (r) => ({ ...r, indicators: { krs: "Siti Aminah" } }), /harus angka atau null/],
    ["a number as text", (r) => ({ ...r, indicators: { krs: "12" } }), /harus angka atau null/],
    ["a negative count", (r) => ({ ...r, indicators: { krs: -1 } }), /negatif/],
    ["an absurd count", (r) => ({ ...r, indicators: { krs: 1e12 } }), /terlalu besar/],
    ["an object as a value", (r) => ({ ...r, indicators: { krs: { nama: "x" } } }), /harus angka atau null/],
    ["indicators as a list", (r) => ({ ...r, indicators: [1, 2] }), /indicators harus objek/],
    ["byRw missing", (r) => ({ schema: r.schema, month: r.month, indicators: r.indicators }), /byRw harus daftar/],
    ["an RW that is no number", (r) => ({ ...r, byRw: [{ rw: "03", indicators: {} }] }), /Nomor RW/],
    ["RW 0", (r) => ({ ...r, byRw: [{ rw: 0, indicators: {} }] }), /Nomor RW/],
    ["RW 2.5", (r) => ({ ...r, byRw: [{ rw: 2.5, indicators: {} }] }), /Nomor RW/],
    ["an RW twice", (r) => ({ ...r, byRw: [{ rw: 1, indicators: {} }, { rw: 1, indicators: {} }] }), /dua kali/],
    ["a name in an RW row", (r) => ({ ...r, byRw: [{ rw: 1, indicators: {}, ketua: "Pak RW" }] }), /tidak dikenal: "ketua"/],
    ["text in an RW's numbers", (r) => ({ ...r, byRw: [{ rw: 1, indicators: { krs: "banyak" } }] }), /RW 1: nilai krs/],
  ];
  it.each(cases)("refuses %s with a clear message", (_name, make, message) => {
    const check = checkSentReport(make(good()), NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it("quotes at most 40 characters of what was sent", () => {
    const check = checkSentReport({ ...good(), [`x${"a".repeat(500)}`]: 1 }, NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message.length).toBeLessThan(120);
  });
});
