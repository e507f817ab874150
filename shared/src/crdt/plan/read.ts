import * as Y from "yjs";
import {
  ACTIVITY_TEXTS, MAX_PLAN_LABEL, MAX_PLAN_TEXT, isAreaNumber, isFundingSource, isPlanYear, isRupiah, isSeksi, isTargetCount, isTargetUnit, maskToMonths,
  parseResponsible, type BudgetLine, type DecisionRef, type PlanActivity, type PlanChange, type PlanConflict, type PlanYear, type Spending,
} from "../../model/plan.ts";
import { isBoardId as isSafeId, own, ownText } from "../../model/claim.ts";
import { readNumberOrNull, readString } from "../fields.ts";
import type { EditEntry } from "../roster/registers.ts";
import { activitiesMap, DECISIONS, LINES, logOf, partOf, REGISTERS, SPENDING, textOf, yearsMap } from "./layout.ts";
import { amountField, readEntries, readRegister } from "./registers.ts";

/**
 * Readers of the plan document. Untrusted peers may write anything: an activity without a valid year, a line or
 * spending whose key is not a plain id, or a value of the wrong type is skipped or read as empty. Orders are the
 * same on every device.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byCreated = (a: { id: string; createdAt: string }, b: { id: string; createdAt: string }) => a.createdAt.localeCompare(b.createdAt) || byId(a, b);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

function conflictOf(field: PlanConflict["field"], lineId: string, heads: EditEntry[], valid: (v: unknown) => boolean): PlanConflict {
  return { field, lineId, entries: heads.map((h) => ({ id: h.id, value: valid(h.stored) ? (h.stored as number) : null, by: h.by, at: iso(h.at) })) };
}

function readLines(activity: Y.Map<unknown>, registers: Map<string, EditEntry[]>, conflicts: PlanConflict[]): BudgetLine[] {
  const out: BudgetLine[] = [];
  partOf(activity, LINES)?.forEach((raw, id) => {
    if (!isSafeId(id) || !(raw instanceof Y.Map)) return;
    const line = raw as Y.Map<unknown>;
    const source = line.get("source");
    const amount = readRegister(registers.get(amountField(id)), isRupiah);
    if (amount.conflict) conflicts.push(conflictOf("amount", id, amount.conflict, isRupiah));
    out.push({ id, label: readString(line, "label").slice(0, MAX_PLAN_LABEL), source: isFundingSource(source) ? source : "", amount: amount.value as number | null, createdAt: readString(line, "createdAt") });
  });
  return out.sort(byCreated);
}

function readSpending(activity: Y.Map<unknown>): Spending[] {
  const out: Spending[] = [];
  partOf(activity, SPENDING)?.forEach((raw, id) => {
    const lineId = own(raw, "line");
    const amount = own(raw, "amount");
    const date = own(raw, "date");
    if (!isSafeId(id) || !isSafeId(lineId) || !isRupiah(amount) || typeof date !== "string" || !DAY.test(date)) return;
    out.push({ id, lineId, amount, date, note: ownText(raw, "note").slice(0, MAX_PLAN_LABEL), by: ownText(raw, "by").slice(0, MAX_PLAN_LABEL), at: ownText(raw, "at") });
  });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at) || byId(a, b));
}

function readDecisionRefs(activity: Y.Map<unknown>): DecisionRef[] {
  const out: DecisionRef[] = [];
  partOf(activity, DECISIONS)?.forEach((_v, key) => {
    const [meetingId, decisionId, extra] = key.split(".");
    if (extra !== undefined || !isSafeId(meetingId) || !isSafeId(decisionId)) return;
    out.push({ meetingId, decisionId });
  });
  return out.sort((a, b) => `${a.meetingId}.${a.decisionId}`.localeCompare(`${b.meetingId}.${b.decisionId}`));
}

export function readActivity(id: string, raw: unknown): PlanActivity | null {
  if (!isSafeId(id) || !(raw instanceof Y.Map)) return null;
  const map = raw as Y.Map<unknown>;
  const year = map.get("year");
  if (!isPlanYear(year)) return null;
  const seksi = map.get("seksi");
  const unit = map.get("unit");
  const rw = map.get("rw");
  const rt = map.get("rt");
  const registers = readEntries(partOf(map, REGISTERS));
  const conflicts: PlanConflict[] = [];
  const target = readRegister(registers.get("target"), isTargetCount);
  if (target.conflict) conflicts.push(conflictOf("target", "", target.conflict, isTargetCount));
  const indicatorTarget = readRegister(registers.get("indicatorTarget"), isTargetCount);
  if (indicatorTarget.conflict) conflicts.push(conflictOf("indicatorTarget", "", indicatorTarget.conflict, isTargetCount));
  const texts = Object.fromEntries(ACTIVITY_TEXTS.map((f) => [f, (textOf(map, f)?.toString() ?? "").slice(0, MAX_PLAN_TEXT)])) as Record<(typeof ACTIVITY_TEXTS)[number], string>;
  const budget = readLines(map, registers, conflicts);
  return {
    id,
    year,
    seksi: isSeksi(seksi) ? seksi : "",
    domain: isSafeId(map.get("domain")) ? (map.get("domain") as string) : "",
    ...texts,
    target: target.value as number | null,
    unit: isTargetUnit(unit) ? unit : "keluarga",
    rw: isAreaNumber(rw) ? rw : 0,
    rt: isAreaNumber(rt) ? rt : 0,
    months: maskToMonths(readNumberOrNull(map, "months")),
    responsible: parseResponsible(map.get("responsible")),
    indicatorTarget: indicatorTarget.value as number | null,
    budget,
    spending: readSpending(map),
    decisions: readDecisionRefs(map),
    conflicts,
    draftKey: readString(map, "draftKey").slice(0, 64),
    createdAt: readString(map, "createdAt"),
    createdBy: readString(map, "createdBy").slice(0, MAX_PLAN_LABEL),
  };
}

/** Every activity of every year (or of one year), oldest first. */
export function readActivities(doc: Y.Doc, year?: number): PlanActivity[] {
  const out: PlanActivity[] = [];
  activitiesMap(doc).forEach((raw, id) => {
    const activity = readActivity(id, raw);
    if (activity && (year === undefined || activity.year === year)) out.push(activity);
  });
  return out.sort(byCreated);
}

/** The years the document has activities or a header for, ascending. */
export function readPlanYears(doc: Y.Doc): number[] {
  const years = new Set<number>();
  for (const a of readActivities(doc)) years.add(a.year);
  yearsMap(doc).forEach((_v, key) => {
    const year = Number(key.split(".")[0]);
    if (isPlanYear(year)) years.add(year);
  });
  return [...years].sort((a, b) => a - b);
}

export function readPlanYear(doc: Y.Doc, year: number): PlanYear {
  const map = yearsMap(doc);
  const text = (field: string) => {
    const v = map.get(`${year}.${field}`);
    return typeof v === "string" ? v.slice(0, MAX_PLAN_LABEL) : "";
  };
  const approvedOn = text("approvedOn");
  return { year, lurahName: text("lurahName"), ketuaName: text("ketuaName"), place: text("place"), approvedBy: text("approvedBy"), approvedOn: DAY.test(approvedOn) ? approvedOn : "" };
}

/** The activity's history, newest first: who changed what (entries are [atSeconds, by, field, value]). */
export function readActivityLog(doc: Y.Doc, id: string): PlanChange[] {
  const map = activitiesMap(doc).get(id);
  const log = map instanceof Y.Map ? logOf(map as Y.Map<unknown>) : null;
  if (!log) return [];
  const out: PlanChange[] = [];
  log.forEach((raw) => {
    if (!Array.isArray(raw)) return;
    const [at, by, field, value] = raw as unknown[];
    if (typeof at !== "number" || !Number.isFinite(at) || typeof by !== "string" || typeof field !== "string") return;
    out.push({ at: iso(at), by: by.slice(0, MAX_PLAN_LABEL), field: field.slice(0, 40), value: typeof value === "string" ? value.slice(0, MAX_PLAN_LABEL) : "" });
  });
  return out.reverse();
}
