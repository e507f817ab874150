import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { encodeAwareness, encodeSyncStep1, encodeSyncUpdate } from "./support/protocol.ts";
import { dbCounts, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 2: rates per connection (relay/src/rooms/quotas.ts): updates, update bytes,
// sync requests and awareness, each a sustained rate and a burst no honest client reaches.
// 8 sockets x 8 MiB of awareness took the relay from 108 to 412 MB and pushed 64 MiB to every joiner.

/** One device's `count` small edits, each as its provider would send it. */
function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) doc.getMap("catatan").set("baris", i);
  return out;
}

function awarenessOf(clientID: number, state: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state as Record<string, unknown>);
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [clientID]);
  awareness.destroy();
  return update;
}

describe("rate quotas", () => {
  it("600 updates in one burst (the burst is 500, then 50 a second): closed with 4429; what came before is stored", async () => {
    const relay = await startRelay();
    const raw = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "kader")));
    for (const update of edits(600)) raw.socket.send(encodeSyncUpdate(update));
    await waitFor(() => raw.closeEvent !== null, "socket closed", 20_000);
    expect(raw.closeEvent).toEqual({ code: 4429, reason: "terlalu sering" });
    expect(relay.log.lines.some((l) => l.includes("quota.exceeded") && l.includes("quota=updates_per_second"))).toBe(true);
    const stored = dbCounts(relay.dataDir, "desa-a/minutes").updates;
    expect(stored).toBeGreaterThanOrEqual(500);
    expect(stored).toBeLessThan(600);
  });

  it("sync step 1 over and over (each answer can be the whole document): closed with 4429", async () => {
    const relay = await startRelay();
    const raw = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "viewer")));
    for (let i = 0; i < 20; i++) raw.socket.send(encodeSyncStep1(new Y.Doc()));
    await waitFor(() => raw.closeEvent !== null, "socket closed", 20_000);
    expect(raw.closeEvent).toEqual({ code: 4429, reason: "terlalu sering" });
    expect(relay.log.lines.some((l) => l.includes("quota=sync_requests_per_second"))).toBe(true);
  });

  it("an awareness state of 64 KiB (a user's name, colour and cursor are a few hundred bytes): closed with 4413 and never relayed", async () => {
    const relay = await startRelay();
    const watcher = await openSyncedClient(relay.syncUrl, "desa-a/minutes", token("desa-a", "kader"));
    const raw = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "viewer")));
    raw.socket.send(encodeAwareness(awarenessOf(777, { user: { name: "x".repeat(64 * 1024) } })));
    await waitFor(() => raw.closeEvent !== null, "socket closed", 20_000);
    expect(raw.closeEvent).toEqual({ code: 4413, reason: "terlalu besar" });
    expect(relay.log.lines.some((l) => l.includes("quota=awareness_bytes"))).toBe(true);
    expect(watcher.provider.awareness.getStates().has(777)).toBe(false);
  });

  it("awareness from more client ids than one socket has: closed with 4413", async () => {
    const relay = await startRelay();
    const raw = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "viewer")));
    for (let id = 1; id <= 6; id++) raw.socket.send(encodeAwareness(awarenessOf(500 + id, { user: { name: "Kader" } })));
    await waitFor(() => raw.closeEvent !== null, "socket closed", 20_000);
    expect(raw.closeEvent).toEqual({ code: 4413, reason: "terlalu besar" });
    expect(relay.log.lines.some((l) => l.includes("quota=awareness_clients"))).toBe(true);
  });

  it("300 awareness messages in one burst (the burst is 200, then 20 a second): closed with 4429", async () => {
    const relay = await startRelay();
    const raw = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "viewer")));
    for (let i = 1; i <= 300; i++) raw.socket.send(encodeAwareness(awarenessOf(900, { cursor: i })));
    await waitFor(() => raw.closeEvent !== null, "socket closed", 20_000);
    expect(raw.closeEvent).toEqual({ code: 4429, reason: "terlalu sering" });
    expect(relay.log.lines.some((l) => l.includes("quota=awareness_per_second"))).toBe(true);
  });
});
