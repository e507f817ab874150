import { describe, expect, it } from "vitest";
import type { KrsRecap } from "../screening/recap.ts";
import { computeMonthlyReport } from "./compute.ts";
import { assessed, context, TODAY, village } from "./fixtures.ts";

const report = (households = village()) => computeMonthlyReport({ ...context(), households: assessed(households) });

/** [jumlah, sasaran, KRS, tidak berisiko], KRS by rank [1, 2, 3, 4, >4, unknown], sasaran families [PUS, hamil, baduta, balita], factors [air, jamban, muda, tua, dekat, banyak, tidak KB]. */
function recap(counts: number[], ranks: number[], sasaran: number[], faktor: number[]): KrsRecap {
  const [jumlahKeluarga, keluargaSasaran, krs, tidakBerisiko] = counts as [number, number, number, number];
  const [pus, pusHamil, baduta, balita] = sasaran as [number, number, number, number];
  const f = faktor as [number, number, number, number, number, number, number];
  const r = ranks as [number, number, number, number, number, number];
  return {
    jumlahKeluarga, keluargaSasaran, krs, tidakBerisiko,
    krsByWelfareRank: { "1": r[0], "2": r[1], "3": r[2], "4": r[3], lebihDari4: r[4], tidakDiketahui: r[5] },
    sasaran: { pus, pusHamil, baduta, balita },
    // one wife and at most one child of each kind per family here: people = families
    sasaranJiwa: { pus, pusHamil, baduta, balita },
    faktor: { air_tidak_layak: f[0], jamban_tidak_layak: f[1], terlalu_muda: f[2], terlalu_tua: f[3], terlalu_dekat: f[4], terlalu_banyak: f[5], tidak_kb_modern: f[6] },
  };
}

describe("the fixture village says what its comments say", () => {
  it.each([
    ["a", true, ["jamban_tidak_layak"]],
    ["b", true, ["air_tidak_layak", "terlalu_muda"]],
    ["c", true, ["terlalu_tua", "terlalu_banyak"]],
    ["d", false, []],
    ["e", false, []],
    ["f", true, ["terlalu_dekat", "tidak_kb_modern"]],
    ["g", true, ["jamban_tidak_layak"]],
    ["h", false, []],
  ])("family %s: KRS %s because %j", (id, krs, factors) => {
    const h = assessed(village()).find((x) => x.household.id === id)!;
    expect(h.screening.isKrs).toBe(krs);
    expect(h.screening.factors).toEqual(factors);
  });
});

describe("2. Rekapitulasi KRS per RW and RT, every BKKBN column", () => {
  const krs = report().krs!;
  it.each([
    ["the village", () => krs.total, recap([8, 7, 5, 2], [1, 1, 0, 1, 1, 1], [7, 1, 4, 3], [1, 2, 1, 1, 1, 1, 1])],
    ["RW 1", () => krs.byRw[0]!.row, recap([4, 4, 3, 1], [0, 1, 0, 0, 1, 1], [4, 1, 2, 1], [1, 1, 1, 1, 0, 1, 0])],
    ["RW 1 RT 1", () => krs.byRw[0]!.rts[0]!.row, recap([2, 2, 2, 0], [0, 1, 0, 0, 1, 0], [2, 1, 1, 0], [1, 1, 1, 0, 0, 0, 0])],
    ["RW 1 RT 2", () => krs.byRw[0]!.rts[1]!.row, recap([2, 2, 1, 1], [0, 0, 0, 0, 0, 1], [2, 0, 1, 1], [0, 0, 0, 1, 0, 1, 0])],
    ["RW 2", () => krs.byRw[1]!.row, recap([3, 2, 1, 1], [1, 0, 0, 0, 0, 0], [2, 0, 2, 1], [0, 0, 0, 0, 1, 0, 1])],
    ["RW 2 RT 1", () => krs.byRw[1]!.rts[0]!.row, recap([2, 1, 1, 0], [1, 0, 0, 0, 0, 0], [1, 0, 1, 1], [0, 0, 0, 0, 1, 0, 1])],
    ["RW 2 RT 2", () => krs.byRw[1]!.rts[1]!.row, recap([1, 1, 0, 1], [0, 0, 0, 0, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0, 0, 0, 0])],
    ["RT/RW not recorded", () => krs.byRw[2]!.row, recap([1, 1, 1, 0], [0, 0, 0, 1, 0, 0], [1, 0, 0, 1], [0, 1, 0, 0, 0, 0, 0])],
  ])("%s", (_, row, expected) => {
    expect(row()).toEqual(expected);
  });

  it("orders areas by RW then RT, the unrecorded last", () => {
    expect(krs.byRw.map((a) => [a.rw, a.rts.map((r) => r.rt)])).toEqual([[1, [1, 2]], [2, [1, 2]], [null, [null]]]);
  });

  it("never sums the 4T: their mentions exceed the KRS families that have any", () => {
    const f = krs.total.faktor;
    expect(Object.keys(krs.total)).not.toContain("total4T");
    expect(f.terlalu_muda + f.terlalu_tua + f.terlalu_dekat + f.terlalu_banyak + f.tidak_kb_modern).toBe(5);
    expect(krs.total.krs).toBe(5);
  });

  it("takes ages on the month's last day for a past month: a wife of 19 in October is 20 by 22 November", () => {
    // b's wife was born 1 May 2008: 18 in both months; a wife born 10 Nov 2006 is 19 on 31 Oct and 20 on 22 Nov
    const households = village();
    households[1]!.members[1] = { ...households[1]!.members[1]!, birthDate: "2006-11-10" };
    const october = computeMonthlyReport({ ...context({ month: "2026-10" }), households: assessed(households, "2026-10-31") });
    const november = computeMonthlyReport({ ...context(), households: assessed(households, TODAY) });
    expect(october.identity.referenceDate).toBe("2026-10-31");
    expect(october.krs!.total.faktor.terlalu_muda).toBe(1);
    expect(november.krs!.total.faktor.terlalu_muda).toBe(0);
  });

  it("an empty roster has no recap: tidak ada data, not a row of zeros", () => {
    expect(report([]).krs).toBeNull();
  });
});

describe("3. KRS by welfare and the targeting gap", () => {
  it.each([
    ["the village", (r: ReturnType<typeof report>) => r.welfare!.total, { krs: 5, desil1_4: 3, desil5_10: 1, tanpaDesil: 1, gap: 2 }],
    ["RW 1", (r: ReturnType<typeof report>) => r.welfare!.byRw[0]!.row, { krs: 3, desil1_4: 1, desil5_10: 1, tanpaDesil: 1, gap: 1 }],
    ["RW 1 RT 1", (r: ReturnType<typeof report>) => r.welfare!.byRw[0]!.rts[0]!.row, { krs: 2, desil1_4: 1, desil5_10: 1, tanpaDesil: 0, gap: 1 }],
    ["RW 1 RT 2", (r: ReturnType<typeof report>) => r.welfare!.byRw[0]!.rts[1]!.row, { krs: 1, desil1_4: 0, desil5_10: 0, tanpaDesil: 1, gap: 0 }],
    ["RW 2 RT 1 (desil 1 with PKH: not the gap)", (r: ReturnType<typeof report>) => r.welfare!.byRw[1]!.rts[0]!.row, { krs: 1, desil1_4: 1, desil5_10: 0, tanpaDesil: 0, gap: 0 }],
    ["RW 2 RT 2 (no KRS)", (r: ReturnType<typeof report>) => r.welfare!.byRw[1]!.rts[1]!.row, { krs: 0, desil1_4: 0, desil5_10: 0, tanpaDesil: 0, gap: 0 }],
    ["RT/RW not recorded", (r: ReturnType<typeof report>) => r.welfare!.byRw[2]!.row, { krs: 1, desil1_4: 1, desil5_10: 0, tanpaDesil: 0, gap: 1 }],
  ])("%s", (_, row, expected) => {
    expect(row(report())).toEqual(expected);
  });

  it("is empty (null) before any social list was imported, whatever desil was typed by hand", () => {
    const r = computeMonthlyReport({ ...context({ batches: context().batches.filter((b) => b.kind === "keluarga") }), households: assessed(village()) });
    expect(r.welfare).toBeNull();
  });
});
