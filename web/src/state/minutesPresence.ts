import { createSignal, onCleanup, type Accessor } from "solid-js";
import * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";

/**
 * Who else is writing the notes, and where: each device publishes on the minutes
 * room's awareness { user: {name, color}, cursor: {meeting, anchor, head} | null },
 * the caret as Yjs relative positions, so it stays on the same character while
 * others type. Readers turn them back into indexes of the current text.
 */
export interface RemoteWriter {
  clientId: number;
  name: string;
  color: string;
  /** caret index in the notes text */
  index: number;
  /** 1-based line of the caret */
  line: number;
}

const COLORS = ["#c2410c", "#1d4ed8", "#7c3aed", "#be185d", "#0f766e", "#a16207", "#4d7c0f", "#b91c1c"];
const NAME_MAX = 60;

export function colorFor(clientId: number): string {
  return COLORS[clientId % COLORS.length]!;
}

export interface Presence {
  writers(meetingId: string, text: Y.Text | null): RemoteWriter[];
  /** publish the local caret (or null when the textarea is left) */
  setCaret(meetingId: string, text: Y.Text, anchor: number, head: number): void;
  clearCaret(): void;
  tick: Accessor<number>;
}

interface CursorState {
  meeting: string;
  anchor: unknown;
  head: unknown;
}

function absolute(json: unknown, doc: Y.Doc): number | null {
  if (typeof json !== "object" || json === null) return null;
  try {
    const pos = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
    return pos ? pos.index : null;
  } catch {
    return null; // a peer's malformed cursor is not shown
  }
}

export function createPresence(doc: Y.Doc, awareness: Awareness | null, userName: string): Presence {
  const [tick, setTick] = createSignal(0);
  const bump = () => setTick((n) => n + 1);
  if (awareness) {
    awareness.setLocalStateField("user", { name: userName, color: colorFor(awareness.clientID) });
    awareness.on("change", bump);
    doc.on("update", bump);
    onCleanup(() => {
      awareness.off("change", bump);
      doc.off("update", bump);
      awareness.setLocalStateField("cursor", null);
    });
  }
  return {
    tick,
    writers(meetingId, text) {
      tick();
      if (!awareness || !text) return [];
      const content = text.toString();
      const out: RemoteWriter[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const cursor = state["cursor"] as CursorState | null | undefined;
        const user = state["user"] as { name?: unknown } | undefined;
        if (!cursor || cursor.meeting !== meetingId || typeof user?.name !== "string") return;
        const index = absolute(cursor.head, doc);
        if (index === null) return;
        const at = Math.min(index, content.length);
        out.push({ clientId, name: user.name.slice(0, NAME_MAX) || "?", color: colorFor(clientId), index: at, line: content.slice(0, at).split("\n").length });
      });
      return out.sort((a, b) => a.line - b.line || a.clientId - b.clientId);
    },
    setCaret(meetingId, text, anchor, head) {
      if (!awareness) return;
      // a caret sticks to the character before it (what its writer just typed): another writer appending at
      // the same place does not drag it along (assoc -1; the default follows the text's end)
      const rel = (i: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, Math.min(i, text.length), -1));
      awareness.setLocalStateField("cursor", { meeting: meetingId, anchor: rel(anchor), head: rel(head) });
    },
    clearCaret() {
      if (awareness?.getLocalState()?.["cursor"]) awareness.setLocalStateField("cursor", null);
    },
  };
}
