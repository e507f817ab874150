import { expect, it } from "vitest";
import { addIntervention } from "@shared/crdt/index.ts";
import { openSyncedClient } from "./support/clients.ts";
import { dbCounts, health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("a room without connections is compacted and unloaded after unloadDelayMs, and reloads on the next join", async () => {
  const { syncUrl, httpUrl, dataDir } = await startRelay({ unloadDelayMs: 50 });
  const client = await openSyncedClient(syncUrl, "desa-a/board", token("desa-a", "kader"));
  addIntervention(client.doc, "int-1", { title: "Jamban sehat", agency: "DLHK", domain: "pantas_tempat_tinggal", status: "open" }, new Date());
  await waitFor(() => dbCounts(dataDir, "desa-a/board").updates === 1, "update stored");
  expect((await health(httpUrl)).rooms).toBe(1);

  client.provider.destroy();
  await waitFor(async () => (await health(httpUrl)).rooms === 0, "room unloaded");
  expect(dbCounts(dataDir, "desa-a/board")).toEqual({ updates: 0, snapshots: 1 });

  const again = await openSyncedClient(syncUrl, "desa-a/board", token("desa-a", "viewer"));
  expect(again.doc.getMap("interventions").has("int-1")).toBe(true);
});
