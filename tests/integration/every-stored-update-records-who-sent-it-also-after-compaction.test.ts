import { expect, it } from "vitest";
import type * as Y from "yjs";
import { addComment, claim, claimTargetOf, claimsMap } from "@shared/crdt/index.ts";
import { mintToken } from "../../relay/src/auth/tokens.ts";
import { openSyncedClient } from "./support/clients.ts";
import { dbCounts, health, startRelay } from "./support/relay.ts";
import { testKeyring } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const NOW = new Date("2026-11-22T02:00:00Z");

// Issue 17 item 17 (storage): for every stored update the relay keeps who sent it (the token's
// id, role and agency) and when, with the update, and after a compaction merged the updates into
// the snapshot; the ids each update inserted let the lurah's audit view trace a record to its
// sender (storage.listUpdateAudit). Nothing personal goes into the log.
it("an OPD liaison's claim, the relay's confirmation and a kader's comment: each stored with its sender and time, traceable to the records, kept after compaction", async () => {
  const relay = await startRelay({ unloadDelayMs: 50 });
  const opd = await mintToken(testKeyring(), { workspace: "desa-a", role: "opd", opd: "DLHK", days: 1 });
  const kader = await mintToken(testKeyring(), { workspace: "desa-a", role: "kader", days: 1 });
  const liaison = await openSyncedClient(relay.syncUrl, "desa-a/board", opd.token);
  const before = Date.now();
  claim(liaison.doc, "c-1", { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_tempat_tinggal", agency: "DLHK", note: "" }, "Pak Dedi Kurniawan", NOW);
  await waitFor(() => relay.storage.listUpdateAudit("desa-a/board").length === 2, "claim and confirmation stored");
  const phone = await openSyncedClient(relay.syncUrl, "desa-a/board", kader.token);
  addComment(phone.doc, "k-1", "i-1", "Ibu Sari siap membantu", "Ibu Sari Wulandari", NOW);
  await waitFor(() => relay.storage.listUpdateAudit("desa-a/board").length === 3, "comment stored");

  const audit = relay.storage.listUpdateAudit("desa-a/board");
  expect(audit.map((a) => [a.seq, a.role, a.jti, a.agency])).toEqual([
    [1, "opd", opd.payload.jti, "DLHK"],
    [2, "relay", null, null],
    [3, "kader", kader.payload.jti, null],
  ]);
  for (const a of audit) {
    expect(a.at).toBeGreaterThanOrEqual(before);
    expect(a.at).toBeLessThanOrEqual(Date.now());
  }
  // the claim record traces to the liaison's update by its Yjs id
  const record = (claimsMap(phone.doc) as unknown as { _map: Map<string, Y.Item> })._map.get("c-1")!;
  const owner = audit.find((a) => a.inserted.some(([client, clock, len]) => client === record.id.client && record.id.clock >= clock && record.id.clock < clock + len));
  expect(owner?.role).toBe("opd");

  // everyone leaves; the idle room is compacted (its updates merged into the snapshot) and unloaded
  liaison.provider.destroy();
  phone.provider.destroy();
  await waitFor(async () => (await health(relay.httpUrl)).rooms === 0, "room unloaded");
  expect(dbCounts(relay.dataDir, "desa-a/board")).toEqual({ updates: 0, snapshots: 1 });
  expect(relay.storage.listUpdateAudit("desa-a/board")).toEqual(audit);

  // the log names roles and token prefixes, never a person
  expect(relay.log.lines.join("\n")).not.toMatch(/Dedi|Sari|Wulandari|Kurniawan/);
});
