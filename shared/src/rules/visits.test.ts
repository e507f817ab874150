import { describe, expect, it } from "vitest";
import type { Visit } from "../model/visit.ts";
import {
  addDays, compareDue, familiesVisitedInMonth, isMonth, krsDidampingi, latestVisit, monthDays, monthOf, newestFirst, visitDue, visitedInMonth, visitsInMonth,
  visitsOf, type DueOptions, type VisitDue,
} from "./visits.ts";

let n = 0;
const v = (householdId: string, date: string, patch: Partial<Visit> = {}): Visit => ({
  id: `v${n++}`,
  householdId,
  date,
  visitor: "Bidan Sari",
  activities: ["konseling"],
  notes: "",
  nextVisit: "",
  by: "Bidan Sari",
  createdAt: "2026-11-01T00:00:00.000Z",
  ...patch,
});

describe("months and days", () => {
  it.each<[string, string]>([
    ["2026-11-22", "2026-11"],
    ["2026-02-29", ""], // not a day
    ["2024-02-29", "2024-02"],
    ["", ""],
    ["22-11-2026", ""],
  ])("monthOf(%j) = %j", (date, month) => expect(monthOf(date)).toBe(month));

  it.each<[string, boolean]>([["2026-11", true], ["2026-13", false], ["2026-1", false], ["", false], ["2026-11-01", false]])("isMonth(%j) = %s", (m, ok) => expect(isMonth(m)).toBe(ok));

  it.each<[string, number, string]>([
    ["2026-11-22", 10, "2026-12-02"],
    ["2026-12-25", 7, "2027-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["bukan", 3, ""],
  ])("addDays(%j, %i) = %j", (date, days, out) => expect(addDays(date, days)).toBe(out));

  it.each<[string, number]>([["2026-02", 28], ["2024-02", 29], ["2026-12", 31], ["2026-04", 30]])("%s has %i days", (month, days) => {
    const range = monthDays(month)!;
    expect(range.last - range.first + 1).toBe(days);
  });

  it("has no days for a malformed month", () => expect(monthDays("2026-13")).toBeNull());
});

describe("visits of a month", () => {
  const visits = [
    v("h1", "2026-10-31"),
    v("h1", "2026-11-01"),
    v("h2", "2026-11-30"),
    v("h2", "2026-11-15"),
    v("h3", "2026-12-01"),
    v("h4", ""), // no day: in no month
    v("h5", "2026-11-31"), // not a real day
  ];

  it.each<[string, string[]]>([
    ["2026-11", ["2026-11-01", "2026-11-30", "2026-11-15"]],
    ["2026-10", ["2026-10-31"]],
    ["2026-12", ["2026-12-01"]],
    ["2027-01", []],
    ["", []],
  ])("in %s: %j", (month, dates) => {
    expect(visitsInMonth(visits, month).map((x) => x.date)).toEqual(dates);
  });

  it.each<[string, string[]]>([
    ["2026-11", ["h1", "h2"]],
    ["2026-10", ["h1"]],
    ["2026-09", []],
  ])("families visited in %s: %j", (month, ids) => {
    expect([...familiesVisitedInMonth(visits, month)].sort()).toEqual(ids);
  });

  it.each<[string, Visit[] | undefined, string, boolean]>([
    ["never visited", undefined, "2026-11", false],
    ["visited that month", [v("h1", "2026-11-02")], "2026-11", true],
    ["visited the month before", [v("h1", "2026-10-30")], "2026-11", false],
    ["visited the month after", [v("h1", "2026-12-01")], "2026-11", false],
    ["visited the same month of another year", [v("h1", "2025-11-10")], "2026-11", false],
  ])("%s: visited in the month is %s", (_name, list, month, expected) => {
    expect(visitedInMonth(list, month)).toBe(expected);
  });

  it("gathers every household's visits", () => {
    const a = v("h1", "2026-11-01");
    const b = v("h2", "2026-11-02");
    expect(visitsOf([{ visits: [a] }, {}, { visits: undefined }, { visits: [b] }])).toEqual([a, b]);
  });
});

describe("KRS yang memperoleh pendampingan", () => {
  const visits = [v("k1", "2026-11-03"), v("k1", "2026-11-20"), v("k2", "2026-10-28"), v("x1", "2026-11-05"), v("k3", "2026-11-30")];
  it.each<[string, string[], string, { krs: number; didampingi: number; belum: string[] }]>([
    ["a family visited twice counts once; other families' visits do not count", ["k1", "k2", "k3", "k4"], "2026-11", { krs: 4, didampingi: 2, belum: ["k2", "k4"] }],
    ["last month", ["k1", "k2", "k3", "k4"], "2026-10", { krs: 4, didampingi: 1, belum: ["k1", "k3", "k4"] }],
    ["a month with no visit", ["k1", "k2"], "2026-09", { krs: 2, didampingi: 0, belum: ["k1", "k2"] }],
    ["no KRS family", [], "2026-11", { krs: 0, didampingi: 0, belum: [] }],
    ["an id given twice counts once", ["k1", "k1", "k2"], "2026-11", { krs: 2, didampingi: 1, belum: ["k2"] }],
  ])("%s", (_name, krs, month, expected) => {
    expect(krsDidampingi(krs, visits, month)).toEqual(expected);
  });
});

describe("the latest visit", () => {
  it.each<[string, Visit[], string | null]>([
    ["none", [], null],
    ["by day", [v("h", "2026-11-02", { id: "b" }), v("h", "2026-11-10", { id: "a" })], "a"],
    ["same day: the one recorded later", [v("h", "2026-11-10", { id: "a", createdAt: "2026-11-10T05:00:00.000Z" }), v("h", "2026-11-10", { id: "b", createdAt: "2026-11-10T03:00:00.000Z" })], "a"],
    ["same day and time: the greater id, as on every device", [v("h", "2026-11-10", { id: "a" }), v("h", "2026-11-10", { id: "c" })], "c"],
    ["a visit with no day is never the latest", [v("h", "", { id: "x" }), v("h", "2026-01-01", { id: "y" })], "y"],
  ])("%s", (_name, visits, id) => {
    expect(latestVisit(visits)?.id ?? null).toBe(id);
  });

  it("lists newest first without changing the given list", () => {
    const visits = [v("h", "2026-11-01", { id: "a" }), v("h", "2026-11-03", { id: "b" }), v("h", "2026-11-02", { id: "c" })];
    expect(newestFirst(visits).map((x) => x.id)).toEqual(["b", "c", "a"]);
    expect(visits.map((x) => x.id)).toEqual(["a", "b", "c"]);
  });
});

describe("due a visit", () => {
  const opts: DueOptions = { today: "2026-11-22", krsEveryDays: 30 };
  it.each<[string, Visit[] | undefined, boolean, Partial<DueOptions>, Pick<VisitDue, "reason" | "due" | "daysLate"> | null]>([
    ["next visit was three days ago", [v("h", "2026-11-05", { nextVisit: "2026-11-19" })], false, {}, { reason: "dijadwalkan", due: "2026-11-19", daysLate: 3 }],
    ["next visit is today", [v("h", "2026-11-05", { nextVisit: "2026-11-22" })], false, {}, { reason: "dijadwalkan", due: "2026-11-22", daysLate: 0 }],
    ["next visit tomorrow: not yet", [v("h", "2026-11-05", { nextVisit: "2026-11-23" })], true, {}, null],
    ["next visit tomorrow, listing a week ahead", [v("h", "2026-11-05", { nextVisit: "2026-11-23" })], true, { aheadDays: 7 }, { reason: "dijadwalkan", due: "2026-11-23", daysLate: -1 }],
    ["a later visit's plan replaces the earlier one", [v("h", "2026-11-01", { nextVisit: "2026-11-08" }), v("h", "2026-11-08", { nextVisit: "2026-12-08" })], true, {}, null],
    ["a later visit with no next date ends the plan (not KRS)", [v("h", "2026-11-01", { nextVisit: "2026-11-08" }), v("h", "2026-11-08")], false, {}, null],
    ["KRS never visited", undefined, true, {}, { reason: "krsBelumPernah", due: "", daysLate: null }],
    ["not KRS, never visited", undefined, false, {}, null],
    ["KRS visited 30 days ago, no next date", [v("h", "2026-10-23")], true, {}, { reason: "krsLama", due: "2026-11-22", daysLate: 0 }],
    ["KRS visited 45 days ago, no next date", [v("h", "2026-10-08")], true, {}, { reason: "krsLama", due: "2026-11-07", daysLate: 15 }],
    ["KRS visited 29 days ago", [v("h", "2026-10-24")], true, {}, null],
    ["KRS visited 10 days ago, every 7 days chosen", [v("h", "2026-11-12")], true, { krsEveryDays: 7 }, { reason: "krsLama", due: "2026-11-19", daysLate: 3 }],
    ["KRS with a next visit planned in 40 days: the plan decides", [v("h", "2026-10-01", { nextVisit: "2027-01-01" })], true, {}, null],
    ["not KRS, visited long ago with no plan", [v("h", "2025-01-01")], false, {}, null],
  ])("%s", (_name, visits, isKrs, patch, expected) => {
    const due = visitDue(visits, isKrs, { ...opts, ...patch });
    expect(due && { reason: due.reason, due: due.due, daysLate: due.daysLate }).toEqual(expected);
    if (due && visits) expect(due.last).toBe(latestVisit(visits));
  });

  it("refuses a malformed today rather than deciding against the wrong day", () => {
    expect(() => visitDue([], true, { today: "22/11/2026", krsEveryDays: 30 })).toThrow();
  });

  it("orders the most urgent first: latest past due, today, coming, then never visited", () => {
    const d = (daysLate: number | null): VisitDue => ({ reason: daysLate === null ? "krsBelumPernah" : "dijadwalkan", due: "", daysLate, last: null });
    expect([d(null), d(-2), d(0), d(12), d(3)].sort(compareDue).map((x) => x.daysLate)).toEqual([12, 3, 0, -2, null]);
  });
});
