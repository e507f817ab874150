import { describe, expect, it } from "vitest";
import { REPORT_INDICATORS, type Household } from "../../model/index.ts";
import { computeMonthlyReport } from "./compute.ts";
import { assessed, BATCHES, board, context, MEETINGS, village, VISITS } from "./fixtures.ts";
import { toSentReport } from "./sent.ts";

/** Every leaf of a plain value, with its path. */
function leaves(value: unknown, path = "$"): Array<[string, unknown]> {
  if (value === null || typeof value !== "object") return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
}

/**
 * The fixture village with personal data and free text everywhere a report's input can hold it:
 * names, NIKs, No. KK, addresses, notes, family ids, file names, who imported, meeting titles, visit notes.
 */
function personalInput() {
  const secret = (what: string) => `RAHASIA ${what} Agustina Seran`;
  const idOf = (id: string) => `keluarga-${id}-rahasia`;
  const households: Household[] = village().map((h) => ({
    ...h,
    id: idOf(h.id),
    kepala: secret(`kepala ${h.id}`),
    noKk: "5371012208150003",
    alamat: secret(`alamat ${h.id}`),
    dusun: secret("dusun"),
    notes: secret(`catatan ${h.id}`),
    consent: { by: secret("persetujuan"), at: "2026-01-05", how: "tertulis" },
    members: h.members.map((m, i) => ({ ...m, nama: secret(`anggota ${h.id}${i}`), nik: m.nik === "" ? "" : `53710113049${String(10000 + i).slice(1)}` })),
    measurements: h.measurements.map((x) => ({ ...x, measuredBy: secret("pengukur") })),
  }));
  const b = board();
  const input = {
    ...context({
      profile: { name: secret("desa"), kodeWilayah: "53.71.01.1001" },
      batches: BATCHES.map((x) => ({ ...x, by: secret("pengimpor"), source: { fileName: secret("berkas.xlsx"), sheet: secret("lembar"), listName: secret("daftar") } })),
      board: { ...b, needs: b.needs.map((n) => ({ ...n, familyId: idOf(n.familyId) })), claims: b.claims.map((c) => ({ ...c, familyId: idOf(c.familyId) })) },
      meetings: MEETINGS.map((m) => ({ ...m, meeting: { ...m.meeting, title: secret(`rapat ${m.meeting.id}`) } })),
      visits: VISITS.map((v) => ({ ...v, householdId: idOf(v.householdId), visitor: secret("kader"), notes: secret("catatan kunjungan"), by: secret("pencatat") })),
    }),
    households: assessed(households),
  };
  const planted = leaves(input)
    .map(([, v]) => v)
    .filter((v): v is string => typeof v === "string" && (v.includes("RAHASIA") || v.includes("rahasia") || /^\d{16}$/.test(v)));
  return { input, planted: [...new Set(planted)] };
}

describe("toSentReport: what a village sends up is numbers only", () => {
  const { input, planted } = personalInput();
  const report = computeMonthlyReport(input);
  const sent = toSentReport(report);
  const json = JSON.stringify(sent);

  it("the input really holds names, NIKs, ids and free text (and the report shown on the device has some)", () => {
    expect(planted.length).toBeGreaterThan(40);
    expect(JSON.stringify(report)).toContain("RAHASIA");
  });

  it("holds none of them", () => {
    for (const text of planted) expect(json, text).not.toContain(text);
    expect(json).not.toMatch(/RAHASIA|rahasia|Agustina|\d{10,}/);
  });

  it("has no string but the month, and every other leaf is a number or null", () => {
    for (const [path, value] of leaves(sent)) {
      if (path === "$.month") expect(value).toBe("2026-11");
      else expect(value === null || (typeof value === "number" && Number.isFinite(value)), `${path} = ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it("uses only the agreed indicator keys and the agreed shape", () => {
    const known = new Set<string>(REPORT_INDICATORS);
    expect(Object.keys(sent).sort()).toEqual(["byRw", "indicators", "month", "schema"]);
    for (const key of Object.keys(sent.indicators)) expect(known.has(key), key).toBe(true);
    for (const area of sent.byRw) {
      expect(Object.keys(area).sort()).toEqual(["indicators", "rw"]);
      for (const key of Object.keys(area.indicators)) expect(known.has(key), key).toBe(true);
    }
  });
});

describe("toSentReport: the numbers", () => {
  const report = computeMonthlyReport({ ...context(), households: assessed(village()) });
  const sent = toSentReport(report);

  it("sends the village's indicators from the report's sections", () => {
    expect(sent.indicators).toEqual({
      jumlahKeluarga: 8, keluargaSasaran: 7, krs: 5, tidakBerisiko: 2, sasaranPus: 7, sasaranPusHamil: 1, sasaranBaduta: 4, sasaranBalita: 3,
      airTidakLayak: 1, jambanTidakLayak: 2, terlaluMuda: 1, terlaluTua: 1, terlaluDekat: 1, terlaluBanyak: 1, tidakKbModern: 1,
      krsDesil1sd4: 3, krsDesil5sd10: 1, krsTanpaDesil: 1, krsDesil1sd4TanpaBantuan: 2,
      balitaSasaran: 7, balitaDiukur: 6, tbuSangatPendek: 1, tbuPendek: 1, tbuNormal: 1, tbuTinggi: 1, bbtbGiziBuruk: 1, bbtbGiziKurang: 1, bbuSangatKurang: 2, bbuKurang: 1,
      intervensiTerbuka: 1, intervensiDiklaim: 1, intervensiBerjalan: 1, intervensiTersalurkan: 1, intervensiDiterima: 1, klaimGandaDitolak: 2, keluargaDenganKebutuhanDiklaim: 2,
      kunjungan: 4, krsDidampingi: 1,
      rapat: 2, keputusan: 2, tindakLanjutTerbuka: 2, tindakLanjutSelesai: 2,
    });
  });

  it("sends each recorded RW (families without RT/RW count in the village only)", () => {
    expect(sent.byRw.map((a) => [a.rw, a.indicators.jumlahKeluarga, a.indicators.krs, a.indicators.krsDesil1sd4TanpaBantuan, a.indicators.balitaDiukur, a.indicators.tbuPendek, a.indicators.krsDidampingi])).toEqual([
      [1, 4, 3, 1, 2, 1, 1],
      [2, 3, 1, 0, 3, 0, 0],
    ]);
  });

  it("sends tidak ada data as null, never 0: no measurement, no visit, no social list, no board, no meeting", () => {
    const empty = toSentReport(computeMonthlyReport({ ...context({ month: "2026-09", visits: [], batches: [], board: null, meetings: null }), households: assessed(village()) }));
    for (const key of ["balitaDiukur", "tbuPendek", "bbtbGiziBuruk", "kunjungan", "krsDidampingi", "krsDesil1sd4", "intervensiTerbuka", "rapat", "tindakLanjutTerbuka"] as const) {
      expect(empty.indicators[key], key).toBeNull();
    }
    expect(empty.indicators.balitaSasaran).toBe(8);
    expect(empty.byRw[0]!.indicators.balitaDiukur).toBeNull();
    expect(empty.byRw[0]!.indicators).not.toHaveProperty("krsDesil1sd4");
  });

  it("an empty roster sends no family counts as zeros", () => {
    const none = toSentReport(computeMonthlyReport({ ...context({ board: null, meetings: null, visits: [] }), households: [] }));
    expect(none.indicators.jumlahKeluarga).toBeNull();
    expect(none.indicators.balitaSasaran).toBeNull();
    expect(none.byRw).toEqual([]);
  });
});
