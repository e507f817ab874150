import * as Y from "yjs";
import {
  ACTIVITY_TEXTS, MAX_PLAN_LABEL, MAX_PLAN_TEXT, encodeResponsible, isAreaNumber, isFundingSource, isPlanYear, isRupiah, isSeksi, isTargetCount, isTargetUnit, monthsToMask,
  type ActivityNumber, type ActivityScalars, type ActivityText, type FundingSource, type PlanYear,
} from "../../model/plan.ts";
import { isBoardId as isSafeId } from "../../model/claim.ts";
import { newRecord, type Scalar } from "../fields.ts";
import { activitiesMap, activityMap, DECISIONS, LINES, logOf, newParts, partOf, REGISTERS, SPENDING, textOf, yearsMap } from "./layout.ts";
import { amountField, clearRegister, writeRegister } from "./registers.ts";

/**
 * Writers of the plan document. Each takes who writes (`by`, the name from the token) and, for registers, a fresh
 * entry id from the caller (tests stay deterministic). Each returns false when the activity is unknown or a value
 * would not read back, and records what it changed in the activity's history (log), in the same transaction.
 */
export interface PlanWriter {
  by: string;
  newId: () => string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const seconds = (now: Date) => Math.floor(now.getTime() / 1000);
const label = (v: string) => v.trim().slice(0, MAX_PLAN_LABEL);

/** Appends who changed what to the activity's history (call inside the change's transaction). */
function note(activity: Y.Map<unknown>, by: string, now: Date, field: string, value: string): void {
  logOf(activity)?.push([[seconds(now), by, field, value.slice(0, MAX_PLAN_LABEL)]]);
}

export interface NewActivity extends Partial<ActivityScalars>, Partial<Record<ActivityText, string>> {
  year: number;
  target?: number | null;
  indicatorTarget?: number | null;
  draftKey?: string;
}

export function addActivity(doc: Y.Doc, id: string, fields: NewActivity, writer: PlanWriter, now: Date): boolean {
  if (!isSafeId(id) || !isPlanYear(fields.year) || !validScalars(fields)) return false;
  doc.transact(() => {
    // a map not yet in the document is only written to, never read (Yjs warns on reading one)
    const map = newRecord({ year: fields.year, createdAt: now.toISOString(), createdBy: label(writer.by), draftKey: fields.draftKey?.slice(0, 64), ...scalarFields(fields) });
    newParts(map, Object.fromEntries(ACTIVITY_TEXTS.map((f) => [f, fields[f]?.slice(0, MAX_PLAN_TEXT)])));
    activitiesMap(doc).set(id, map);
    const reg = partOf(map, REGISTERS)!;
    if (fields.target !== undefined && fields.target !== null && isTargetCount(fields.target)) writeRegister(reg, "target", fields.target, writer.by, writer.newId(), now);
    if (fields.indicatorTarget !== undefined && fields.indicatorTarget !== null && isTargetCount(fields.indicatorTarget)) {
      writeRegister(reg, "indicatorTarget", fields.indicatorTarget, writer.by, writer.newId(), now);
    }
    note(map, writer.by, now, "created", fields.draftKey ? `draft:${fields.draftKey}` : "");
  });
  return true;
}

function validScalars(p: Partial<ActivityScalars>): boolean {
  if (p.seksi !== undefined && p.seksi !== "" && !isSeksi(p.seksi)) return false;
  if (p.domain !== undefined && p.domain !== "" && !isSafeId(p.domain)) return false;
  if (p.unit !== undefined && !isTargetUnit(p.unit)) return false;
  if (p.rw !== undefined && !isAreaNumber(p.rw)) return false;
  if (p.rt !== undefined && !isAreaNumber(p.rt)) return false;
  if (p.months !== undefined && p.months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return false;
  return true;
}

function scalarFields(p: Partial<ActivityScalars>): Record<string, Scalar | undefined> {
  return {
    seksi: p.seksi,
    domain: p.domain,
    unit: p.unit,
    rw: p.rw,
    rt: p.rt,
    months: p.months === undefined ? undefined : monthsToMask(p.months),
    responsible: p.responsible === undefined ? undefined : encodeResponsible(p.responsible),
  };
}

/** Ordinary fields (last writer wins): seksi, domain, unit, RT/RW, months, who is responsible. */
export function updateActivity(doc: Y.Doc, id: string, patch: Partial<ActivityScalars>, by: string, now: Date): boolean {
  const map = activityMap(doc, id);
  if (!map || !validScalars(patch)) return false;
  doc.transact(() => {
    for (const [field, value] of Object.entries(scalarFields(patch))) {
      if (value === undefined || map.get(field) === value) continue;
      map.set(field, value);
      note(map, by, now, field, String(value));
    }
  });
  return true;
}

/** The activity's text field (title, target group, location, indicator, notes), merged by character. */
export function activityText(doc: Y.Doc, id: string, field: ActivityText): Y.Text | null {
  const map = activityMap(doc, id);
  return map ? textOf(map, field) : null;
}

/** Records that `by` edited a text field (the text's edits themselves carry no name): called when an edit is done. */
export function noteTextEdit(doc: Y.Doc, id: string, field: ActivityText, by: string, now: Date): boolean {
  const map = activityMap(doc, id);
  if (!map) return false;
  doc.transact(() => note(map, by, now, field, ""));
  return true;
}

/** Records something done elsewhere for this activity (a board card made from it). */
export function noteActivity(doc: Y.Doc, id: string, field: "card", value: string, by: string, now: Date): boolean {
  const map = activityMap(doc, id);
  if (!map) return false;
  doc.transact(() => note(map, by, now, field, value));
  return true;
}

/** Sets (or, with null, clears) the target or the indicator's target; writing over a conflict resolves it. */
export function setActivityNumber(doc: Y.Doc, id: string, field: ActivityNumber, value: number | null, writer: PlanWriter, now: Date): boolean {
  const map = activityMap(doc, id);
  const reg = map ? partOf(map, REGISTERS) : null;
  if (!map || !reg || (value !== null && !isTargetCount(value))) return false;
  let ok = false;
  doc.transact(() => {
    ok = writeRegister(reg, field, value, writer.by, writer.newId(), now);
    if (ok) note(map, writer.by, now, field, value === null ? "" : String(value));
  });
  return ok;
}

export function addBudgetLine(doc: Y.Doc, activityId: string, lineId: string, line: { label: string; source: FundingSource | ""; amount: number | null }, writer: PlanWriter, now: Date): boolean {
  const map = activityMap(doc, activityId);
  const lines = map ? partOf(map, LINES) : null;
  const reg = map ? partOf(map, REGISTERS) : null;
  if (!map || !lines || !reg || !isSafeId(lineId) || (line.source !== "" && !isFundingSource(line.source)) || (line.amount !== null && !isRupiah(line.amount))) return false;
  doc.transact(() => {
    lines.set(lineId, newRecord({ label: label(line.label), source: line.source, createdAt: now.toISOString() }));
    if (line.amount !== null) writeRegister(reg, amountField(lineId), line.amount, writer.by, writer.newId(), now);
    note(map, writer.by, now, "line", [label(line.label), line.source, line.amount ?? ""].join(" · "));
  });
  return true;
}

export function updateBudgetLine(doc: Y.Doc, activityId: string, lineId: string, patch: { label?: string; source?: FundingSource | "" }, by: string, now: Date): boolean {
  const map = activityMap(doc, activityId);
  const line = map ? partOf(map, LINES)?.get(lineId) : null;
  if (!map || !(line instanceof Y.Map) || (patch.source !== undefined && patch.source !== "" && !isFundingSource(patch.source))) return false;
  doc.transact(() => {
    const fields = { label: patch.label === undefined ? undefined : label(patch.label), source: patch.source };
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined || line.get(field) === value) continue;
      line.set(field, value);
      note(map, by, now, `line.${field}`, value);
    }
  });
  return true;
}

/** A line's amount in rupiah (a register: two devices setting different amounts while apart make a conflict). */
export function setLineAmount(doc: Y.Doc, activityId: string, lineId: string, amount: number | null, writer: PlanWriter, now: Date): boolean {
  const map = activityMap(doc, activityId);
  const reg = map ? partOf(map, REGISTERS) : null;
  if (!map || !reg || !(partOf(map, LINES)?.get(lineId) instanceof Y.Map) || (amount !== null && !isRupiah(amount))) return false;
  let ok = false;
  doc.transact(() => {
    ok = writeRegister(reg, amountField(lineId), amount, writer.by, writer.newId(), now);
    if (ok) note(map, writer.by, now, "amount", amount === null ? "" : String(amount));
  });
  return ok;
}

export function removeBudgetLine(doc: Y.Doc, activityId: string, lineId: string, by: string, now: Date): boolean {
  const map = activityMap(doc, activityId);
  const lines = map ? partOf(map, LINES) : null;
  const reg = map ? partOf(map, REGISTERS) : null;
  if (!map || !lines?.has(lineId)) return false;
  doc.transact(() => {
    const line = lines.get(lineId);
    lines.delete(lineId);
    if (reg) clearRegister(reg, amountField(lineId));
    note(map, by, now, "lineRemoved", line instanceof Y.Map ? String(line.get("label") ?? "") : "");
  });
  return true;
}

/** Money spent against a line (realisasi): a record written once. */
export function addSpending(doc: Y.Doc, activityId: string, id: string, s: { lineId: string; amount: number; date: string; note: string }, by: string, now: Date): boolean {
  const map = activityMap(doc, activityId);
  const spending = map ? partOf(map, SPENDING) : null;
  if (!map || !spending || !isSafeId(id) || !(partOf(map, LINES)?.get(s.lineId) instanceof Y.Map) || !isRupiah(s.amount) || s.amount === 0 || !DAY.test(s.date)) return false;
  doc.transact(() => {
    spending.set(id, { line: s.lineId, amount: s.amount, date: s.date, note: label(s.note), by: label(by), at: now.toISOString() });
    note(map, by, now, "spending", `${s.date} ${s.amount}`);
  });
  return true;
}

export function removeSpending(doc: Y.Doc, activityId: string, id: string, by: string, now: Date): boolean {
  const map = activityMap(doc, activityId);
  const spending = map ? partOf(map, SPENDING) : null;
  if (!map || !spending?.has(id)) return false;
  doc.transact(() => {
    spending.delete(id);
    note(map, by, now, "spendingRemoved", "");
  });
  return true;
}

/** Links (or unlinks) a decision of the minutes; a key per decision, so two devices linking it make one link. */
export function linkDecision(doc: Y.Doc, activityId: string, meetingId: string, decisionId: string, linked: boolean, by: string, now: Date): boolean {
  const map = activityMap(doc, activityId);
  const decisions = map ? partOf(map, DECISIONS) : null;
  if (!map || !decisions || !isSafeId(meetingId) || !isSafeId(decisionId)) return false;
  const key = `${meetingId}.${decisionId}`;
  if (decisions.has(key) === linked) return false;
  doc.transact(() => {
    if (linked) decisions.set(key, now.toISOString());
    else decisions.delete(key);
    note(map, by, now, linked ? "decision" : "decisionRemoved", key);
  });
  return true;
}

export function removeActivity(doc: Y.Doc, id: string): boolean {
  if (!activityMap(doc, id)) return false;
  activitiesMap(doc).delete(id);
  return true;
}

/** The year's header fields (who signs, where, the lurah's approval): flat keys "<year>.<field>", so nothing races to create a map. */
export function writePlanYear(doc: Y.Doc, year: number, patch: Partial<Omit<PlanYear, "year">>): boolean {
  if (!isPlanYear(year)) return false;
  if (patch.approvedOn !== undefined && patch.approvedOn !== "" && !DAY.test(patch.approvedOn)) return false;
  const map = yearsMap(doc);
  doc.transact(() => {
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const key = `${year}.${field}`;
      const v = label(value);
      if (map.get(key) !== v) map.set(key, v);
    }
  });
  return true;
}
