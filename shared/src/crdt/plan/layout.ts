import * as Y from "yjs";
import { ACTIVITY_TEXTS, type ActivityText } from "../../model/plan.ts";
import { isBoardId as isSafeId } from "../../model/claim.ts";

/** Names of the plan document's shared types and of an activity's parts (the layout is described in ../plan.ts). */
export const ACTIVITIES = "activities";
export const YEARS = "years";
export const LINES = "lines";
export const REGISTERS = "reg";
export const SPENDING = "spend";
export const DECISIONS = "decisions";
export const LOG = "log";

export function activitiesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ACTIVITIES);
}

export function yearsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(YEARS);
}

/** The activity's Y.Map, or null when it is gone, malformed, or its id is not a plain id. */
export function activityMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  if (!isSafeId(id)) return null;
  const map = activitiesMap(doc).get(id);
  return map instanceof Y.Map ? (map as Y.Map<unknown>) : null;
}

/** A part of an activity (lines, registers, spending, decisions) as a Y.Map, or null when missing or malformed. */
export function partOf(activity: Y.Map<unknown>, name: string): Y.Map<unknown> | null {
  const part = activity.get(name);
  return part instanceof Y.Map ? (part as Y.Map<unknown>) : null;
}

export function logOf(activity: Y.Map<unknown>): Y.Array<unknown> | null {
  const log = activity.get(LOG);
  return log instanceof Y.Array ? (log as Y.Array<unknown>) : null;
}

export function textOf(activity: Y.Map<unknown>, field: ActivityText): Y.Text | null {
  const text = activity.get(field);
  return text instanceof Y.Text ? text : null;
}

/** A new activity's parts, made in the transaction that adds it, so two peers never race to create them. */
export function newParts(activity: Y.Map<unknown>, texts: Partial<Record<ActivityText, string>>): void {
  for (const field of ACTIVITY_TEXTS) {
    const text = new Y.Text();
    const initial = texts[field];
    if (initial) text.insert(0, initial);
    activity.set(field, text);
  }
  for (const name of [LINES, REGISTERS, SPENDING, DECISIONS]) activity.set(name, new Y.Map());
  activity.set(LOG, new Y.Array());
}
