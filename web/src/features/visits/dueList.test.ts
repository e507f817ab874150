import { describe, expect, it } from "vitest";
import { emptyHousehold, type Household, type Visit } from "@shared/model/index.ts";
import { dueFamilies, type DueListOptions } from "./dueList.ts";

const visit = (date: string, patch: Partial<Visit> = {}): Visit => ({
  id: date,
  householdId: "",
  date,
  visitor: "Bidan Sari",
  activities: ["konseling"],
  notes: "",
  nextVisit: "",
  by: "Bidan Sari",
  createdAt: "",
  ...patch,
});

const family = (id: string, kepala: string, rt: number, visits?: Visit[]): Household => ({
  ...emptyHousehold(),
  id,
  kepala,
  rt,
  rw: 1,
  aid: [],
  consent: null,
  members: [],
  measurements: [],
  visits,
  conflicts: [],
  createdAt: "",
  updatedAt: "",
});

const roster = [
  family("a", "Agus Late", 2, [visit("2026-11-01", { nextVisit: "2026-11-12" })]), // planned, 10 days late
  family("b", "Budi Today", 1, [visit("2026-11-15", { nextVisit: "2026-11-22", visitor: "Kader Yuli" })]), // planned today
  family("c", "Citra Soon", 1, [visit("2026-11-20", { nextVisit: "2026-11-25" })]), // in 3 days
  family("d", "Dewi Never", 3), // KRS, never visited
  family("e", "Eko NotKrs", 1), // not KRS, never visited
  family("f", "Fina Stale", 1, [visit("2026-10-01")]), // KRS, 52 days since: due 31 Oct, 22 days late
  family("g", "Gita Later", 1, [visit("2026-11-20", { nextVisit: "2026-12-20" })]), // planned, far
  family("h", "Hana Never", 1), // KRS, never visited
];
const KRS = new Set(["d", "f", "h", "a"]);
const base: DueListOptions = { today: "2026-11-22", krsEveryDays: 30, aheadDays: 7, visitor: null, rw: null, rt: null };

describe("families due a visit", () => {
  it.each<[string, Partial<DueListOptions>, Array<[string, string]>]>([
    ["most urgent first (22 days late before 10), then by RT and name", {}, [["f", "terlambat"], ["a", "terlambat"], ["b", "hariIni"], ["c", "segera"], ["h", "belumPernah"], ["d", "belumPernah"]]],
    ["nothing ahead", { aheadDays: 0 }, [["f", "terlambat"], ["a", "terlambat"], ["b", "hariIni"], ["h", "belumPernah"], ["d", "belumPernah"]]],
    ["KRS every 60 days", { krsEveryDays: 60, aheadDays: 0 }, [["a", "terlambat"], ["b", "hariIni"], ["h", "belumPernah"], ["d", "belumPernah"]]],
    ["only RT 1", { rt: 1 }, [["f", "terlambat"], ["b", "hariIni"], ["c", "segera"], ["h", "belumPernah"]]],
    ["only families Kader Yuli visited", { visitor: "kader yuli" }, [["b", "hariIni"]]],
  ])("%s", (_name, patch, expected) => {
    const got = dueFamilies(roster, (h) => KRS.has(h.id), { ...base, ...patch });
    expect(got.map((d) => [d.household.id, d.group])).toEqual(expected);
  });

  it("screens only the families with no visit planned", () => {
    const asked: string[] = [];
    dueFamilies(roster, (h) => (asked.push(h.id), KRS.has(h.id)), base);
    expect(asked.sort()).toEqual(["d", "e", "f", "h"]);
  });
});
