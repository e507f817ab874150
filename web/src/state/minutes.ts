import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import { newId, type Meeting, type MeetingFields } from "@shared/model/index.ts";
import { addMeeting, meetingNotes, meetingsMap, readMeetings, updateMeeting } from "@shared/crdt/minutes.ts";
import { bindTextarea } from "./textBinding.ts";

export interface MinutesState {
  meetings: Accessor<Meeting[]>;
}

export interface MinutesActions {
  add(fields: MeetingFields): string;
  update(id: string, patch: Partial<MeetingFields>): void;
  /** A ref callback for the notes textarea; returns its disposer. */
  bindNotes(id: string, el: HTMLTextAreaElement, readOnly: boolean): () => void;
}

export function createMinutesState(doc: Y.Doc): [MinutesState, MinutesActions] {
  const read = () => readMeetings(doc).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const [meetings, setMeetings] = createSignal(read());
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    // typing in notes changes a Y.Text deep inside; only record-level changes reshape the list
    if (events.some((e) => e.path.length <= 1 && e.changes.keys.size > 0)) setMeetings(read());
  };
  meetingsMap(doc).observeDeep(observer);
  onCleanup(() => meetingsMap(doc).unobserveDeep(observer));
  return [
    { meetings },
    {
      add(fields) {
        const id = newId();
        addMeeting(doc, id, fields, new Date());
        return id;
      },
      update: (id, patch) => void updateMeeting(doc, id, patch),
      bindNotes(id, el, readOnly) {
        const text = meetingNotes(doc, id);
        if (!text) return () => undefined;
        el.readOnly = readOnly;
        return bindTextarea(text, el);
      },
    },
  ];
}
