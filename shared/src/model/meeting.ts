import { stableHash } from "./ids.ts";

/**
 * A pokja meeting (rembuk) and the structured parts of its minutes (notulen).
 * Notes are collaborative text held by the CRDT layer; attendees, agenda items,
 * decisions and action items are records of their own so concurrent edits of
 * different entries (and of different fields of one entry) all survive.
 */
export interface Meeting {
  id: string;
  title: string;
  /** YYYY-MM-DD, the meeting's local date */
  date: string;
  /** HH:MM or "" */
  time: string;
  place: string;
  /** ketua rapat, by name */
  chair: string;
  /** notulis, by name */
  noteTaker: string;
  createdAt: string;
}

/** What a new meeting needs; the rest is filled in on the meeting page. */
export type MeetingFields = Pick<Meeting, "title" | "date" | "place"> & Partial<Pick<Meeting, "time" | "chair" | "noteTaker">>;
export type MeetingPatch = Partial<Pick<Meeting, "title" | "date" | "time" | "place" | "chair" | "noteTaker">>;

/** Someone present: a member of the workspace directory (memberId set) or a guest typed by name and agency. */
export interface Attendee {
  id: string;
  memberId: string;
  name: string;
  /** agency code or the guest's institution, e.g. "DINKES" or "Puskesmas Loa Janan" */
  agency: string;
  /** jabatan/peran as printed on the attendance list, e.g. "Bidan desa" */
  position: string;
}
export type AttendeeFields = Omit<Attendee, "id">;

/** One agenda point; the agenda's order is the order of a shared list. */
export interface AgendaItem {
  id: string;
  text: string;
}

export interface Decision {
  id: string;
  text: string;
  createdAt: string;
}

/** A follow-up: what, who (a person and/or an agency) and by when; it may become a board card. */
export interface ActionItem {
  id: string;
  what: string;
  /** the person responsible, by name ("" when only an agency is named) */
  who: string;
  /** agency code from the workspace's OPD list, or "" */
  agency: string;
  /** YYYY-MM-DD or "" */
  due: string;
  /** the board intervention made from this item, or "" */
  interventionId: string;
  createdAt: string;
}
export type ActionItemFields = Pick<ActionItem, "what" | "who" | "agency" | "due">;

/**
 * The id of the board card made from an action item, derived from the meeting and item ids: two
 * devices that make the card while apart write the same intervention, and Yjs keeps one card.
 * "ai" + the meeting id's length + "_" + meeting id + item id reads back one way only (ids hold
 * [A-Za-z0-9_-], so a separator alone would be ambiguous); when that exceeds the 64 characters
 * of a board id, "ah_" + a hash of the pair.
 */
export function actionItemCardId(meetingId: string, itemId: string): string {
  const plain = `ai${meetingId.length}_${meetingId}${itemId}`;
  return plain.length <= 64 ? plain : `ah_${stableHash(`${meetingId}/${itemId}`)}`;
}

export const MAX_MINUTES_TEXT = 500;
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
