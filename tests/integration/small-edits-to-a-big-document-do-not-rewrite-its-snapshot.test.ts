import { expect, it } from "vitest";
import * as Y from "yjs";
import { openSyncedClient } from "./support/clients.ts";
import { dbCounts, health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 4: a compaction every 200 updates rewrote the whole document: 1,000 small edits
// (30 KB) to the 20,000-household roster made the relay write 101 MB. Compaction goes by bytes
// now (relay/src/rooms/compactionPolicy.ts): when the updates since the snapshot reach half of
// it, and at unload only when they reach a tenth. (Write amplification: `npm run bench:relay`.)
it("300 small edits to a 1 MiB document leave its snapshot alone, also when the room unloads; an update half its size compacts it", async () => {
  const relay = await startRelay({ unloadDelayMs: 100 });
  const seed = new Y.Doc();
  seed.transact(() => {
    for (let i = 0; i < 2000; i++) seed.getMap("keluarga").set(`kel-${i}`, { alamat: `Jl. Kenanga No. ${i} ${"x".repeat(500)}` });
  });
  const snapshot = Y.encodeStateAsUpdate(seed);
  expect(snapshot.length).toBeGreaterThan(1024 * 1024);
  relay.storage.compact("desa-a/roster", snapshot, 0);

  const kader = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const households = kader.doc.getMap<{ alamat: string }>("keluarga");
  for (let i = 0; i < 300; i++) households.set(`kel-${i}`, { alamat: `Jl. Kenanga No. ${i}A` });
  await waitFor(() => relay.storage.listUpdateAudit("desa-a/roster").length === 300, "300 edits stored", 20_000);
  expect(dbCounts(relay.dataDir, "desa-a/roster")).toEqual({ updates: 300, snapshots: 1 });

  kader.provider.destroy();
  await waitFor(async () => (await health(relay.httpUrl)).rooms === 0, "room unloaded", 20_000);
  expect(dbCounts(relay.dataDir, "desa-a/roster")).toEqual({ updates: 300, snapshots: 1 });
  expect(relay.log.lines.filter((l) => l.includes("room.compacted"))).toEqual([]);

  // an update of more than half the snapshot: compacted while in use
  const lurah = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "lurah"));
  lurah.doc.transact(() => {
    for (let i = 2000; i < 3200; i++) lurah.doc.getMap("keluarga").set(`kel-${i}`, { alamat: `Jl. Melati No. ${i} ${"y".repeat(500)}` });
  });
  await waitFor(() => relay.log.lines.some((l) => l.includes("room.compacted") && l.includes("doc=roster")), "compacted", 20_000);
  expect(dbCounts(relay.dataDir, "desa-a/roster")).toEqual({ updates: 0, snapshots: 1 });
  // who sent each update stays
  expect(relay.storage.listUpdateAudit("desa-a/roster", { limit: 1000 }).map((a) => a.role)).toEqual([...Array(300).fill("kader"), "lurah"]);
});
