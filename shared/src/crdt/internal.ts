import type * as Y from "yjs";
import { isBoardId as isSafeId } from "../model/claim.ts";

/**
 * The only module that maps the pokja's internal document (DOC_KINDS "internal") to Yjs: the
 * "catatan internal pokja" of each meeting, the part of the minutes that may name families,
 * NIKs and children's measurements. It has the roster's permissions, so the relay never sends
 * it to an OPD liaison or a pemantau (relay/PROTOCOL.md); the meeting itself stays in the minutes.
 *
 * Layout: one top-level Y.Text per meeting, named "notes/<meeting id>". A top-level type is the
 * same type on every device by its name, so two phones that start a meeting's internal notes
 * while apart write into one text (a Y.Text set into a map by both would keep only one of them).
 * A meeting id that is not a plain id has no internal notes.
 */
const PREFIX = "notes/";

export function internalNotes(doc: Y.Doc, meetingId: string): Y.Text | null {
  return isSafeId(meetingId) ? doc.getText(`${PREFIX}${meetingId}`) : null;
}

export function readInternalNotes(doc: Y.Doc, meetingId: string): string {
  return internalNotes(doc, meetingId)?.toString() ?? "";
}

/** A removed meeting's internal notes are emptied (a top-level type itself cannot be removed). */
export function clearInternalNotes(doc: Y.Doc, meetingId: string): void {
  const text = internalNotes(doc, meetingId);
  if (text && text.length > 0) text.delete(0, text.length);
}
