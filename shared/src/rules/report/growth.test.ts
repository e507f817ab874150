import { describe, expect, it } from "vitest";
import { computeMonthlyReport } from "./compute.ts";
import { assessed, context, village } from "./fixtures.ts";
import type { GrowthRow, MonthlyReport } from "./types.ts";

const report = (month = "2026-11", households = village()) => computeMonthlyReport({ ...context({ month }), households: assessed(households) });

/**
 * [balita, diukur, cakupan %], TB/U [sangat pendek, pendek, normal, tinggi, stunting %], BB/TB [classified, buruk, kurang, wasting %],
 * BB/U [classified, sangat kurang, kurang, underweight %], ukur ulang.
 */
type Row = [[number, number | null, number | null], (number | null)[], (number | null)[], (number | null)[], number | null];
function growth([[balita, diukur, cakupan], tbu, bbtb, bbu, ukurUlang]: Row): GrowthRow {
  return {
    balita, diukur, cakupan,
    sangatPendek: tbu[0]!, pendek: tbu[1]!, normal: tbu[2]!, tinggi: tbu[3]!, stunting: tbu[4]!,
    bbtbDiukur: bbtb[0]!, giziBuruk: bbtb[1]!, giziKurang: bbtb[2]!, wasting: bbtb[3]!,
    bbuDiukur: bbu[0]!, bbSangatKurang: bbu[1]!, bbKurang: bbu[2]!, underweight: bbu[3]!,
    ukurUlang,
  };
}

describe("4. child growth in November, every column", () => {
  const g = report().growth;
  it.each<[string, (r: MonthlyReport["growth"]) => GrowthRow, Row]>([
    // a1 sangat pendek; c1 pendek; f1 pendek then normal (the month's last length counts); f2 weighed only;
    // g1 implausible (measure again, not classified); h1 tinggi; d1 not measured this month; g0 turned 60 months
    ["the village", (x) => x.total, [[7, 6, 85.7], [1, 1, 1, 1, 50], [4, 1, 1, 50], [6, 2, 1, 50], 1]],
    ["RW 1", (x) => x.byRw[0]!.row, [[3, 2, 66.7], [1, 1, 0, 0, 100], [2, 1, 1, 100], [2, 2, 0, 100], 0]],
    ["RW 1 RT 1", (x) => x.byRw[0]!.rts[0]!.row, [[1, 1, 100], [1, 0, 0, 0, 100], [1, 0, 1, 100], [1, 1, 0, 100], 0]],
    ["RW 1 RT 2", (x) => x.byRw[0]!.rts[1]!.row, [[2, 1, 50], [0, 1, 0, 0, 100], [1, 1, 0, 100], [1, 1, 0, 100], 0]],
    ["RW 2", (x) => x.byRw[1]!.row, [[3, 3, 100], [0, 0, 1, 1, 0], [2, 0, 0, 0], [3, 0, 1, 33.3], 0]],
    ["RW 2 RT 1", (x) => x.byRw[1]!.rts[0]!.row, [[2, 2, 100], [0, 0, 1, 0, 0], [1, 0, 0, 0], [2, 0, 1, 50], 0]],
    ["RW 2 RT 2", (x) => x.byRw[1]!.rts[1]!.row, [[1, 1, 100], [0, 0, 0, 1, 0], [1, 0, 0, 0], [1, 0, 0, 0], 0]],
    // g1's only length is implausible and 60 cm is beyond the BB/TB table: no class, so no count and no share
    ["RT/RW not recorded", (x) => x.byRw[2]!.row, [[1, 1, 100], [null, null, null, null, null], [0, null, null, null], [1, 0, 0, 0], 1]],
  ])("%s", (_, pick, row) => {
    expect(pick(g)).toEqual(growth(row));
  });

  it("says the village measured this month", () => {
    expect(g.measured).toBe(true);
  });
});

describe("4. a month with no measurement says tidak ada data", () => {
  const september = report("2026-09");
  it("counts the under-fives (a fact of the roster) and nothing else", () => {
    expect(september.growth.measured).toBe(false);
    expect(september.growth.total).toEqual(growth([[8, null, null], [null, null, null, null, null], [null, null, null, null], [null, null, null, null], null]));
  });
  it.each([0, 1, 2])("and so does every area (RW %s)", (i) => {
    const row = september.growth.byRw[i]!.row;
    expect([row.diukur, row.cakupan, row.sangatPendek, row.stunting, row.wasting, row.underweight]).toEqual([null, null, null, null, null, null]);
  });
});

describe("4. the 12-month trend", () => {
  it("has one point per month ending with the report's, no data as null", () => {
    const trend = report().growth.trend;
    expect(trend.map((p) => p.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    // a1 is born in March (8 under-fives from then); g0 turns 60 months in October (7 in November)
    expect(trend.map((p) => p.balita)).toEqual([7, 7, 7, 8, 8, 8, 8, 8, 8, 8, 8, 7]);
    expect(trend.map((p) => p.diukur)).toEqual([1, null, null, null, null, null, null, null, null, null, 2, 6]);
    expect(trend.map((p) => p.cakupan)).toEqual([14.3, null, null, null, null, null, null, null, null, null, 25, 85.7]);
    // October: c1 pendek, d1 normal
    expect(trend.map((p) => p.stunting)).toEqual([0, null, null, null, null, null, null, null, null, null, 50, 50]);
  });
  it("crosses the year: a January report starts in February of the year before", () => {
    const trend = computeMonthlyReport({ ...context({ month: "2026-01" }), households: [] }).growth.trend;
    expect([trend[0]!.month, trend[11]!.month]).toEqual(["2025-02", "2026-01"]);
  });
});
