import { expect, it } from "vitest";
import * as Y from "yjs";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { encodeSyncStep1, syncPayloads } from "./support/protocol.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

/** A sync step 2 frame (type 0, subtype 1), as a client answers the relay's step 1. */
function stepTwo(update: Uint8Array): Uint8Array {
  const header = [0, 1];
  let n = update.length;
  const length: number[] = [];
  do {
    length.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  return new Uint8Array([...header, ...length, ...update]);
}

// Issue 17 item 1: deciding whether a read-only client's step 2 held anything new compared each
// of its delete ranges with every range of the document: 2 s of CPU per frame at 50,000 ranges,
// for everyone on the relay, again and again.
it("a pemantau sending 30 step 2 frames that repeat a 50,000-range delete set: each is dropped silently at its own size, and other villages' edits flow meanwhile", async () => {
  // every room on the main thread: what is measured here is the cost of one message, not the isolation of big rooms
  const relay = await startRelay({ roomWorkers: 0 });
  const writer = await openSyncedClient(relay.syncUrl, "desa-a/minutes", token("desa-a", "kader"));
  const keys = writer.doc.getMap<number>("kehadiran");
  writer.doc.transact(() => {
    for (let i = 0; i < 100_000; i++) keys.set(`${i}`, i);
  });
  // every other key deleted: 50,000 deleted ranges of one client
  writer.doc.transact(() => {
    for (let i = 0; i < 100_000; i += 2) keys.delete(`${i}`);
  });
  const pemantau = await openSyncedClient(relay.syncUrl, "desa-a/minutes", token("desa-a", "viewer"));
  await waitFor(() => pemantau.doc.getMap("kehadiran").size === 50_000, "pemantau synced", 30_000);
  const repeated = Y.encodeStateAsUpdate(pemantau.doc, Y.encodeStateVector(pemantau.doc));
  expect(Y.decodeUpdate(repeated).ds.clients.get(writer.doc.clientID)).toHaveLength(50_000);

  const raw = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "viewer")));
  const frame = stepTwo(repeated);
  for (let i = 0; i < 30; i++) raw.socket.send(frame);
  // a sync step 1 behind them: its answer means every frame before it was handled
  raw.socket.send(encodeSyncStep1(new Y.Doc()));

  // meanwhile another village edits, and its other phone gets the edit
  const a = await openSyncedClient(relay.syncUrl, "desa-b/minutes", token("desa-b", "kader"));
  const b = await openSyncedClient(relay.syncUrl, "desa-b/minutes", token("desa-b", "kader"));
  a.doc.getText("catatan").insert(0, "rapat pokja");
  await waitFor(() => b.doc.getText("catatan").toString() === "rapat pokja", "desa-b's edit relayed while the pemantau's frames are handled", 20_000);

  await waitFor(() => syncPayloads(raw.messages, 1).length >= 1, "the pemantau's step 1 answered after its 30 frames", 20_000);
  expect(raw.closeEvent).toBeNull();
  // nothing new in them: not counted, not logged
  expect((await health(relay.httpUrl)).droppedUpdates).toBe(0);
  expect(relay.log.lines.filter((l) => l.includes("dropped_read_only"))).toEqual([]);
});
