import { createSignal, onCleanup } from "solid-js";
import type * as Y from "yjs";
import { internalNotes } from "@shared/crdt/internal.ts";
import { bindTextarea } from "./textBinding.ts";

/**
 * The pokja's internal part of each meeting ("catatan internal pokja", the "internal" document):
 * only lurah and kader devices open it (the relay refuses it to OPD and pemantau).
 */
export interface InternalNotesState {
  /** one meeting's internal notes as plain text (reactive), for the print view */
  text(meetingId: string): string;
  /** A ref callback for the internal notes' textarea; returns its disposer. */
  bind(meetingId: string, el: HTMLTextAreaElement, readOnly: boolean): () => void;
}

export function createInternalNotesState(doc: Y.Doc): InternalNotesState {
  const [version, setVersion] = createSignal(0);
  const bump = () => setVersion((n) => n + 1);
  doc.on("afterTransaction", bump);
  onCleanup(() => doc.off("afterTransaction", bump));
  return {
    text(meetingId) {
      version();
      return internalNotes(doc, meetingId)?.toString() ?? "";
    },
    bind(meetingId, el, readOnly) {
      const text = internalNotes(doc, meetingId);
      if (!text) return () => undefined;
      el.readOnly = readOnly;
      return bindTextarea(text, el);
    },
  };
}
