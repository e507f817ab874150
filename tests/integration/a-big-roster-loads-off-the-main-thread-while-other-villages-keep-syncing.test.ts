import { expect, it } from "vitest";
import * as Y from "yjs";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 3: loading the 20,000-household roster took the relay's one event loop for
// seconds, and every other village waited. A big room now loads in a worker thread: while it
// loads, the main thread keeps relaying the other villages' edits. (How long the others wait is
// a figure for `npm run bench:relay`, not a test; this checks what comes first.)
it("while a 20,000-household roster loads cold, another village's edit goes round before the roster's first byte is sent", async () => {
  const relay = await startRelay();
  const roster = new Y.Doc();
  generateRoster(roster, { households: 20_000, seed: 17 });
  relay.storage.appendUpdate("desa-besar/roster", Y.encodeStateAsUpdate(roster));
  roster.destroy();

  const a = await openSyncedClient(relay.syncUrl, "desa-kecil/minutes", token("desa-kecil", "kader"));
  const b = await openSyncedClient(relay.syncUrl, "desa-kecil/minutes", token("desa-kecil", "kader"));
  const order: string[] = [];
  b.doc.getText("catatan").observe(() => order.push("small edit relayed"));

  const big = await openRawConnected(roomUrl(relay.syncUrl, "desa-besar/roster", token("desa-besar", "kader")));
  big.socket.on("message", () => order.push("roster's first message"));
  a.doc.getText("catatan").insert(0, "posyandu hari Sabtu");

  await waitFor(() => order.length >= 2, "the small edit and the roster's first message", 30_000);
  expect(order.slice(0, 2)).toEqual(["small edit relayed", "roster's first message"]);
  expect(relay.log.lines.some((l) => l.includes("relay.worker_started"))).toBe(true);

  // the relay stops: its worker stops with it, and that is no failure
  await relay.stop();
  expect(relay.log.lines.filter((l) => l.includes("worker_failed"))).toEqual([]);
}, 60_000);
