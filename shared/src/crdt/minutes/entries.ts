import * as Y from "yjs";
import { DAY_PATTERN, MAX_MINUTES_TEXT, type ActionItem, type AgendaItem, type Attendee, type Decision } from "../../model/meeting.ts";
import { readString } from "../fields.ts";
import { isBoardId as isSafeId } from "../../model/claim.ts";
import { entriesOf, type EntryKind } from "./layout.ts";

/**
 * Readers of a meeting's structured entries. Untrusted peers may write anything:
 * an entry whose key is not a plain id, or that is not a Y.Map, is skipped; a field
 * of the wrong type or shape reads as empty. Orders are the same on every device.
 */
const text = (map: Y.Map<unknown>, key: string) => readString(map, key).slice(0, MAX_MINUTES_TEXT);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readEntries<T extends { id: string }>(doc: Y.Doc, meetingId: string, kind: EntryKind, parse: (id: string, map: Y.Map<unknown>) => T | null): T[] {
  const out: T[] = [];
  entriesOf(doc, meetingId, kind)?.forEach((raw, id) => {
    if (!isSafeId(id) || !(raw instanceof Y.Map)) return;
    const value = parse(id, raw as Y.Map<unknown>);
    if (value) out.push(value);
  });
  return out;
}

/** Sorted by name, as on an attendance list; a row without a name is skipped. */
export function readAttendees(doc: Y.Doc, meetingId: string): Attendee[] {
  return readEntries(doc, meetingId, "attendees", (id, map) => {
    const name = text(map, "name");
    if (!name) return null;
    const memberId = readString(map, "memberId");
    return { id, memberId: memberId === id ? memberId : "", name, agency: text(map, "agency"), position: text(map, "position") };
  }).sort((a, b) => a.name.localeCompare(b.name, "id") || byId(a, b));
}

export function readAgenda(doc: Y.Doc, meetingId: string): Array<AgendaItem & { order: number }> {
  return readEntries(doc, meetingId, "agenda", (id, map) => {
    const order = map.get("order");
    return { id, text: text(map, "text"), order: typeof order === "number" && Number.isFinite(order) ? order : 0 };
  }).sort((a, b) => a.order - b.order || byId(a, b));
}

const byCreated = (a: { id: string; createdAt: string }, b: { id: string; createdAt: string }) => a.createdAt.localeCompare(b.createdAt) || byId(a, b);

export function readDecisions(doc: Y.Doc, meetingId: string): Decision[] {
  return readEntries(doc, meetingId, "decisions", (id, map) => ({ id, text: text(map, "text"), createdAt: readString(map, "createdAt") })).sort(byCreated);
}

export function readActionItems(doc: Y.Doc, meetingId: string): ActionItem[] {
  return readEntries(doc, meetingId, "actions", (id, map) => {
    const due = readString(map, "due");
    const interventionId = readString(map, "interventionId");
    return {
      id,
      what: text(map, "what"),
      who: text(map, "who"),
      agency: text(map, "agency"),
      due: DAY_PATTERN.test(due) ? due : "",
      interventionId: isSafeId(interventionId) ? interventionId : "",
      createdAt: readString(map, "createdAt"),
    };
  }).sort(byCreated);
}

export interface Minutes {
  attendees: Attendee[];
  agenda: AgendaItem[];
  decisions: Decision[];
  actions: ActionItem[];
}

/** Everything structured about one meeting, for a screen or the print view. */
export function readMinutes(doc: Y.Doc, meetingId: string): Minutes {
  return {
    attendees: readAttendees(doc, meetingId),
    agenda: readAgenda(doc, meetingId).map(({ id, text: t }) => ({ id, text: t })),
    decisions: readDecisions(doc, meetingId),
    actions: readActionItems(doc, meetingId),
  };
}
