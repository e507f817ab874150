import { expect, it } from "vitest";
import { addHousehold, readHouseholds, updateHousehold } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openSyncedClient } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("two clients editing the roster converge through the relay", async () => {
  const { syncUrl } = await startRelay();
  const a = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const b = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "lurah"));

  addHousehold(a.doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 3, rw: 1 }, new Date());
  addHousehold(b.doc, "kel-2", { ...emptyHousehold(), kepala: "Sri Wahyuni", rt: 4, rw: 1 }, new Date());
  await waitFor(() => readHouseholds(a.doc).length === 2 && readHouseholds(b.doc).length === 2, "both households on both sides");

  updateHousehold(b.doc, "kel-1", { sumberAir: "ledeng" }, new Date());
  await waitFor(() => readHouseholds(a.doc).find((h) => h.id === "kel-1")?.sumberAir === "ledeng", "field edit to reach a");

  const byId = (doc: typeof a.doc) => readHouseholds(doc).sort((x, y) => x.id.localeCompare(y.id));
  expect(byId(a.doc)).toEqual(byId(b.doc));
});
