import { expect, it } from "vitest";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 6: a phone that leaves the network without closing kept its room loaded and
// counted (20 stalled readers still counted after 80 s). The relay pings every connection; a
// peer that showed no sign of life since the last ping is dropped.
it("a peer that answers no ping is dropped and its room unloads; a live client stays through the heartbeats", async () => {
  const relay = await startRelay({ heartbeatMs: 150, unloadDelayMs: 50 });
  const live = await openSyncedClient(relay.syncUrl, "desa-b/minutes", token("desa-b", "kader"));
  const gone = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "kader")), { autoPong: false });
  expect((await health(relay.httpUrl)).connections).toBe(2);

  await waitFor(() => gone.closeEvent !== null, "the silent peer dropped", 10_000);
  await waitFor(async () => {
    const h = await health(relay.httpUrl);
    return h.connections === 1 && h.rooms === 1;
  }, "only the live client's room left", 10_000);
  expect(relay.log.lines.some((l) => l.includes("connection.dead") && l.includes("ws=desa-a"))).toBe(true);

  // the live client was pinged too, answered, and still syncs
  const peer = await openSyncedClient(relay.syncUrl, "desa-b/minutes", token("desa-b", "lurah"));
  live.doc.getText("catatan").insert(0, "masih di sini");
  await waitFor(() => peer.doc.getText("catatan").toString() === "masih di sini", "live client's edit relayed");
  expect(live.closeCodes).toEqual([]);
});

// After the relay's thread stalls (a busy machine), timers run before the sockets are read: the
// pongs that arrived meanwhile are still unread, and every live peer looked dead.
it("a stall of the relay's thread longer than the heartbeat drops nobody: the pong that waited is read after it", async () => {
  const relay = await startRelay({ heartbeatMs: 100 });
  const phone = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/minutes", token("desa-a", "kader")));
  let stalls = 0;
  phone.socket.on("ping", () => {
    // the pong is on its way (ws sends it before this event); this process (the relay's too) stalls
    if (stalls++ > 0) return;
    const until = Date.now() + 400;
    while (Date.now() < until) {
      // busy, as under load
    }
  });
  await waitFor(() => stalls >= 4, "four more pings after the stall", 10_000);
  expect(phone.closeEvent).toBeNull();
  expect(relay.log.lines.filter((l) => l.includes("connection.dead"))).toEqual([]);
});
