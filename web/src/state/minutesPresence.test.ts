import { describe, expect, it } from "vitest";
import { createRoot } from "solid-js";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { addMeeting, meetingNotes } from "@shared/crdt/minutes.ts";
import { createPresence } from "./minutesPresence.ts";

function peer(name: string, seed?: Y.Doc) {
  const doc = new Y.Doc();
  if (seed) Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
  const awareness = new Awareness(doc);
  return createRoot((dispose) => ({ doc, awareness, presence: createPresence(doc, awareness, name), dispose }));
}

describe("notes presence", () => {
  it("shows a remote writer's name and line, and keeps their caret on its character while others type", () => {
    const a = peer("Bu Yuli");
    addMeeting(a.doc, "m1", { title: "Rembuk", date: "2026-11-22", place: "" }, new Date());
    meetingNotes(a.doc, "m1")!.insert(0, "Hadir 12 orang.\nAir bersih");
    const b = peer("Pak Hasan", a.doc);
    const textA = meetingNotes(a.doc, "m1")!;
    a.presence.setCaret("m1", textA, 20, 20);
    applyAwarenessUpdate(b.awareness, encodeAwarenessUpdate(a.awareness, [a.awareness.clientID]), "test");
    const textB = meetingNotes(b.doc, "m1")!;
    expect(b.presence.writers("m1", textB)).toMatchObject([{ name: "Bu Yuli", index: 20, line: 2 }]);
    textB.insert(0, "# Notulen\n");
    expect(b.presence.writers("m1", textB)).toMatchObject([{ name: "Bu Yuli", index: 30, line: 3 }]);
    expect(b.presence.writers("other", textB)).toEqual([]);
    a.presence.clearCaret();
    applyAwarenessUpdate(b.awareness, encodeAwarenessUpdate(a.awareness, [a.awareness.clientID]), "test");
    expect(b.presence.writers("m1", textB)).toEqual([]);
    a.dispose();
    b.dispose();
  });

  it("keeps a caret at the end of the notes where it is when another writer appends after it", () => {
    const a = peer("Bu Yuli");
    addMeeting(a.doc, "m1", { title: "Rembuk", date: "2026-11-22", place: "" }, new Date());
    const textA = meetingNotes(a.doc, "m1")!;
    textA.insert(0, "Hadir 12 orang.\nAir bersih RT 3.");
    const b = peer("Pak Hasan", a.doc);
    a.presence.setCaret("m1", textA, textA.length, textA.length);
    applyAwarenessUpdate(b.awareness, encodeAwarenessUpdate(a.awareness, [a.awareness.clientID]), "test");
    const textB = meetingNotes(b.doc, "m1")!;
    textB.insert(textB.length, "\nJamban RT 5.");
    expect(b.presence.writers("m1", textB)).toMatchObject([{ name: "Bu Yuli", index: 32, line: 2 }]);
    a.dispose();
    b.dispose();
  });

  it("ignores a peer's malformed cursor", () => {
    const b = peer("Pak Hasan");
    addMeeting(b.doc, "m1", { title: "Rembuk", date: "2026-11-22", place: "" }, new Date());
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ user: { name: "X" }, cursor: { meeting: "m1", anchor: 5, head: { item: "nonsense" } } });
    applyAwarenessUpdate(b.awareness, encodeAwarenessUpdate(other, [other.clientID]), "test");
    expect(b.presence.writers("m1", meetingNotes(b.doc, "m1"))).toEqual([]);
    b.dispose();
  });
});
