import { expect, it } from "vitest";
import * as Y from "yjs";
import { addHousehold, readHouseholds } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { encodeSyncUpdate, syncPayloads } from "./support/protocol.ts";
import { dbCounts, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("the sender gets its accepted update echoed with identical bytes, after it was stored", async () => {
  const { syncUrl, dataDir } = await startRelay();
  const other = await openSyncedClient(syncUrl, "desa-a/roster", token("desa-a", "lurah"));
  const sender = await openRawConnected(roomUrl(syncUrl, "desa-a/roster", token("desa-a", "kader")));

  const local = new Y.Doc();
  addHousehold(local, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 3, rw: 1 }, new Date());
  const update = Y.encodeStateAsUpdate(local);
  const before = dbCounts(dataDir, "desa-a/roster").updates;
  sender.socket.send(encodeSyncUpdate(update));

  await waitFor(() => syncPayloads(sender.messages, 2).length > 0, "echo");
  const echoes = syncPayloads(sender.messages, 2);
  expect(echoes).toHaveLength(1);
  expect(Buffer.from(echoes[0]!).equals(Buffer.from(update))).toBe(true);
  expect(dbCounts(dataDir, "desa-a/roster").updates).toBe(before + 1);
  await waitFor(() => readHouseholds(other.doc).length === 1, "relayed to the other client");

  // Sending the same bytes again changes nothing: still echoed, not stored again.
  sender.socket.send(encodeSyncUpdate(update));
  await waitFor(() => syncPayloads(sender.messages, 2).length === 2, "second echo");
  expect(dbCounts(dataDir, "desa-a/roster").updates).toBe(before + 1);
});
