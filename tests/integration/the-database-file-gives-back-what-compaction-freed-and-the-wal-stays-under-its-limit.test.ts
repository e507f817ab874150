import { expect, it } from "vitest";
import { openSyncedClient } from "./support/clients.ts";
import { dbFile, health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17 item 5: after 200,000 small updates the SQLite file was 66% free pages and never
// shrank, and the WAL stayed at its high mark. The file is in incremental auto-vacuum mode now,
// a compaction gives the pages it freed back to the file system, and the WAL is cut to
// journal_size_limit.
it("4 MB of edits that overwrite one value, compacted when the room goes idle: the file shrinks back, with few free pages, and the WAL within its limit", async () => {
  const walLimit = 512 * 1024;
  const relay = await startRelay({
    storageOptions: { journalSizeLimitBytes: walLimit },
    // nothing compacts while the room is in use: the 4 MB of updates pile up, as on a busy day
    compaction: { minBytes: 64 * 1024 * 1024, ratio: 1000, maxUpdates: 100_000 },
    unloadDelayMs: 100,
  });
  const kader = await openSyncedClient(relay.syncUrl, "desa-a/minutes", token("desa-a", "kader"));
  const photo = kader.doc.getMap<string>("lampiran");
  for (let i = 0; i < 200; i++) {
    photo.set("foto-balai", `${i}`.padEnd(20_000, "#"));
    // one at a time, as a phone sends them (and within the bytes-per-second quota)
    await waitFor(() => relay.storage.listUpdateAudit("desa-a/minutes", { afterSeq: i, limit: 1 }).length === 1, `edit ${i} stored`);
  }
  expect(dbFile(relay.dataDir).bytes).toBeGreaterThan(4 * 1024 * 1024);

  // the phone leaves: the idle room is compacted (one 20 KB value is left) and unloaded
  kader.provider.destroy();
  await waitFor(async () => (await health(relay.httpUrl)).rooms === 0, "room unloaded", 20_000);
  expect(relay.log.lines.some((l) => l.includes("room.compacted"))).toBe(true);

  // one more write, later, restarts the WAL after the last checkpoint
  const lurah = await openSyncedClient(relay.syncUrl, "desa-a/minutes", token("desa-a", "lurah"));
  lurah.doc.getMap<string>("lampiran").set("judul", "selesai");
  await waitFor(() => relay.storage.listUpdateAudit("desa-a/minutes", { afterSeq: 200 }).length === 1, "last edit stored");
  await waitFor(() => dbFile(relay.dataDir).walBytes <= walLimit, "WAL cut back to its limit", 20_000);
  const file = dbFile(relay.dataDir);
  expect(file.bytes).toBeLessThan(1024 * 1024);
  expect(file.freePages).toBeLessThan(64);
  expect(kader.closeCodes).toEqual([]);
}, 60_000);
