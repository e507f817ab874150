import { expect, it } from "vitest";
import { addHousehold, readHouseholds } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { openSyncedClient } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("an update another client has received survives kill -9 of the relay process", async () => {
  const dataDir = tempDataDir();
  const first = await spawnRelay(dataDir);
  const syncUrl = `ws://127.0.0.1:${first.port}/sync`;
  const a = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const b = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));

  addHousehold(a.doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 3, rw: 1 }, new Date());
  await waitFor(() => readHouseholds(b.doc).length === 1, "b receives the relayed update");
  await first.kill9();
  a.provider.destroy();
  b.provider.destroy();

  const second = await spawnRelay(dataDir);
  const fresh = await openSyncedClient(`ws://127.0.0.1:${second.port}/sync`, "desa-a/roster", token("desa-a", "lurah"));
  await waitFor(() => readHouseholds(fresh.doc).length === 1, "fresh client gets the update from disk", 3000);
  expect(readHouseholds(fresh.doc)[0]?.kepala).toBe("Budi Santoso");
  // the relay now holds a real workspace: no demo link beside it (issue 17, item 11)
  expect(second.stdout()).not.toContain("Tautan demo");
});
