import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  activitiesMap, activityText, addActivity, addBudgetLine, addSpending, linkDecision, noteTextEdit, readActivities, readActivity, readActivityLog, readPlanYear,
  readPlanYears, removeActivity, removeBudgetLine, setActivityNumber, setLineAmount, updateActivity, updateBudgetLine, writePlanYear, type PlanWriter,
} from "./plan.ts";

const NOW = new Date("2026-11-22T02:00:00Z");
const LATER = new Date("2026-11-23T03:00:00Z");

function writer(by: string): PlanWriter {
  let n = 0;
  return { by, newId: () => `${by.replace(/\W/g, "")}${++n}` };
}

function planDoc(): Y.Doc {
  const doc = new Y.Doc();
  addActivity(doc, "a1", { year: 2027, title: "Jamban sehat", targetGroup: "Keluarga KRS dengan jamban tidak layak", target: 35, rw: 3, seksi: "pembinaan_lingkungan", domain: "pantas_tempat_tinggal" }, writer("Bu Yuli"), NOW);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const one = (doc: Y.Doc) => readActivities(doc)[0]!;

describe("an activity", () => {
  it("reads back what it was made with", () => {
    const a = one(planDoc());
    expect(a).toMatchObject({
      id: "a1", year: 2027, title: "Jamban sehat", targetGroup: "Keluarga KRS dengan jamban tidak layak", target: 35, unit: "keluarga", rw: 3, rt: 0,
      seksi: "pembinaan_lingkungan", domain: "pantas_tempat_tinggal", months: [], responsible: null, budget: [], conflicts: [], createdBy: "Bu Yuli",
    });
  });

  it("keeps ordinary fields, months as a set and who is responsible; refuses values that would not read back", () => {
    const doc = planDoc();
    expect(updateActivity(doc, "a1", { months: [4, 3, 12], responsible: { kind: "opd", code: "DINKES" }, rt: 2, unit: "keluarga" }, "Bu Yuli", NOW)).toBe(true);
    expect(one(doc)).toMatchObject({ months: [3, 4, 12], responsible: { kind: "opd", code: "DINKES" }, rt: 2 });
    updateActivity(doc, "a1", { responsible: { kind: "orang", name: "Bu Yuli" } }, "Bu Yuli", NOW);
    expect(one(doc).responsible).toEqual({ kind: "orang", name: "Bu Yuli" });
    for (const bad of [{ months: [13] }, { rw: -1 }, { rw: 1.5 }, { unit: "ekor" as never }, { seksi: "olahraga" as never }]) {
      expect(updateActivity(doc, "a1", bad, "x", NOW), JSON.stringify(bad)).toBe(false);
    }
    expect(addActivity(doc, "a2", { year: 1999 }, writer("x"), NOW)).toBe(false);
    expect(addActivity(doc, "__proto__", { year: 2027 }, writer("x"), NOW)).toBe(false);
  });

  it("groups by year: the years held and one year's activities", () => {
    const doc = planDoc();
    addActivity(doc, "b1", { year: 2026, title: "Kelas BKB" }, writer("x"), NOW);
    writePlanYear(doc, 2028, { ketuaName: "Bu Rina" });
    expect(readPlanYears(doc)).toEqual([2026, 2027, 2028]);
    expect(readActivities(doc, 2026).map((a) => a.id)).toEqual(["b1"]);
    expect(readPlanYear(doc, 2028)).toEqual({ year: 2028, lurahName: "", ketuaName: "Bu Rina", place: "", approvedBy: "", approvedOn: "" });
  });

  it("is removed whole", () => {
    const doc = planDoc();
    expect(removeActivity(doc, "a1")).toBe(true);
    expect(readActivities(doc)).toEqual([]);
    expect(removeActivity(doc, "a1")).toBe(false);
  });
});

describe("co-editing", () => {
  it("merges two devices' typing in the same text by character", () => {
    const a = planDoc();
    const b = fork(a);
    activityText(a, "a1", "title")!.insert(0, "Pembangunan ");
    const onB = activityText(b, "a1", "title")!;
    onB.insert(onB.length, " RW 3");
    sync(a, b);
    expect(one(a).title).toBe("Pembangunan Jamban sehat RW 3");
    expect(one(b).title).toBe(one(a).title);
  });

  it("keeps two different amounts set apart as a conflict, with who set each, until a person writes one", () => {
    const a = planDoc();
    addBudgetLine(a, "a1", "l1", { label: "Semen dan kloset", source: "dana_desa", amount: 1_000_000 }, writer("Bu Yuli"), NOW);
    const b = fork(a);
    setLineAmount(a, "a1", "l1", 1_500_000, writer("Bidan Sari"), LATER);
    setLineAmount(b, "a1", "l1", 2_000_000, writer("Kader Yuli"), LATER);
    sync(a, b);
    for (const doc of [a, b]) {
      const activity = one(doc);
      expect(activity.budget[0]!.amount).toBeNull();
      expect(activity.conflicts).toHaveLength(1);
      expect(activity.conflicts[0]).toMatchObject({ field: "amount", lineId: "l1" });
      expect(activity.conflicts[0]!.entries.map((e) => [e.value, e.by]).sort()).toEqual([[1_500_000, "Bidan Sari"], [2_000_000, "Kader Yuli"]]);
    }
    // choosing one of the values on one device resolves it everywhere
    expect(setLineAmount(b, "a1", "l1", 2_000_000, writer("Pak Lurah"), LATER)).toBe(true);
    sync(a, b);
    for (const doc of [a, b]) expect(one(doc)).toMatchObject({ budget: [{ amount: 2_000_000 }], conflicts: [] });
  });

  it("keeps the target as a register too; the same value set on both devices is no conflict", () => {
    const a = planDoc();
    const b = fork(a);
    setActivityNumber(a, "a1", "target", 40, writer("A"), LATER);
    setActivityNumber(b, "a1", "target", 40, writer("B"), LATER);
    setActivityNumber(a, "a1", "indicatorTarget", 30, writer("A"), LATER);
    setActivityNumber(b, "a1", "indicatorTarget", 32, writer("B"), LATER);
    sync(a, b);
    const activity = one(a);
    expect(activity.target).toBe(40);
    expect(activity.indicatorTarget).toBeNull();
    expect(activity.conflicts.map((c) => c.field)).toEqual(["indicatorTarget"]);
  });

  it("writing the value the field has is nothing, and a value that would not read back is refused", () => {
    const doc = planDoc();
    expect(setActivityNumber(doc, "a1", "target", 35, writer("x"), NOW)).toBe(false);
    expect(setActivityNumber(doc, "a1", "target", -3, writer("x"), NOW)).toBe(false);
    expect(setActivityNumber(doc, "a1", "target", 2.5, writer("x"), NOW)).toBe(false);
    expect(setLineAmount(doc, "a1", "nope", 10, writer("x"), NOW)).toBe(false);
    expect(setActivityNumber(doc, "a1", "target", null, writer("x"), NOW)).toBe(true);
    expect(one(doc).target).toBeNull();
  });

  it("keeps budget lines, spending and decision links added on two devices apart", () => {
    const a = planDoc();
    const b = fork(a);
    addBudgetLine(a, "a1", "la", { label: "Semen", source: "dana_desa", amount: 1_500_000 }, writer("A"), NOW);
    addBudgetLine(b, "a1", "lb", { label: "Tukang", source: "swadaya", amount: 500_000 }, writer("B"), NOW);
    linkDecision(a, "a1", "m1", "d1", true, "A", NOW);
    linkDecision(b, "a1", "m1", "d1", true, "B", NOW);
    sync(a, b);
    addSpending(a, "a1", "s1", { lineId: "la", amount: 700_000, date: "2027-03-10", note: "Semen 10 sak" }, "A", NOW);
    addSpending(b, "a1", "s2", { lineId: "lb", amount: 250_000, date: "2027-03-12", note: "" }, "B", NOW);
    sync(a, b);
    const activity = one(b);
    expect(activity.budget.map((l) => [l.label, l.source, l.amount]).sort()).toEqual([["Semen", "dana_desa", 1_500_000], ["Tukang", "swadaya", 500_000]]);
    expect(activity.spending.map((s) => [s.lineId, s.amount, s.date])).toEqual([["la", 700_000, "2027-03-10"], ["lb", 250_000, "2027-03-12"]]);
    expect(activity.decisions).toEqual([{ meetingId: "m1", decisionId: "d1" }]);
    expect(one(a)).toEqual(activity);
  });

  it("refuses spending against an unknown line, of nothing, or on a malformed day", () => {
    const doc = planDoc();
    addBudgetLine(doc, "a1", "l1", { label: "Semen", source: "dana_desa", amount: 100 }, writer("x"), NOW);
    expect(addSpending(doc, "a1", "s1", { lineId: "l9", amount: 5, date: "2027-01-01", note: "" }, "x", NOW)).toBe(false);
    expect(addSpending(doc, "a1", "s1", { lineId: "l1", amount: 0, date: "2027-01-01", note: "" }, "x", NOW)).toBe(false);
    expect(addSpending(doc, "a1", "s1", { lineId: "l1", amount: 5, date: "1 Jan", note: "" }, "x", NOW)).toBe(false);
  });

  it("a removed line takes its amount's entries with it", () => {
    const doc = planDoc();
    addBudgetLine(doc, "a1", "l1", { label: "Semen", source: "dana_desa", amount: 100 }, writer("x"), NOW);
    updateBudgetLine(doc, "a1", "l1", { label: "Semen 20 sak", source: "csr" }, "x", NOW);
    expect(one(doc).budget[0]).toMatchObject({ label: "Semen 20 sak", source: "csr" });
    removeBudgetLine(doc, "a1", "l1", "x", NOW);
    expect(one(doc).budget).toEqual([]);
    const reg = activitiesMap(doc).get("a1")!.get("reg") as Y.Map<unknown>;
    expect([...reg.keys()].filter((k) => k.startsWith("amount."))).toEqual([]);
  });
});

describe("who changed what", () => {
  it("records each change with who and the new value, newest first; text edits by name only", () => {
    const doc = planDoc();
    setActivityNumber(doc, "a1", "target", 40, writer("Bidan Sari"), LATER);
    updateActivity(doc, "a1", { rw: 2 }, "Kader Yuli", LATER);
    noteTextEdit(doc, "a1", "title", "Pak Lurah", LATER);
    expect(readActivityLog(doc, "a1").map((c) => [c.by, c.field, c.value])).toEqual([
      ["Pak Lurah", "title", ""],
      ["Kader Yuli", "rw", "2"],
      ["Bidan Sari", "target", "40"],
      ["Bu Yuli", "created", ""],
    ]);
    expect(readActivityLog(doc, "a1")[0]!.at).toBe(LATER.toISOString());
  });
});

describe("an untrusted peer's junk", () => {
  it("is skipped or read as empty", () => {
    const doc = planDoc();
    const map = activitiesMap(doc);
    map.set("x1", new Y.Map()); // no year
    const junk = map.get("a1")!;
    junk.set("rw", "tiga");
    junk.set("months", -1);
    junk.set("responsible", "kepala:Pak Budi");
    junk.set("domain", "<script>");
    (junk.get("reg") as Y.Map<unknown>).set("target/zz", ["banyak", "x", 1]);
    (junk.get("reg") as Y.Map<unknown>).set("__proto__/zz", [5, "x", 1]);
    (junk.get("lines") as Y.Map<unknown>).set("l1", "not a map");
    (junk.get("spend") as Y.Map<unknown>).set("s1", { line: "l1", amount: -5, date: "2027-01-01" });
    (junk.get("decisions") as Y.Map<unknown>).set("m1.d1.x", "x");
    const a = readActivity("a1", map.get("a1"));
    expect(a).toMatchObject({ rw: 0, months: [], responsible: null, domain: "", budget: [], spending: [], decisions: [] });
    // the peer's malformed target entry stands against the real one: a conflict showing "no value", not a silent pick
    expect(a!.target).toBeNull();
    expect(a!.conflicts[0]!.entries.map((e) => e.value).sort()).toEqual([35, null]);
    expect(readActivities(doc).map((x) => x.id)).toEqual(["a1"]);
  });
});
