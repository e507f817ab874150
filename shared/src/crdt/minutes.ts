import * as Y from "yjs";
import { MAX_MINUTES_TEXT, TIME_PATTERN, DAY_PATTERN, type Meeting, type MeetingFields, type MeetingPatch } from "../model/meeting.ts";
import { newRecord, readString, writeFields } from "./fields.ts";
import { isBoardId as isSafeId } from "../model/claim.ts";
import { ENTRY_KINDS } from "./minutes/layout.ts";

/**
 * The only module that maps the minutes to Yjs. Layout:
 *
 * doc.getMap("meetings"): meeting id -> Y.Map {
 *   title, date (YYYY-MM-DD), time (HH:MM), place, chair, noteTaker, createdAt   scalar fields
 *   notes:     Y.Text, so concurrent typing merges by character
 *   attendees: Y.Map  attendee id -> Y.Map { memberId, name, agency, position, createdAt }
 *              (a directory member is keyed by its member id: two people adding them at once make one row)
 *   agenda:    Y.Map  item id -> Y.Map { text, order (number) }; the list is sorted by (order, id), so a
 *              move is one field write and a concurrent move and text edit both survive
 *   decisions: Y.Map  id -> Y.Map { text, createdAt }
 *   actions:   Y.Map  id -> Y.Map { what, who, agency, due, interventionId, createdAt }
 *              (the card made from an item is named actionItemCardId(meeting id, item id), model/meeting.ts:
 *              two devices making it while apart write one card and the same link)
 * }
 *
 * The four collections are created with the meeting, in the same transaction, so two peers never race
 * to create them; a meeting written before they existed gets them on its first structured edit.
 * Readers of the entries are in ./minutes/entries.ts: anything malformed (an untrusted peer) is skipped
 * or falls back to empty, keys that are not plain ids (such as "__proto__") are ignored.
 */
export const MEETINGS = "meetings";
const NOTES = "notes";

export function meetingsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(MEETINGS);
}

const clip = (v: string) => v.slice(0, MAX_MINUTES_TEXT);

export function readMeeting(id: string, map: unknown): Meeting | null {
  if (!(map instanceof Y.Map) || !isSafeId(id)) return null;
  const date = readString(map, "date");
  const time = readString(map, "time");
  return {
    id,
    title: clip(readString(map, "title")),
    date: DAY_PATTERN.test(date) ? date : "",
    time: TIME_PATTERN.test(time) ? time : "",
    place: clip(readString(map, "place")),
    chair: clip(readString(map, "chair")),
    noteTaker: clip(readString(map, "noteTaker")),
    createdAt: readString(map, "createdAt"),
  };
}

export function readMeetings(doc: Y.Doc): Meeting[] {
  const out: Meeting[] = [];
  meetingsMap(doc).forEach((map, id) => {
    const m = readMeeting(id, map);
    if (m) out.push(m);
  });
  return out;
}

export function addMeeting(doc: Y.Doc, id: string, fields: MeetingFields, now: Date): void {
  doc.transact(() => {
    const map = newRecord({ ...fields, createdAt: now.toISOString() });
    map.set(NOTES, new Y.Text());
    for (const kind of ENTRY_KINDS) map.set(kind, new Y.Map());
    meetingsMap(doc).set(id, map);
  });
}

export function updateMeeting(doc: Y.Doc, id: string, patch: MeetingPatch): boolean {
  const map = meetingsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  if (patch.time !== undefined && patch.time !== "" && !TIME_PATTERN.test(patch.time)) return false;
  if (patch.date !== undefined && patch.date !== "" && !DAY_PATTERN.test(patch.date)) return false;
  const clipped: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(patch)) clipped[key] = value === undefined ? undefined : clip(value);
  doc.transact(() => writeFields(map, clipped));
  return true;
}

/** The meeting's shared notes, or null if the meeting is gone or malformed. */
export function meetingNotes(doc: Y.Doc, id: string): Y.Text | null {
  const map = meetingsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return null;
  const notes = map.get(NOTES);
  return notes instanceof Y.Text ? notes : null;
}

export function removeMeeting(doc: Y.Doc, id: string): void {
  meetingsMap(doc).delete(id);
}

export {
  addAttendee, removeAttendee, addAgendaItem, updateAgendaItem, moveAgendaItem, removeAgendaItem,
  addDecision, updateDecision, removeDecision, addActionItem, updateActionItem, linkActionItem, removeActionItem,
} from "./minutes/write.ts";
export { readAttendees, readAgenda, readDecisions, readActionItems, readMinutes, type Minutes } from "./minutes/entries.ts";
export { ENTRY_KINDS, type EntryKind } from "./minutes/layout.ts";
