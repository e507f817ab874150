import * as Y from "yjs";

/** The structured collections inside a meeting's Y.Map (see ../minutes.ts for the whole layout). */
export const ENTRY_KINDS = ["attendees", "agenda", "decisions", "actions"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

function meetingMap(doc: Y.Doc, meetingId: string): Y.Map<unknown> | null {
  const map = doc.getMap<unknown>("meetings").get(meetingId);
  return map instanceof Y.Map ? (map as Y.Map<unknown>) : null;
}

/** The collection to read, or null when the meeting or the collection is missing or malformed. */
export function entriesOf(doc: Y.Doc, meetingId: string, kind: EntryKind): Y.Map<unknown> | null {
  const entries = meetingMap(doc, meetingId)?.get(kind);
  return entries instanceof Y.Map ? (entries as Y.Map<unknown>) : null;
}

/**
 * The collection to write into. A meeting written before the collections existed gets
 * one here; a malformed value (not a Y.Map) is replaced. Null when the meeting is gone.
 */
export function ensureEntries(doc: Y.Doc, meetingId: string, kind: EntryKind): Y.Map<unknown> | null {
  const meeting = meetingMap(doc, meetingId);
  if (!meeting) return null;
  const existing = meeting.get(kind);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const created = new Y.Map<unknown>();
  meeting.set(kind, created);
  return created;
}
