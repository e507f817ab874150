import * as Y from "yjs";
import type { Meeting, MeetingFields } from "../model/meeting.ts";
import { isSafeId, newRecord, readString, writeFields } from "./fields.ts";

/**
 * The only module that maps the minutes to Yjs.
 * Layout: doc.getMap("meetings"): meeting id -> Y.Map of scalar fields plus
 * "notes": a Y.Text, so concurrent typing merges by character.
 */
export const MEETINGS = "meetings";
const NOTES = "notes";

export function meetingsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(MEETINGS);
}

export function readMeeting(id: string, map: unknown): Meeting | null {
  if (!(map instanceof Y.Map) || !isSafeId(id)) return null;
  return {
    id,
    title: readString(map, "title"),
    date: readString(map, "date"),
    place: readString(map, "place"),
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
    meetingsMap(doc).set(id, map);
  });
}

export function updateMeeting(doc: Y.Doc, id: string, patch: Partial<MeetingFields>): boolean {
  const map = meetingsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => writeFields(map, patch));
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
