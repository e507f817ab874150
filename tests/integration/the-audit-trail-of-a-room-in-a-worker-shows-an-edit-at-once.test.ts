import { expect, it } from "vitest";
import * as Y from "yjs";
import { addHousehold, type Writer } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { mintToken } from "../../relay/src/auth/tokens.ts";
import { openSyncedClient } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { testKeyring } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const NOW = new Date("2026-12-07T02:00:00Z");
const kaderWriter: Writer = { by: "Kader", newId: () => "h-baru" };

// A village's roster of some thousands of families is big enough to live in a room worker, which
// commits through its own update journal and folds it into the database within 5 s. The audit
// trail is read through the main thread's connection: the lurah asking "who changed this?" right
// after a kader's edit did not see it yet. The relay now asks the worker to fold first.
it("the lurah's audit trail of a roster in a room worker shows a kader's edit as soon as it went round", async () => {
  const relay = await startRelay({ heavyRoomBytes: 512 });
  const seed = new Y.Doc();
  for (let i = 0; i < 40; i++) addHousehold(seed, `h${i}`, { ...emptyHousehold(), kepala: `Kepala ${i}`, rw: 1, rt: 1 + (i % 5) }, NOW, { by: "Impor", newId: () => `s${i}` });
  relay.storage.appendUpdate("desa-a/roster", Y.encodeStateAsUpdate(seed));
  expect(Y.encodeStateAsUpdate(seed).length).toBeGreaterThan(512);
  seed.destroy();

  const kader = await mintToken(testKeyring(), { workspace: "desa-a", role: "kader", days: 1 });
  const lurah = await mintToken(testKeyring(), { workspace: "desa-a", role: "lurah", days: 1 });
  const phone = await openSyncedClient(relay.syncUrl, "desa-a/roster", kader.token);
  const laptop = await openSyncedClient(relay.syncUrl, "desa-a/roster", lurah.token);
  expect(relay.log.lines.some((l) => l.includes("relay.worker_started"))).toBe(true);

  addHousehold(phone.doc, "h-baru", { ...emptyHousehold(), kepala: "Yosefina Bere", rw: 2, rt: 3 }, NOW, kaderWriter);
  // relayed to the lurah's laptop: committed (journaled) by the worker
  await waitFor(() => laptop.doc.getMap("r").size === phone.doc.getMap("r").size, "the laptop holds the kader's new family");

  const res = await fetch(`${relay.httpUrl}/api/audit/roster?limit=5`, { headers: { Authorization: `Bearer ${lurah.token}` } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { records: Array<{ seq: number; role: string | null; jti: string | null }> };
  expect(body.records.map((r) => [r.seq, r.role, r.jti])).toEqual([
    [2, "kader", kader.payload.jti],
    [1, "relay", null],
  ]);
}, 30_000);
