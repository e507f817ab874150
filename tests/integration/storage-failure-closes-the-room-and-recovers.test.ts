import { expect, it } from "vitest";
import { addHousehold, readHouseholds } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openSyncedClient } from "./support/clients.ts";
import { dbCounts, health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("a full disk closes the room with 1011, the relay stays up, and the edit is stored once space is back", async () => {
  const relay = await startRelay();
  const writer = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const other = await openSyncedClient(relay.syncUrl, "desa-a/board", token("desa-a", "kader"));

  // Real SQLite, capped at its current size: the next page it needs fails with SQLITE_FULL.
  relay.storage.setMaxPageCount(relay.storage.pageCount());
  addHousehold(writer.doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 3, rw: 1, alamat: "Jl. Panjang ".repeat(2000) }, new Date());

  await waitFor(() => writer.closeCodes.includes(1011), "room closed with 1011");
  expect(relay.log.lines.some((l) => l.includes("room.storage_failed") && l.includes("SQLITE_FULL"))).toBe(true);
  // the relay stays up and says its store fails (issue 17, item 9: tests/integration/healthz-...)
  expect((await health(relay.httpUrl)).storage).toMatchObject({ ok: false, error: "SQLITE_FULL" });
  expect(other.closeCodes).toEqual([]); // another room is untouched
  expect(dbCounts(relay.dataDir, "desa-a/roster").updates).toBe(0);

  relay.storage.setMaxPageCount(1_000_000);
  // The provider reconnects by itself and resends the edit in its sync step 2.
  await waitFor(() => dbCounts(relay.dataDir, "desa-a/roster").updates > 0 && writer.provider.synced, "edit stored after recovery");

  const fresh = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "lurah"));
  await waitFor(() => readHouseholds(fresh.doc).length === 1, "fresh client sees the edit");
  expect(readHouseholds(fresh.doc)[0]?.kepala).toBe("Budi Santoso");
});
