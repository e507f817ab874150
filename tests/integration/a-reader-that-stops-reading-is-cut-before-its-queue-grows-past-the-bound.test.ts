import { expect, it } from "vitest";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 6: what a slow reader may have queued at the relay is bounded. A socket that
// stops reading (a clogged link, a frozen phone) would otherwise make the relay hold every
// update of its room for it.
it("a socket that stops reading is cut once more than maxQueuedBytes waits for it; the room's other phones go on", async () => {
  const relay = await startRelay({ maxQueuedBytes: 1024 * 1024 });
  const writer = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const other = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "lurah"));
  const slow = await openRawConnected(roomUrl(relay.syncUrl, "desa-a/roster", token("desa-a", "kader")));
  (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause(); // reads nothing more from TCP

  // 24 MB of updates (each overwrites one value), more than the kernel's socket buffers hold;
  // one after the other, as a phone sends them (the writer reads its echoes in between)
  const photos = writer.doc.getMap<string>("foto");
  for (let i = 0; i < 240; i++) {
    photos.set("balai", `${i}`.padEnd(100_000, "#"));
    await waitFor(() => relay.storage.listUpdateAudit("desa-a/roster", { afterSeq: i, limit: 1 }).length === 1, `update ${i} stored`);
  }
  await waitFor(() => relay.log.lines.some((l) => l.includes("connection.slow_reader")), "the slow reader cut", 30_000);
  await waitFor(async () => (await health(relay.httpUrl)).connections === 2, "two connections left", 10_000);
  await waitFor(() => other.doc.getMap("foto").get("balai")?.toString().startsWith("239#") === true, "the other phone got the last update", 30_000);
  expect(writer.closeCodes).toEqual([]);
}, 60_000);
