import { expect, it } from "vitest";
import { addHousehold, readHouseholds, updateHousehold } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openSyncedClient } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("edits made offline on both sides merge after both reconnect", async () => {
  const { syncUrl } = await startRelay();
  const a = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const b = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  addHousehold(a.doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 3, rw: 1 }, new Date());
  await waitFor(() => readHouseholds(b.doc).length === 1, "shared starting point");

  a.provider.disconnect();
  b.provider.disconnect();
  updateHousehold(a.doc, "kel-1", { sumberAir: "sumur_bor" }, new Date());
  updateHousehold(b.doc, "kel-1", { jamban: "jamban_septik" }, new Date());
  addHousehold(b.doc, "kel-2", { ...emptyHousehold(), kepala: "Sri Wahyuni", rt: 4, rw: 1 }, new Date());

  a.provider.connect();
  b.provider.connect();
  const merged = (doc: typeof a.doc) => {
    const h = readHouseholds(doc).find((x) => x.id === "kel-1");
    return readHouseholds(doc).length === 2 && h?.sumberAir === "sumur_bor" && h.jamban === "jamban_septik";
  };
  await waitFor(() => merged(a.doc) && merged(b.doc), "both offline edits on both sides");
  expect(readHouseholds(a.doc).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
    readHouseholds(b.doc).sort((x, y) => x.id.localeCompare(y.id)),
  );
});
