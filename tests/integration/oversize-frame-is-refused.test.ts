import { expect, it } from "vitest";
import { addHousehold, readHouseholds } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { encodeSyncUpdate } from "./support/protocol.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("a frame above maxFrameBytes is refused with 1009 and the relay keeps serving", async () => {
  const { syncUrl, httpUrl } = await startRelay({ maxFrameBytes: 4096 });
  const big = await openRawConnected(roomUrl(syncUrl, "desa-a/roster", token("desa-a", "kader")));
  big.socket.send(encodeSyncUpdate(new Uint8Array(8192)));
  await waitFor(() => big.closeEvent !== null, "oversize socket closed");
  expect(big.closeEvent?.code).toBe(1009);

  const a = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  const b = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "kader"));
  addHousehold(a.doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 3, rw: 1 }, new Date());
  await waitFor(() => readHouseholds(b.doc).length === 1, "relay still relays");
  expect((await health(httpUrl)).ok).toBe(true);
});
