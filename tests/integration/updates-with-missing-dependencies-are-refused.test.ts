import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addComment, claim, claimTargetOf, claimsMap, confirmationsMap, publishNeed, readClaims, readComments, readConfirmations, readHistory, readNeeds,
} from "@shared/crdt/index.ts";
import { parkedBehind, writeBlocks } from "../../relay/src/rooms/testSupport.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { openClient, openRawConnected, openSyncedClient, roomUrl, type RawClient } from "./support/clients.ts";
import { encodeSyncUpdate, syncPayloads } from "./support/protocol.ts";
import { health, startRelay } from "./support/relay.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Yjs keeps the parts of an update whose dependencies it has not seen ("pending") and applies them,
// unjudged, when a later update brings what they wait for. The relay refuses such an update before it
// is judged, stored or applied, and closes the socket with 4500 "sinkronkan ulang" (reconnect, sync
// again): relay/PROTOCOL.md, "Updates with missing dependencies". The attacks are the reviewer's,
// sent as raw frames by a liaison's socket (role opd, DLHK).

const WS = "desa-parkir";
const ROOM = `${WS}/board`;
const NOW = new Date("2026-11-22T09:00:00Z");
const FORGER = 777;

/** The client id that wrote `key` of `map` (the relay's id, for a confirmation). */
function writerOf(map: Y.Map<unknown>, key: string): number {
  const item = (map as unknown as { _map: Map<string, Y.Item> })._map.get(key);
  if (!item) throw new Error(`no ${key}`);
  return item.id.client;
}

/** Sends `update` on the raw socket and waits for the relay's answer: its echo or a close. */
async function sendRaw(raw: RawClient, update: Uint8Array): Promise<void> {
  const echoed = () => syncPayloads(raw.messages, 2).some((p) => Buffer.from(p).equals(Buffer.from(update)));
  raw.socket.send(encodeSyncUpdate(update));
  await waitFor(() => raw.closeEvent !== null || echoed(), "the relay to echo or close");
}

const forgedClaim = (doc: Y.Doc): void => {
  claim(doc, "c-forged", { target: claimTargetOf("family", "kel-9"), familyId: "kel-9", domain: "pantas_sehat", agency: "DINKES", note: "" }, "x", NOW);
};

/** A synced client's view with nothing of client 777 and nothing waiting. */
function expectNothingParked(doc: Y.Doc): void {
  expect(doc.store.pendingStructs).toBeNull();
  expect(doc.store.pendingDs).toBeNull();
  expect(Y.getState(doc.store, FORGER)).toBe(0);
}

describe("updates that would leave something waiting for a dependency are refused", () => {
  it("a forged claim parked on the relay's next confirmation is refused and never confirmed", async () => {
    const relay = await startRelay();
    const dlhk = await openSyncedClient(relay.syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" }));
    claim(dlhk.doc, "c-own-1", { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_sehat", agency: "DLHK", note: "" }, "Pak Dedi", NOW);
    await waitFor(() => readConfirmations(dlhk.doc).has("c-own-1"), "the first confirmation");
    const relayClient = writerOf(confirmationsMap(dlhk.doc), "c-own-1");

    const attacker = await openRawConnected(roomUrl(relay.syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" })));
    await sendRaw(attacker, parkedBehind(dlhk.doc, Y.createID(relayClient, Y.getState(dlhk.doc.store, relayClient)), forgedClaim, { client: FORGER }));
    expect.soft(attacker.closeEvent).toEqual({ code: 4500, reason: "sinkronkan ulang" });

    // the relay confirms the next claim (it writes the clock the forgery waited for), then any update arrives
    claim(dlhk.doc, "c-own-2", { target: claimTargetOf("family", "kel-2"), familyId: "kel-2", domain: "pantas_sehat", agency: "DLHK", note: "" }, "Pak Dedi", NOW);
    await waitFor(() => readConfirmations(dlhk.doc).has("c-own-2"), "the second confirmation");
    addComment(dlhk.doc, "k-1", "i-x", "siap", "Pak Dedi", NOW);

    const fresh = await openSyncedClient(relay.syncUrl, ROOM, token(WS, "lurah"));
    await waitFor(() => readConfirmations(fresh.doc).size >= 2, "a fresh client to sync");
    expect(readClaims(fresh.doc).map((c) => `${c.id}:${c.agency}`).sort()).toEqual(["c-own-1:DLHK", "c-own-2:DLHK"]);
    expect([...readConfirmations(fresh.doc).keys()].sort()).toEqual(["c-own-1", "c-own-2"]);
    expectNothingParked(fresh.doc);
    expect(dlhk.closeCodes).toEqual([]);
    expect((await health(relay.httpUrl)).droppedUpdates).toBe(1);
    expect(relay.log.lines.filter((l) => l.includes("room.update.missing_dependency"))).toHaveLength(1);
  });

  it("a delete set over the relay's future clocks is refused; later confirmations and their history survive, also a restart", async () => {
    const dataDir = tempDataDir();
    const first = await spawnRelay(dataDir);
    const syncUrl = `ws://127.0.0.1:${first.port}/sync`;
    const dinkes = await openSyncedClient(syncUrl, ROOM, token(WS, "opd", { opd: "DINKES" }));
    claim(dinkes.doc, "c-1", { target: claimTargetOf("family", "kel-4"), familyId: "kel-4", domain: "pantas_sehat", agency: "DINKES", note: "" }, "Bu Ani", NOW);
    await waitFor(() => readConfirmations(dinkes.doc).has("c-1"), "the first confirmation");
    const relayClient = writerOf(confirmationsMap(dinkes.doc), "c-1");

    const attacker = await openRawConnected(roomUrl(syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" })));
    await sendRaw(attacker, writeBlocks([], [[relayClient, Y.getState(dinkes.doc.store, relayClient), 1_000_000]]));
    expect.soft(attacker.closeEvent).toEqual({ code: 4500, reason: "sinkronkan ulang" });

    claim(dinkes.doc, "c-2", { target: claimTargetOf("family", "kel-5"), familyId: "kel-5", domain: "pantas_sehat", agency: "DINKES", note: "" }, "Bu Ani", NOW);
    await waitFor(() => readConfirmations(dinkes.doc).has("c-2"), "the second confirmation");
    addComment(dinkes.doc, "k-1", "i-x", "ok", "Bu Ani", NOW); // before the fix, this released the parked deletion

    const witness = await openSyncedClient(syncUrl, ROOM, token(WS, "lurah"));
    await waitFor(() => readComments(witness.doc).length === 1, "the witness to sync");
    const expectConfirmed = (doc: Y.Doc) => {
      expect([...readConfirmations(doc).keys()].sort()).toEqual(["c-1", "c-2"]);
      expect(readHistory(doc).filter((h) => h.kind === "confirm")).toHaveLength(2);
      expect(doc.store.pendingDs).toBeNull();
    };
    expectConfirmed(witness.doc);

    await first.kill9();
    const second = await spawnRelay(dataDir);
    const after = await openSyncedClient(`ws://127.0.0.1:${second.port}/sync`, ROOM, token(WS, "lurah"));
    await waitFor(() => readComments(after.doc).length === 1, "a client of the restarted relay to sync");
    expectConfirmed(after.doc);
  });

  it.each([
    ["a claim in DINKES's name", forgedClaim],
    ["an overwrite of the lurah's claim", (doc: Y.Doc) => claimsMap(doc).set("c-1", new Y.Map([["target", "family:kel-1"], ["familyId", "kel-1"], ["domain", "pantas_sehat"], ["agency", "DINKES"]]))],
  ])("%s parked on the lurah's next write is refused; the lurah's next edit is accepted as the lurah's alone", async (_label, write) => {
    const relay = await startRelay();
    const lurah = await openSyncedClient(relay.syncUrl, ROOM, token(WS, "lurah"));
    claim(lurah.doc, "c-1", { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_sehat", agency: "DLHK", note: "" }, "Lurah", NOW);
    await waitFor(() => readConfirmations(lurah.doc).has("c-1"), "the lurah's claim confirmed");

    const attacker = await openRawConnected(roomUrl(relay.syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" })));
    await sendRaw(attacker, parkedBehind(lurah.doc, Y.createID(lurah.doc.clientID, Y.getState(lurah.doc.store, lurah.doc.clientID)), write, { client: FORGER }));
    expect.soft(attacker.closeEvent).toEqual({ code: 4500, reason: "sinkronkan ulang" });

    publishNeed(lurah.doc, "n-1", { familyId: "kel-3", label: "Kel. C., RT 03", rt: 3, domain: "pantas_sehat", reason: "stunting" }, "Lurah", NOW);
    const fresh = await openSyncedClient(relay.syncUrl, ROOM, token(WS, "kader"));
    await waitFor(() => readNeeds(fresh.doc).length === 1 || lurah.closeCodes.length > 0, "the lurah's need to reach others");
    expect(lurah.closeCodes).toEqual([]);
    expect(lurah.closed).toEqual([]);
    expect(readNeeds(fresh.doc).map((n) => n.id)).toEqual(["n-1"]);
    expect(readClaims(fresh.doc).map((c) => `${c.id}:${c.agency}`)).toEqual(["c-1:DLHK"]);
    expectNothingParked(fresh.doc);
  });

  it("nothing parked comes back from SQLite after a restart, also bytes an older relay stored", async () => {
    const dataDir = tempDataDir();
    const first = await spawnRelay(dataDir);
    let syncUrl = `ws://127.0.0.1:${first.port}/sync`;
    const lurah = await openSyncedClient(syncUrl, ROOM, token(WS, "lurah"));
    claim(lurah.doc, "c-1", { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_sehat", agency: "DLHK", note: "" }, "Lurah", NOW);
    await waitFor(() => readConfirmations(lurah.doc).has("c-1"), "the lurah's claim confirmed");
    const relayClient = writerOf(confirmationsMap(lurah.doc), "c-1");
    const waitsOnLurah = parkedBehind(lurah.doc, Y.createID(lurah.doc.clientID, Y.getState(lurah.doc.store, lurah.doc.clientID)), forgedClaim, { client: FORGER });

    const attacker = await openRawConnected(roomUrl(syncUrl, ROOM, token(WS, "opd", { opd: "DLHK" })));
    await sendRaw(attacker, waitsOnLurah);
    expect.soft(attacker.closeEvent).toEqual({ code: 4500, reason: "sinkronkan ulang" });
    lurah.provider.disconnect();
    await first.kill9();

    // what a relay before the refusal left on disk: the parked bytes stored raw, next to a deletion waiting too
    const legacy = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
    legacy.appendUpdate(ROOM, waitsOnLurah);
    legacy.appendUpdate(ROOM, writeBlocks([], [[relayClient, 1_000, 5]]));
    legacy.close();

    const second = await spawnRelay(dataDir);
    syncUrl = `ws://127.0.0.1:${second.port}/sync`;
    const fresh = await openSyncedClient(syncUrl, ROOM, token(WS, "kader"));
    await waitFor(() => readConfirmations(fresh.doc).has("c-1"), "a fresh client to sync");
    expectNothingParked(fresh.doc);

    // the lurah's phone comes back (same state, same client id): its next write is the clock the
    // forgery waited for, and nothing is released by it
    const lurahId = lurah.doc.clientID;
    const waitedFor = Y.getState(lurah.doc.store, lurahId);
    const sameDevice = new Y.Doc();
    Y.applyUpdate(sameDevice, Y.encodeStateAsUpdate(lurah.doc));
    sameDevice.clientID = lurahId;
    const phone = await openSyncedClient(syncUrl, ROOM, token(WS, "lurah"), { doc: sameDevice });
    publishNeed(phone.doc, "n-1", { familyId: "kel-3", label: "Kel. C., RT 03", rt: 3, domain: "pantas_sehat", reason: "stunting" }, "Lurah", NOW);
    await waitFor(() => readNeeds(fresh.doc).length === 1, "the need to reach the fresh client");
    expect(readClaims(fresh.doc).map((c) => c.id)).toEqual(["c-1"]);
    expectNothingParked(fresh.doc);
    expect(phone.closeCodes).toEqual([]);
    expect(phone.doc.clientID).toBe(lurahId);
    expect(Y.getState(phone.doc.store, lurahId)).toBeGreaterThan(waitedFor); // the clock was written

    // and the disk no longer holds them: every stored row applied to a new doc leaves nothing waiting
    await second.kill9();
    const disk = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
    const stored = disk.loadRoom(ROOM);
    disk.close();
    const replay = new Y.Doc();
    for (const data of [stored.snapshot, ...stored.updates.map((u) => u.data)]) if (data) Y.applyUpdate(replay, data);
    expectNothingParked(replay);
  });

  it("an honest client whose edit builds on one the relay never got (another tab's) is told to sync again, and both edits arrive", async () => {
    const relay = await startRelay();
    const witness = await openSyncedClient(relay.syncUrl, "desa-parkir/minutes", token(WS, "kader"));
    const tabA = openClient(relay.syncUrl, "desa-parkir/minutes", token(WS, "kader"), { connect: false });
    const tabB = await openSyncedClient(relay.syncUrl, "desa-parkir/minutes", token(WS, "kader"));
    // tab A is offline; its edit reaches tab B the way y-websocket's BroadcastChannel delivers it (origin: the provider)
    tabA.doc.getText("catatan").insert(0, "dari tab A");
    Y.applyUpdate(tabB.doc, Y.encodeStateAsUpdate(tabA.doc), tabB.provider);
    tabB.doc.getText("catatan").insert(10, ", lalu tab B"); // its origin is tab A's last character

    await waitFor(() => witness.doc.getText("catatan").toString() === "dari tab A, lalu tab B", "both edits to reach the witness");
    expect(tabB.closeCodes).toEqual([4500]);
    expect(tabB.closed).toEqual([]); // not a terminal close: y-websocket reconnected by itself
    expectNothingParked(witness.doc);
  });
});
