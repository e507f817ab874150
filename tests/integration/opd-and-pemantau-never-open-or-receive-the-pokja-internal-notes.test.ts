import { expect, it } from "vitest";
import { addMeeting, internalNotes, meetingNotes, readInternalNotes } from "@shared/crdt/index.ts";
import { openRaw, openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// The catatan internal pokja of a meeting live in their own document with the roster's
// permissions (relay/PROTOCOL.md): an OPD liaison or a pemantau reads the minutes but never
// gets a byte of the internal notes, whatever room it opens.
const SECRET = "Kel. Fransiskus Lake NIK 5371014501900002 TB/U -2,4";
const contains = (messages: Uint8Array[], text: string) => messages.some((m) => Buffer.from(m).includes(Buffer.from(text, "utf8")));

it("an OPD or pemantau token cannot open the internal document and receives none of it through the rooms it may read", async () => {
  const { syncUrl } = await startRelay();
  const opdRooms = ["minutes", "board", "meta"].map((doc) => openRaw(roomUrl(syncUrl, `desa-a/${doc}`, token("desa-a", "opd"))));
  const viewerMinutes = openRaw(roomUrl(syncUrl, "desa-a/minutes", token("desa-a", "viewer")));
  await waitFor(() => [...opdRooms, viewerMinutes].every((r) => r.opened), "OPD and pemantau sockets on the rooms they may read");

  // The kader writes the meeting (minutes) and its internal notes (internal) while they listen.
  const minutes = await openSyncedClient(syncUrl, "desa-a/minutes", token("desa-a", "kader"));
  const internal = await openSyncedClient(syncUrl, "desa-a/internal", token("desa-a", "kader"));
  addMeeting(minutes.doc, "rapat-1", { title: "Rembuk stunting", date: "2026-11-22", place: "Balai desa" }, new Date());
  meetingNotes(minutes.doc, "rapat-1")!.insert(0, "Dibahas: jamban sehat di RT 3.");
  internalNotes(internal.doc, "rapat-1")!.insert(0, SECRET);

  // A lurah opening the internal room gets the notes: the room does carry them.
  const lurah = await openSyncedClient(syncUrl, "desa-a/internal", token("desa-a", "lurah"));
  await waitFor(() => readInternalNotes(lurah.doc, "rapat-1") === SECRET, "the lurah receives the internal notes");
  // The minutes reached the listeners, so anything relayed before has arrived too.
  await waitFor(() => contains(opdRooms[0]!.messages, "jamban sehat") && contains(viewerMinutes.messages, "jamban sehat"), "the minutes reach OPD and pemantau");

  for (const room of [...opdRooms, viewerMinutes]) {
    expect(room.messages.length).toBeGreaterThan(0);
    expect(contains(room.messages, "Fransiskus")).toBe(false);
    expect(contains(room.messages, "5371014501900002")).toBe(false);
  }

  // Opening the internal room itself is refused at the upgrade, before any byte, for both roles.
  for (const role of ["opd", "viewer"] as const) {
    const raw = openRaw(roomUrl(syncUrl, "desa-a/internal", token("desa-a", role)));
    await waitFor(() => raw.refusedStatus !== null || raw.opened, `the ${role}'s upgrade answer`);
    expect(raw.opened).toBe(false);
    expect(raw.refusedStatus).toBe(403);
    expect(raw.messages).toEqual([]);
  }
  // ... while a kader of the workspace is let in.
  expect((await openRawConnected(roomUrl(syncUrl, "desa-a/internal", token("desa-a", "kader")))).opened).toBe(true);
});
