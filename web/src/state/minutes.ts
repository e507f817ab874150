import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import { actionItemCardId, newId, type ActionItem, type ActionItemFields, type AttendeeFields, type Meeting, type MeetingFields, type MeetingPatch } from "@shared/model/index.ts";
import {
  addActionItem, addAgendaItem, addAttendee, addDecision, addMeeting, linkActionItem, meetingNotes, meetingsMap, moveAgendaItem, readMeetings,
  readMinutes, removeActionItem, removeAgendaItem, removeAttendee, removeDecision, updateActionItem, updateAgendaItem, updateDecision, updateMeeting,
  type Minutes,
} from "@shared/crdt/minutes.ts";
import { bindTextarea } from "./textBinding.ts";
import { createPresence, type RemoteWriter } from "./minutesPresence.ts";
import type { BoardActions } from "./board.ts";

export type { Minutes, RemoteWriter };

export interface MinutesState {
  meetings: Accessor<Meeting[]>;
  /** attendees, agenda, decisions and action items of one meeting (reactive) */
  minutes(meetingId: string): Minutes;
  /** the other people whose caret is in this meeting's notes, with their line (reactive) */
  writers(meetingId: string): RemoteWriter[];
  /** the notes as plain text, for the preview and the print view (reactive) */
  notesText(meetingId: string): string;
}

export interface MinutesActions {
  add(fields: MeetingFields): string;
  update(id: string, patch: MeetingPatch): void;
  /** A ref callback for the notes textarea; returns its disposer. Also publishes the local caret. */
  bindNotes(id: string, el: HTMLTextAreaElement, readOnly: boolean): () => void;
  addAttendee(meetingId: string, fields: AttendeeFields): void;
  removeAttendee(meetingId: string, id: string): void;
  addAgenda(meetingId: string, text: string): void;
  updateAgenda(meetingId: string, id: string, text: string): void;
  moveAgenda(meetingId: string, id: string, index: number): void;
  removeAgenda(meetingId: string, id: string): void;
  addDecision(meetingId: string, text: string): void;
  updateDecision(meetingId: string, id: string, text: string): void;
  removeDecision(meetingId: string, id: string): void;
  addAction(meetingId: string, fields: ActionItemFields): void;
  updateAction(meetingId: string, id: string, patch: Partial<ActionItemFields>): void;
  removeAction(meetingId: string, id: string): void;
  /**
   * "Jadikan kartu di papan": one open board card for the item's agency, the chosen
   * domain and the item's due date, linked from the item. The card's id comes from the
   * meeting and item ids, so two devices converting the item while apart make one card.
   * Null when the item has no agency or already has a card.
   */
  makeCard(meetingId: string, item: ActionItem, domain: string, board: BoardActions, source: string): string | null;
}

export function createMinutesState(doc: Y.Doc, opts: { awareness?: Awareness | undefined; userName?: string } = {}): [MinutesState, MinutesActions] {
  const read = () => readMeetings(doc).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const [meetings, setMeetings] = createSignal(read(), { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const [version, setVersion] = createSignal(0);
  const [notesVersion, setNotesVersion] = createSignal(0);
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    // typing in notes changes a Y.Text deep inside: that must not rebuild the lists
    const structural = events.some((e) => e.path.length <= 1 || e.path[1] !== "notes");
    if (events.some((e) => e.path[1] === "notes")) setNotesVersion((n) => n + 1);
    if (!structural) return;
    setMeetings(read());
    setVersion((n) => n + 1);
  };
  meetingsMap(doc).observeDeep(observer);
  onCleanup(() => meetingsMap(doc).unobserveDeep(observer));
  const presence = createPresence(doc, opts.awareness ?? null, opts.userName ?? "");
  const now = () => new Date();

  const state: MinutesState = {
    meetings,
    minutes(meetingId) {
      version();
      return readMinutes(doc, meetingId);
    },
    writers: (meetingId) => presence.writers(meetingId, meetingNotes(doc, meetingId)),
    notesText(meetingId) {
      notesVersion();
      version();
      return meetingNotes(doc, meetingId)?.toString() ?? "";
    },
  };

  const actions: MinutesActions = {
    add(fields) {
      const id = newId();
      addMeeting(doc, id, fields, now());
      return id;
    },
    update: (id, patch) => void updateMeeting(doc, id, patch),
    bindNotes(id, el, readOnly) {
      const text = meetingNotes(doc, id);
      if (!text) return () => undefined;
      el.readOnly = readOnly;
      const unbind = bindTextarea(text, el);
      if (readOnly) return unbind;
      const publish = () => {
        if (document.activeElement === el) presence.setCaret(id, text, el.selectionStart, el.selectionEnd);
      };
      const leave = () => presence.clearCaret();
      const events = ["input", "keyup", "mouseup", "focus", "select"] as const;
      events.forEach((e) => el.addEventListener(e, publish));
      el.addEventListener("blur", leave);
      return () => {
        unbind();
        events.forEach((e) => el.removeEventListener(e, publish));
        el.removeEventListener("blur", leave);
        leave();
      };
    },
    addAttendee: (meetingId, fields) => void addAttendee(doc, meetingId, fields.memberId || newId(), fields, now()),
    removeAttendee: (meetingId, id) => void removeAttendee(doc, meetingId, id),
    addAgenda: (meetingId, text) => void (text.trim() && addAgendaItem(doc, meetingId, newId(), text.trim())),
    updateAgenda: (meetingId, id, text) => void updateAgendaItem(doc, meetingId, id, text),
    moveAgenda: (meetingId, id, index) => void moveAgendaItem(doc, meetingId, id, index),
    removeAgenda: (meetingId, id) => void removeAgendaItem(doc, meetingId, id),
    addDecision: (meetingId, text) => void addDecision(doc, meetingId, newId(), text, now()),
    updateDecision: (meetingId, id, text) => void updateDecision(doc, meetingId, id, text),
    removeDecision: (meetingId, id) => void removeDecision(doc, meetingId, id),
    addAction: (meetingId, fields) => void addActionItem(doc, meetingId, newId(), fields, now()),
    updateAction: (meetingId, id, patch) => void updateActionItem(doc, meetingId, id, patch),
    removeAction: (meetingId, id) => void removeActionItem(doc, meetingId, id),
    makeCard(meetingId, item, domain, board, source) {
      if (!item.agency || item.interventionId || !domain) return null;
      const cardId = board.addIntervention(
        { title: item.what, agency: item.agency, domain, status: "open" },
        { description: source, target: "kampung", familyId: "", targetLabel: "", dueDate: item.due, funding: "" },
        actionItemCardId(meetingId, item.id),
      );
      linkActionItem(doc, meetingId, item.id, cardId);
      return cardId;
    },
  };
  return [state, actions];
}
