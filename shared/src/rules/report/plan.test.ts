import { describe, expect, it } from "vitest";
import { computeMonthlyReport } from "./compute.ts";
import { context, plan } from "./fixtures.ts";
import type { PlanActivityRow, PlanSection, PlanTotals } from "./types.ts";

const section = (month: string, today: string, patch: Parameters<typeof context>[0] = {}): PlanSection | null =>
  computeMonthlyReport({ ...context({ month, today, plan: plan(), ...patch }), households: [] }).plan;

type Row = Pick<PlanActivityRow, "id" | "kartu" | "tersalurkan" | "diterima" | "terjangkau" | "terjangkauDiterima" | "capaian" | "belumDicatat" | "anggaran" | "realisasi">;
const row = (id: string, r: Omit<Row, "id">): Row => ({ id, ...r });
const none = { kartu: 0, tersalurkan: 0, diterima: 0, terjangkau: 0, terjangkauDiterima: 0, capaian: 0, belumDicatat: 0 };

describe("8. the village plan's progress at the month's end", () => {
  it.each<[string, string, string, Row[], PlanTotals, PlanSection["bySource"]]>([
    [
      "November: k1 verified and k5 delivered by 30 Nov, k2 only claimed; spending by 30 Nov; p5 made 1 Nov WITA is in, p4 (December) and p3 (2027) are not",
      "2026-11",
      "2026-11-22",
      [
        row("p2", { ...none, kartu: 1, tersalurkan: 1, terjangkau: 1, capaian: 25, anggaran: 2_000_000, realisasi: 0 }),
        row("p1", { ...none, kartu: 2, tersalurkan: 1, diterima: 1, terjangkau: 6, terjangkauDiterima: 6, capaian: 60, anggaran: 15_000_000, realisasi: 5_000_000 }),
        row("p5", { ...none, capaian: null, anggaran: 500_000, realisasi: 0 }),
      ],
      { kegiatan: 3, denganKartu: 2, mencapaiSasaran: 0, kartu: 3, tersalurkan: 2, diterima: 1, anggaran: 17_500_000, realisasi: 5_000_000, barisBelumPasti: 1 },
      [
        { source: "dana_desa", anggaran: 15_000_000, realisasi: 5_000_000 },
        { source: "apbd_kabupaten", anggaran: 2_000_000, realisasi: 0 },
        { source: "swadaya", anggaran: 500_000, realisasi: 0 },
      ],
    ],
    [
      "October, printed later: k1 was in progress on 31 Oct, k2 and k5 did not exist yet, p5 was made the next day",
      "2026-10",
      "2026-11-22",
      [
        row("p2", { ...none, capaian: 0, anggaran: 2_000_000, realisasi: 0 }),
        row("p1", { ...none, kartu: 1, capaian: 0, anggaran: 15_000_000, realisasi: 5_000_000 }),
      ],
      { kegiatan: 2, denganKartu: 1, mencapaiSasaran: 0, kartu: 1, tersalurkan: 0, diterima: 0, anggaran: 17_000_000, realisasi: 5_000_000, barisBelumPasti: 1 },
      [
        { source: "dana_desa", anggaran: 15_000_000, realisasi: 5_000_000 },
        { source: "apbd_kabupaten", anggaran: 2_000_000, realisasi: 0 },
      ],
    ],
    [
      "December, running: p4 made 2 Dec is in (keagamaan first), the 1 Dec spending too",
      "2026-12",
      "2026-12-03",
      [
        row("p4", { ...none, anggaran: 0, realisasi: 0 }),
        row("p2", { ...none, kartu: 1, tersalurkan: 1, terjangkau: 1, capaian: 25, anggaran: 2_000_000, realisasi: 0 }),
        row("p1", { ...none, kartu: 2, tersalurkan: 1, diterima: 1, terjangkau: 6, terjangkauDiterima: 6, capaian: 60, anggaran: 15_000_000, realisasi: 7_000_000 }),
        row("p5", { ...none, capaian: null, anggaran: 500_000, realisasi: 0 }),
      ],
      { kegiatan: 4, denganKartu: 2, mencapaiSasaran: 0, kartu: 3, tersalurkan: 2, diterima: 1, anggaran: 17_500_000, realisasi: 7_000_000, barisBelumPasti: 1 },
      [
        { source: "dana_desa", anggaran: 15_000_000, realisasi: 7_000_000 },
        { source: "apbd_kabupaten", anggaran: 2_000_000, realisasi: 0 },
        { source: "swadaya", anggaran: 500_000, realisasi: 0 },
      ],
    ],
  ])("%s", (_name, month, today, rows, totals, bySource) => {
    const s = section(month, today)!;
    expect(s.year).toBe(2026);
    expect(s.activities.map((a) => ({ id: a.id, kartu: a.kartu, tersalurkan: a.tersalurkan, diterima: a.diterima, terjangkau: a.terjangkau, terjangkauDiterima: a.terjangkauDiterima, capaian: a.capaian, belumDicatat: a.belumDicatat, anggaran: a.anggaran, realisasi: a.realisasi }))).toEqual(rows);
    expect(s.totals).toEqual(totals);
    expect(s.bySource).toEqual(bySource);
  });

  it("a target met by verified cards counts the activity as reaching its target", () => {
    const p = plan();
    const s = section("2026-11", "2026-11-22", { plan: { ...p, activities: p.activities.map((a) => (a.id === "p1" ? { ...a, target: 6 } : a)) } })!;
    expect(s.totals!.mencapaiSasaran).toBe(1);
    expect(s.activities.find((a) => a.id === "p1")!.capaian).toBe(100);
  });

  it("a delivered group card whose number is not recorded reaches nothing and is counted as not recorded", () => {
    const p = plan();
    const s = section("2026-11", "2026-11-22", { plan: { ...p, cards: p.cards.map((c) => (c.id === "k1" ? { ...c, plan: { activityId: "p1", reached: null } } : c)) } })!;
    expect(s.activities.find((a) => a.id === "p1")).toMatchObject({ tersalurkan: 1, terjangkau: 0, belumDicatat: 1 });
  });

  it("a year whose plan holds no activity by the month's end is tidak ada data, not zero", () => {
    const s = section("2025-11", "2026-11-22")!;
    expect(s).toEqual({ year: 2025, totals: null, bySource: [], activities: [] });
  });

  it("a device that does not read the board counts no card, and still the budget and spending", () => {
    const s = section("2026-11", "2026-11-22", { board: null })!;
    expect(s.totals).toMatchObject({ kartu: 0, tersalurkan: 0, anggaran: 17_500_000, realisasi: 5_000_000 });
  });

  it("is absent where the device does not read the plan", () => {
    expect(section("2026-11", "2026-11-22", { plan: null })).toBeNull();
  });
});
