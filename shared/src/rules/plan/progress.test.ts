import { describe, expect, it } from "vitest";
import type { InterventionStatus } from "../../model/intervention.ts";
import type { BudgetLine, PlanActivity, Spending } from "../../model/plan.ts";
import { activityProgress, planProgress, type ProgressCard } from "./progress.ts";

const activity = (patch: Partial<PlanActivity> = {}): PlanActivity => ({
  id: "a1", year: 2027, seksi: "pembinaan_lingkungan", domain: "pantas_tempat_tinggal", title: "Jamban sehat", targetGroup: "Keluarga KRS", target: 35, unit: "keluarga",
  rw: 3, rt: 0, location: "", months: [3, 4], responsible: null, indicator: "", indicatorTarget: null, notes: "", budget: [], spending: [], decisions: [], conflicts: [],
  draftKey: "", createdAt: "2026-11-22T00:00:00.000Z", createdBy: "Bu Yuli", ...patch,
});
const group = (status: InterventionStatus, reached: number | null, activityId = "a1"): ProgressCard => ({ status, target: "kampung", familyId: "", plan: { activityId, reached } });
const forFamily = (status: InterventionStatus, familyId: string, activityId = "a1"): ProgressCard => ({ status, target: `need:n-${familyId}`, familyId, plan: { activityId, reached: null } });
const line = (id: string, source: BudgetLine["source"], amount: number | null): BudgetLine => ({ id, label: id, source, amount, createdAt: "" });
const spend = (lineId: string, amount: number, date: string): Spending => ({ id: `${lineId}-${date}`, lineId, amount, date, note: "", by: "", at: "" });

describe("activityProgress from the board", () => {
  it.each<[string, ProgressCard[], { cards: number; delivered: number; verified: number; reached: number; reachedVerified: number; missingReached: number; share: number | null }]>([
    ["no card yet", [], { cards: 0, delivered: 0, verified: 0, reached: 0, reachedVerified: 0, missingReached: 0, share: 0 }],
    ["an open, claimed or in-progress card reaches nothing yet", [group("open", 20), group("claimed", 20), group("in_progress", 20)], { cards: 3, delivered: 0, verified: 0, reached: 0, reachedVerified: 0, missingReached: 0, share: 0 }],
    ["a delivered group card reaches what its agency recorded", [group("delivered", 20)], { cards: 1, delivered: 1, verified: 0, reached: 20, reachedVerified: 0, missingReached: 0, share: 20 / 35 }],
    ["verified, it counts as diterima dan dimanfaatkan too", [group("verified", 35)], { cards: 1, delivered: 1, verified: 1, reached: 35, reachedVerified: 35, missingReached: 0, share: 1 }],
    ["a delivered group card without its number reaches nothing and is asked for", [group("delivered", null), group("verified", 10)], { cards: 2, delivered: 2, verified: 1, reached: 10, reachedVerified: 10, missingReached: 1, share: 10 / 35 }],
    [
      "family cards reach each family once, however many cards name it",
      [forFamily("delivered", "f1"), forFamily("verified", "f1"), forFamily("verified", "f2"), forFamily("open", "f3")],
      { cards: 4, delivered: 3, verified: 2, reached: 2, reachedVerified: 2, missingReached: 0, share: 2 / 35 },
    ],
    ["family and group cards add up", [forFamily("verified", "f1"), group("delivered", 12)], { cards: 2, delivered: 2, verified: 1, reached: 13, reachedVerified: 1, missingReached: 0, share: 13 / 35 }],
    ["cards of other activities and cards of no activity do not count", [group("verified", 30, "a2"), { status: "verified", target: "kampung", familyId: "", plan: null }], { cards: 0, delivered: 0, verified: 0, reached: 0, reachedVerified: 0, missingReached: 0, share: 0 }],
  ])("%s", (_name, cards, expected) => {
    expect(activityProgress(activity(), cards)).toMatchObject(expected);
  });

  it.each<[string, number | null, number | null]>([
    ["no target: no share", null, null],
    ["a target of zero: no share", 0, null],
    ["beyond the target the share goes past 1 (not capped: more were reached than planned)", 10, 2],
  ])("%s", (_name, target, share) => {
    expect(activityProgress(activity({ target }), [group("delivered", 20)]).share).toBe(share);
  });
});

describe("activityProgress of the budget", () => {
  const budget = [line("l1", "dana_desa", 1_500_000), line("l2", "csr", 2_000_000), line("l3", "swadaya", null), line("l4", "", 250_000)];
  const spending = [spend("l1", 500_000, "2027-03-10"), spend("l1", 700_000, "2027-04-02"), spend("l2", 1_000_000, "2027-05-20"), spend("gone", 40_000, "2027-03-01")];

  it.each<[string, string | undefined, { budget: number; spent: number; unsettledLines: number }, Record<string, { budget: number; spent: number }>]>([
    [
      "sums per source, a line in dispute or unset adds nothing and is counted, spending on a removed line has no source",
      undefined,
      { budget: 3_750_000, spent: 2_240_000, unsettledLines: 1 },
      { dana_desa: { budget: 1_500_000, spent: 1_200_000 }, csr: { budget: 2_000_000, spent: 1_000_000 }, swadaya: { budget: 0, spent: 0 }, "": { budget: 250_000, spent: 40_000 } },
    ],
    [
      "spending up to a day (the monthly report's month end)",
      "2027-03-31",
      { budget: 3_750_000, spent: 540_000, unsettledLines: 1 },
      { dana_desa: { budget: 1_500_000, spent: 500_000 }, csr: { budget: 2_000_000, spent: 0 }, "": { budget: 250_000, spent: 40_000 } },
    ],
  ])("%s", (_name, asOf, sums, bySource) => {
    const p = activityProgress(activity({ budget, spending }), [], asOf);
    expect(p).toMatchObject(sums);
    expect(p.bySource).toMatchObject(bySource);
  });
});

describe("planProgress", () => {
  it("adds the activities up: cards, reach met, budget and spending by source", () => {
    const a1 = activity({ id: "a1", target: 35, budget: [line("l1", "dana_desa", 1_000_000)], spending: [spend("l1", 400_000, "2027-02-01")] });
    const a2 = activity({ id: "a2", target: 10, budget: [line("m1", "dana_desa", 500_000), line("m2", "baznas", 300_000)] });
    const a3 = activity({ id: "a3", target: null });
    const cards = [group("verified", 35, "a1"), group("delivered", 4, "a2"), group("open", null, "a2"), group("verified", 3, "a3")];
    const { activities, totals } = planProgress([a1, a2, a3], cards);
    expect(activities.map((a) => [a.activityId, a.reached, a.reachedVerified])).toEqual([["a1", 35, 35], ["a2", 4, 0], ["a3", 3, 3]]);
    expect(totals).toMatchObject({ activities: 3, withCards: 3, done: 1, cards: 4, delivered: 3, verified: 2, budget: 1_800_000, spent: 400_000, unsettledLines: 0 });
    expect(totals.bySource.dana_desa).toEqual({ budget: 1_500_000, spent: 400_000 });
    expect(totals.bySource.baznas).toEqual({ budget: 300_000, spent: 0 });
    expect(totals.bySource.apbd_kabupaten).toEqual({ budget: 0, spent: 0 });
  });

  it("an empty plan is all zeros", () => {
    const { activities, totals } = planProgress([], []);
    expect(activities).toEqual([]);
    expect(totals).toMatchObject({ activities: 0, withCards: 0, done: 0, cards: 0, budget: 0, spent: 0 });
  });
});
