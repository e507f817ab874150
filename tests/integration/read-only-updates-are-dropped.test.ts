import { expect, it } from "vitest";
import * as Y from "yjs";
import { addMeeting, readMeetings } from "@shared/crdt/index.ts";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { encodeSyncUpdate, syncPayloads } from "./support/protocol.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("updates from a read-only role are dropped: not relayed, not stored, not echoed, but counted", async () => {
  const first = await startRelay();
  const writer = await openSyncedClient(first.syncUrl, "desa-a/minutes", token("desa-a", "kader"));
  const opd = await openSyncedClient(first.syncUrl, "desa-a/minutes", token("desa-a", "opd"));
  const viewer = await openRawConnected(roomUrl(first.syncUrl, "desa-a/minutes", token("desa-a", "viewer")));

  // The opd provider edits its local copy: the provider sends the update, the relay must drop it.
  addMeeting(opd.doc, "rapat-opd", { title: "Rapat OPD", date: "2026-11-22", place: "Kantor" }, new Date());
  // The viewer sends a hand-made update on a raw socket.
  const forged = new Y.Doc();
  addMeeting(forged, "rapat-viewer", { title: "Rapat viewer", date: "2026-11-22", place: "Rumah" }, new Date());
  const forgedUpdate = Y.encodeStateAsUpdate(forged);
  viewer.socket.send(encodeSyncUpdate(forgedUpdate));

  await waitFor(async () => (await health(first.httpUrl)).droppedUpdates >= 2, "both dropped updates counted");

  // Writes still flow, and prove the pipe is clear: once the writer's edit reached the opd,
  // anything the relay would have relayed earlier has been relayed too.
  addMeeting(writer.doc, "rapat-kader", { title: "Rapat kader", date: "2026-11-22", place: "Balai" }, new Date());
  await waitFor(() => readMeetings(opd.doc).some((m) => m.id === "rapat-kader"), "writer's edit reaches the read-only client");
  expect(readMeetings(writer.doc).map((m) => m.id)).toEqual(["rapat-kader"]);
  expect(syncPayloads(viewer.messages, 2).some((p) => Buffer.from(p).equals(Buffer.from(forgedUpdate)))).toBe(false);
  expect(first.log.lines.some((l) => l.includes("room.update.dropped_read_only") && l.includes("role=opd"))).toBe(true);

  // Not stored: a restart on the same data dir knows only the writer's meeting.
  await first.stop();
  const second = await startRelay({ dataDir: first.dataDir });
  const fresh = await openSyncedClient(second.syncUrl, "desa-a/minutes", token("desa-a", "lurah"));
  expect(readMeetings(fresh.doc).map((m) => m.id)).toEqual(["rapat-kader"]);
});
