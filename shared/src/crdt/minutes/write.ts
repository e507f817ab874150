import * as Y from "yjs";
import { DAY_PATTERN, MAX_MINUTES_TEXT, type ActionItemFields, type AttendeeFields } from "../../model/meeting.ts";
import { newRecord, writeFields } from "../fields.ts";
import { isBoardId as isSafeId } from "../../model/claim.ts";
import { ensureEntries, entriesOf, type EntryKind } from "./layout.ts";
import { readAgenda } from "./entries.ts";

/**
 * Writers of a meeting's attendees, agenda, decisions and action items. Each returns
 * false when the meeting or entry is unknown or a value would not read back.
 */
const clip = (v: string | undefined) => (v === undefined ? undefined : v.slice(0, MAX_MINUTES_TEXT));
const validDue = (v: string | undefined) => v === undefined || v === "" || DAY_PATTERN.test(v);

function addEntry(doc: Y.Doc, meetingId: string, kind: EntryKind, id: string, fields: Record<string, string | number | undefined>): boolean {
  if (!isSafeId(id)) return false;
  let ok = false;
  doc.transact(() => {
    const entries = ensureEntries(doc, meetingId, kind);
    if (!entries) return;
    entries.set(id, newRecord(fields));
    ok = true;
  });
  return ok;
}

function editEntry(doc: Y.Doc, meetingId: string, kind: EntryKind, id: string, patch: Record<string, string | number | undefined>): boolean {
  const entry = entriesOf(doc, meetingId, kind)?.get(id);
  if (!(entry instanceof Y.Map)) return false;
  doc.transact(() => writeFields(entry, patch));
  return true;
}

function removeEntry(doc: Y.Doc, meetingId: string, kind: EntryKind, id: string): boolean {
  const entries = entriesOf(doc, meetingId, kind);
  if (!entries?.has(id)) return false;
  entries.delete(id);
  return true;
}

/** A directory member is added under its member id, a guest under a new id. */
export function addAttendee(doc: Y.Doc, meetingId: string, id: string, fields: AttendeeFields, now: Date): boolean {
  if (!fields.name.trim() || (fields.memberId !== "" && fields.memberId !== id)) return false;
  return addEntry(doc, meetingId, "attendees", id, {
    memberId: fields.memberId, name: clip(fields.name.trim()), agency: clip(fields.agency), position: clip(fields.position), createdAt: now.toISOString(),
  });
}

export function removeAttendee(doc: Y.Doc, meetingId: string, id: string): boolean {
  return removeEntry(doc, meetingId, "attendees", id);
}

/** Appends at the end of the agenda. */
export function addAgendaItem(doc: Y.Doc, meetingId: string, id: string, text: string): boolean {
  const agenda = readAgenda(doc, meetingId);
  const last = agenda.length > 0 ? agenda[agenda.length - 1]!.order : 0;
  return addEntry(doc, meetingId, "agenda", id, { text: clip(text), order: last + 1 });
}

export function updateAgendaItem(doc: Y.Doc, meetingId: string, id: string, text: string): boolean {
  return editEntry(doc, meetingId, "agenda", id, { text: clip(text) });
}

/** Moves an item to `index` of the current order: one write of its order key, between its new neighbours. */
export function moveAgendaItem(doc: Y.Doc, meetingId: string, id: string, index: number): boolean {
  const others = readAgenda(doc, meetingId).filter((a) => a.id !== id);
  const at = Math.max(0, Math.min(others.length, Math.floor(index)));
  const before = others[at - 1]?.order;
  const after = others[at]?.order;
  const order = before === undefined ? (after === undefined ? 1 : after - 1) : after === undefined ? before + 1 : (before + after) / 2;
  return editEntry(doc, meetingId, "agenda", id, { order });
}

export function removeAgendaItem(doc: Y.Doc, meetingId: string, id: string): boolean {
  return removeEntry(doc, meetingId, "agenda", id);
}

export function addDecision(doc: Y.Doc, meetingId: string, id: string, text: string, now: Date): boolean {
  if (!text.trim()) return false;
  return addEntry(doc, meetingId, "decisions", id, { text: clip(text.trim()), createdAt: now.toISOString() });
}

export function updateDecision(doc: Y.Doc, meetingId: string, id: string, text: string): boolean {
  return editEntry(doc, meetingId, "decisions", id, { text: clip(text) });
}

export function removeDecision(doc: Y.Doc, meetingId: string, id: string): boolean {
  return removeEntry(doc, meetingId, "decisions", id);
}

export function addActionItem(doc: Y.Doc, meetingId: string, id: string, fields: ActionItemFields, now: Date): boolean {
  if (!fields.what.trim() || !validDue(fields.due)) return false;
  return addEntry(doc, meetingId, "actions", id, {
    what: clip(fields.what.trim()), who: clip(fields.who), agency: clip(fields.agency), due: fields.due, createdAt: now.toISOString(),
  });
}

export function updateActionItem(doc: Y.Doc, meetingId: string, id: string, patch: Partial<ActionItemFields>): boolean {
  if (!validDue(patch.due)) return false;
  return editEntry(doc, meetingId, "actions", id, { what: clip(patch.what), who: clip(patch.who), agency: clip(patch.agency), due: patch.due });
}

/** Records the board intervention made from this item (in the minutes document; the card lives on the board). */
export function linkActionItem(doc: Y.Doc, meetingId: string, id: string, interventionId: string): boolean {
  if (!isSafeId(interventionId)) return false;
  return editEntry(doc, meetingId, "actions", id, { interventionId });
}

export function removeActionItem(doc: Y.Doc, meetingId: string, id: string): boolean {
  return removeEntry(doc, meetingId, "actions", id);
}
