import { describe, expect, it } from "vitest";
import { districtRows, districtValue, sortDistrictRows, villageTrend, type DistrictOverview, type DistrictReport } from "./districtView.ts";

const report = (workspace: string, month: string, indicators: DistrictReport["indicators"]): DistrictReport => ({
  workspace, kodeWilayah: `53.71.01.${workspace}`, villageName: workspace, month, version: 1, receivedAt: "2026-05-02T00:00:00.000Z", indicators,
});

describe("district columns from a village's numbers", () => {
  it.each([
    ["krs", { krs: 12 }, 12],
    ["krs", { krs: null }, null],
    ["krs", {}, null],
    ["krs", { krs: 0 }, 0],
    ["krsDidampingi", { krsDidampingi: 5 }, 5],
    ["prevalensi", { tbuSangatPendek: 2, tbuPendek: 3, balitaDiukur: 50 }, 10],
    ["prevalensi", { tbuSangatPendek: 0, tbuPendek: 0, balitaDiukur: 40 }, 0],
    ["prevalensi", { tbuSangatPendek: 2, tbuPendek: null, balitaDiukur: 50 }, null],
    ["prevalensi", { tbuSangatPendek: 2, tbuPendek: 3, balitaDiukur: 0 }, null],
    ["cakupan", { balitaDiukur: 45, balitaSasaran: 60 }, 75],
    ["cakupan", { balitaDiukur: 45, balitaSasaran: null }, null],
    ["intervensiSelesai", { intervensiTersalurkan: 3, intervensiDiterima: 4 }, 7],
    ["intervensiSelesai", { intervensiTersalurkan: 3 }, 3],
    ["intervensiSelesai", { intervensiTersalurkan: null, intervensiDiterima: null }, null],
  ] as const)("%s of %j is %s", (column, indicators, value) => {
    expect(districtValue(indicators, column)).toBe(value);
  });
});

const overview: DistrictOverview = {
  wilayah: "53.71.01",
  months: ["2026-02", "2026-03", "2026-04"],
  villages: [
    { workspace: "a", kodeWilayah: "53.71.01.1001", name: "Alak" },
    { workspace: "b", kodeWilayah: "53.71.01.1002", name: "Batuplat" },
    { workspace: "c", kodeWilayah: "53.71.01.1003", name: "Manulai" },
  ],
  reports: [
    report("a", "2026-04", { krs: 30, tbuSangatPendek: 1, tbuPendek: 4, balitaDiukur: 50 }),
    report("a", "2026-02", { krs: 34, tbuSangatPendek: 2, tbuPendek: 4, balitaDiukur: 40 }),
    report("b", "2026-04", { krs: 50 }),
    // reported under this prefix, registered elsewhere since
    { ...report("moved", "2026-04", { krs: 9 }), villageName: "Pindah" },
  ],
};

describe("the district's rows for a month", () => {
  it("lists every registered village, with its report or none (belum melapor), and a village that reported here", () => {
    const rows = districtRows(overview, "2026-04");
    expect(rows.map((r) => [r.workspace, r.report !== null, r.values.krs])).toEqual([
      ["a", true, 30],
      ["b", true, 50],
      ["c", false, null],
      ["moved", true, 9],
    ]);
    expect(rows[0]!.values.prevalensi).toBe(10);
    expect(rows[1]!.values.prevalensi).toBeNull();
    expect(rows.find((r) => r.workspace === "moved")!.name).toBe("Pindah");
    expect(districtRows(overview, "2026-03").filter((r) => r.report === null).map((r) => r.workspace)).toEqual(["a", "b", "c"]);
  });

  it("sorts by a column both ways with no-data rows last, and by name", () => {
    const rows = districtRows(overview, "2026-04");
    expect(sortDistrictRows(rows, "krs", "desc").map((r) => r.workspace)).toEqual(["b", "a", "moved", "c"]);
    expect(sortDistrictRows(rows, "krs", "asc").map((r) => r.workspace)).toEqual(["moved", "a", "b", "c"]);
    expect(sortDistrictRows(rows, "prevalensi", "asc").map((r) => r.workspace)).toEqual(["a", "b", "c", "moved"]);
    expect(sortDistrictRows(rows, "name", "asc").map((r) => r.name)).toEqual(["Alak", "Batuplat", "Manulai", "Pindah"]);
  });

  it("gives a village's trend over the months, null where it did not report", () => {
    expect(villageTrend(overview, "a", "krs")).toEqual([
      { month: "2026-02", value: 34 },
      { month: "2026-03", value: null },
      { month: "2026-04", value: 30 },
    ]);
    expect(villageTrend(overview, "a", "prevalensi").map((p) => p.value)).toEqual([15, null, 10]);
  });
});
