import { expect, it } from "vitest";
import * as Y from "yjs";
import { ROSTER_ROOT } from "@shared/crdt/roster/layout.ts";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { createRelay } from "../../relay/src/createRelay.ts";
import { memoryLogger } from "../../relay/src/log.ts";
import { PostgresStorage } from "../../relay/src/storage/postgres.ts";
import { postgresForThisFile } from "./support/postgresServer.ts";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { onCleanup } from "./support/cleanup.ts";
import { testKeyring, token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 3 on PostgreSQL (a district's relay): the rooms of a relay on PostgreSQL all loaded on
// the main thread, since its store answers later than the room is placed. A big room is now placed by
// its stored size there too, in a worker thread with its own small pool: while the 20,000-household
// roster loads, the main thread keeps relaying another village's edits, and the worker stores the
// roster's edits in PostgreSQL.
const postgres = postgresForThisFile();

it("on PostgreSQL, a 20,000-household roster loads in a worker: another village's edit goes round first, and the roster's edits are stored", async () => {
  const storage = await PostgresStorage.open(await postgres().createDatabase());
  const log = memoryLogger();
  const relay = createRelay({ unloadDelayMs: 60_000, keys: testKeyring(), storage, log });
  const { port } = await relay.listen(0, "127.0.0.1");
  onCleanup(async () => {
    await relay.close();
    await storage.close();
  });
  const syncUrl = `ws://127.0.0.1:${port}/sync`;
  const roster = new Y.Doc();
  generateRoster(roster, { households: 20_000, seed: 17 });
  await storage.appendUpdate("desa-besar/roster", Y.encodeStateAsUpdate(roster));
  roster.destroy();

  const a = await openSyncedClient(syncUrl, "desa-kecil/minutes", token("desa-kecil", "kader"));
  const b = await openSyncedClient(syncUrl, "desa-kecil/minutes", token("desa-kecil", "kader"));
  const order: string[] = [];
  b.doc.getText("catatan").observe(() => order.push("small edit relayed"));

  const big = await openRawConnected(roomUrl(syncUrl, "desa-besar/roster", token("desa-besar", "kader")));
  big.socket.on("message", () => order.push("roster's first message"));
  a.doc.getText("catatan").insert(0, "posyandu hari Sabtu");

  await waitFor(() => order.length >= 2, "the small edit and the roster's first message", 60_000);
  expect(order.slice(0, 2)).toEqual(["small edit relayed", "roster's first message"]);
  expect(log.lines.some((l) => l.includes("relay.worker_started"))).toBe(true);
  big.socket.close();

  // an edit to the roster goes through the worker's own pool into PostgreSQL
  const before = (await storage.listUpdateAudit("desa-besar/roster")).length;
  const kader = await openSyncedClient(syncUrl, "desa-besar/roster", token("desa-besar", "kader"));
  kader.doc.getMap(ROSTER_ROOT).set("hh-baru", "keluarga baru");
  await waitFor(async () => (await storage.listUpdateAudit("desa-besar/roster")).length > before, "the roster's edit stored in PostgreSQL", 30_000);
  expect(log.lines.filter((l) => l.includes("worker_failed"))).toEqual([]);
}, 180_000);
