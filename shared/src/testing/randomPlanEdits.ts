import type * as Y from "yjs";
import { ACTIVITY_TEXTS, FUNDING_SOURCES, SEKSI } from "../model/plan.ts";
import {
  activitiesMap, activityText, addActivity, addBudgetLine, addSpending, linkDecision, readActivities, removeActivity, removeBudgetLine, removeSpending,
  setActivityNumber, setLineAmount, updateActivity, updateBudgetLine, writePlanYear, type PlanWriter,
} from "../crdt/plan.ts";
import type { Prng } from "./prng.ts";

/**
 * Random edits of the village plan (issue 19), made only through shared/src/crdt/plan.ts (its texts through the
 * Y.Text it hands out, as the app's binding does). Small pools of ids and values make peers touch the same activity,
 * line and number while apart: concurrent amounts become conflicts, and some get resolved. Each returns a short
 * description for the failure trace.
 */
const BASE_TIME = Date.UTC(2026, 10, 1);
const WRITERS = ["Bidan Sari", "Kader Yuli", "Pak Hasan"] as const;
const AMOUNTS = [500_000, 1_000_000, 1_500_000, 2_000_000];
const COUNTS = [10, 12, 35, 40];

function now(prng: Prng): Date {
  return new Date(BASE_TIME + prng.int(0, 60 * 86_400) * 1000);
}

function writer(prng: Prng): PlanWriter {
  return { by: prng.pick(WRITERS), newId: () => `e${prng.nextUint32().toString(36)}` };
}

/** An id this replica knows, or now and then one from a small pool (two peers adding the same one apart). */
function pick(prng: Prng, ids: string[], prefix: string): string {
  return ids.length === 0 || prng.bool(0.15) ? `${prefix}${prng.int(0, 3)}` : prng.pick([...ids].sort());
}

function textEdit(prng: Prng, doc: Y.Doc, id: string): string {
  const field = prng.pick(ACTIVITY_TEXTS);
  const text = activityText(doc, id, field);
  if (!text) return `text ${id}.${field} -> no activity`;
  if (text.length > 0 && prng.bool(0.3)) {
    const at = prng.int(0, text.length - 1);
    const n = prng.int(1, Math.min(4, text.length - at));
    text.delete(at, n);
    return `text ${id}.${field} delete ${at}+${n}`;
  }
  const at = prng.int(0, text.length);
  const words = prng.words(1, 3);
  text.insert(at, words);
  return `text ${id}.${field} insert@${at} ${JSON.stringify(words)}`;
}

export function planEdit(prng: Prng, doc: Y.Doc): string {
  const activities = readActivities(doc);
  const ids = [...activitiesMap(doc).keys()];
  const r = prng.next();
  const at = now(prng);
  const w = writer(prng);
  if (r < 0.1 || activities.length === 0) {
    const id = pick(prng, [], "a");
    return `addActivity ${id} -> ${addActivity(doc, id, { year: 2027, title: prng.words(1, 2), target: prng.pick(COUNTS), rw: prng.int(0, 4) }, w, at)}`;
  }
  const id = pick(prng, ids, "a");
  const activity = activities.find((a) => a.id === id);
  if (r < 0.4) return textEdit(prng, doc, id);
  if (r < 0.5) {
    const patch = prng.pick([{ seksi: prng.pick(SEKSI) }, { rw: prng.int(0, 5) }, { months: [prng.int(1, 12), prng.int(1, 12)] }, { responsible: { kind: "opd" as const, code: prng.pick(["DINKES", "DLHK"]) } }]);
    return `updateActivity ${id} ${JSON.stringify(patch)} -> ${updateActivity(doc, id, patch, w.by, at)}`;
  }
  if (r < 0.6) {
    const field = prng.pick(["target", "indicatorTarget"] as const);
    const value = prng.bool(0.1) ? null : prng.pick(COUNTS);
    return `setActivityNumber ${id}.${field}=${value} -> ${setActivityNumber(doc, id, field, value, w, at)}`;
  }
  const lineIds = activity?.budget.map((l) => l.id) ?? [];
  if (r < 0.68) {
    const lineId = pick(prng, [], "l");
    return `addBudgetLine ${id}/${lineId} -> ${addBudgetLine(doc, id, lineId, { label: prng.words(1, 2), source: prng.pick(FUNDING_SOURCES), amount: prng.pick(AMOUNTS) }, w, at)}`;
  }
  if (r < 0.8) {
    const lineId = pick(prng, lineIds, "l");
    const amount = prng.pick(AMOUNTS);
    return `setLineAmount ${id}/${lineId}=${amount} -> ${setLineAmount(doc, id, lineId, amount, w, at)}`;
  }
  if (r < 0.84) {
    const lineId = pick(prng, lineIds, "l");
    return `updateBudgetLine ${id}/${lineId} -> ${updateBudgetLine(doc, id, lineId, { source: prng.pick(FUNDING_SOURCES) }, w.by, at)}`;
  }
  if (r < 0.88) {
    // a person resolves a conflict this replica shows by writing one of its values
    const disputed = activities.filter((a) => a.conflicts.length > 0);
    if (disputed.length === 0) return "resolve -> no conflict";
    const target = prng.pick(disputed);
    const conflict = prng.pick(target.conflicts);
    const value = prng.pick(conflict.entries).value;
    const ok = conflict.field === "amount" ? setLineAmount(doc, target.id, conflict.lineId, value, w, at) : setActivityNumber(doc, target.id, conflict.field, value, w, at);
    return `resolve ${target.id}.${conflict.field}${conflict.lineId ? `/${conflict.lineId}` : ""}=${value} -> ${ok}`;
  }
  if (r < 0.92) {
    const lineId = pick(prng, lineIds, "l");
    const spendId = `s${prng.int(0, 3)}`;
    if (prng.bool(0.3)) return `removeSpending ${id}/${spendId} -> ${removeSpending(doc, id, spendId, w.by, at)}`;
    return `addSpending ${id}/${spendId} -> ${addSpending(doc, id, spendId, { lineId, amount: prng.pick(AMOUNTS), date: "2027-03-10", note: "" }, w.by, at)}`;
  }
  if (r < 0.95) return `linkDecision ${id} -> ${linkDecision(doc, id, "m1", `d${prng.int(0, 2)}`, prng.bool(0.7), w.by, at)}`;
  if (r < 0.97) return `writePlanYear -> ${writePlanYear(doc, 2027, { ketuaName: prng.pick(WRITERS) })}`;
  if (r < 0.985) return `removeBudgetLine ${id} -> ${removeBudgetLine(doc, id, pick(prng, lineIds, "l"), w.by, at)}`;
  return `removeActivity ${id} -> ${removeActivity(doc, id)}`;
}
