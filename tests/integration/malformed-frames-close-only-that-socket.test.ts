import { describe, expect, it } from "vitest";
import { addHousehold, readHouseholds } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

describe("a malformed frame closes only that socket with 4400; the room keeps syncing", () => {
  const frames: Array<[string, string | Uint8Array]> = [
    ["random bytes", new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x13, 0x37, 0x42])],
    ["an unknown message type", new Uint8Array([7, 0, 0])],
    ["an unknown sync subtype", new Uint8Array([0, 9, 0])],
    ["a truncated varint", new Uint8Array([0x80])],
    ["a truncated payload", new Uint8Array([0, 2, 50, 1, 2, 3])],
    ["an update that is not a Yjs update", new Uint8Array([0, 2, 4, 0xff, 0xff, 0xff, 0xff])],
    ["bad awareness JSON", new Uint8Array([1, 6, 1, 1, 1, 2, 0x7b, 0x7b])],
    ["a text frame", "hello relay"],
    ["an empty frame", new Uint8Array([])],
  ];

  it.each(frames)("%s", async (_label, frame) => {
    const { syncUrl, httpUrl } = await startRelay();
    const a = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
    const b = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
    const bad = await openRawConnected(roomUrl(syncUrl, "desa-a/roster", token("desa-a", "kader")));

    bad.socket.send(frame);
    await waitFor(() => bad.closeEvent !== null, "bad socket closed");
    expect(bad.closeEvent?.code).toBe(4400);

    addHousehold(a.doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 3, rw: 1 }, new Date());
    await waitFor(() => readHouseholds(b.doc).length === 1, "the others keep syncing");
    expect((await health(httpUrl)).ok).toBe(true);
  });
});
