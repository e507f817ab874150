import { expect, it } from "vitest";
import * as Y from "yjs";
import { addMeeting, meetingNotes } from "@shared/crdt/index.ts";
import { openSyncedClient } from "./support/clients.ts";
import { dbCounts, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("after more updates than the compaction policy lets pile up, the room reloads from snapshot plus tail with identical content", async () => {
  const compaction = { maxUpdates: 10 };
  const first = await startRelay({ compaction });
  const writer = await openSyncedClient(first.syncUrl, "desa-a/minutes", token("desa-a", "kader"));
  const watcher = await openSyncedClient(first.syncUrl, "desa-a/minutes", token("desa-a", "viewer"));
  addMeeting(writer.doc, "rapat-1", { title: "Rembuk", date: "2026-11-22", place: "Balai" }, new Date());
  await waitFor(() => meetingNotes(watcher.doc, "rapat-1") !== null, "meeting relayed");
  const notes = meetingNotes(writer.doc, "rapat-1")!;
  // One stored update per keystroke, each relayed before the next, as a person types.
  for (const ch of "Data RT 03 baru") {
    notes.insert(notes.length, ch);
    const want = notes.toString();
    await waitFor(() => meetingNotes(watcher.doc, "rapat-1")?.toString() === want, "keystroke relayed");
  }
  // 1 meeting + 15 keystrokes = 16 stored updates: the snapshot covers the first 10, 6 stay as the tail.
  await waitFor(() => dbCounts(first.dataDir, "desa-a/minutes").snapshots === 1, "snapshot written");
  expect(dbCounts(first.dataDir, "desa-a/minutes")).toEqual({ updates: 6, snapshots: 1 });
  expect(first.log.lines.some((l) => l.includes("room.compacted") && l.includes("updates=10"))).toBe(true);
  const expectedText = notes.toString();
  const expectedState = Y.encodeStateVector(writer.doc);

  // A second relay on the same files while the first still runs: no shutdown compaction, so it
  // really loads snapshot + tail.
  const second = await startRelay({ dataDir: first.dataDir, compaction });
  const reader = await openSyncedClient(second.syncUrl, "desa-a/minutes", token("desa-a", "viewer"));
  expect(meetingNotes(reader.doc, "rapat-1")?.toString()).toBe(expectedText);
  expect(Y.encodeStateVector(reader.doc)).toEqual(expectedState);
});
