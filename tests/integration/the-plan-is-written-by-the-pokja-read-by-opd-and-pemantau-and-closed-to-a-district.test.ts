import { expect, it } from "vitest";
import * as Y from "yjs";
import { addActivity, addBudgetLine, readActivities, setLineAmount } from "@shared/crdt/index.ts";
import { openRaw, openSyncedClient, roomUrl } from "./support/clients.ts";
import { encodeSyncUpdate, syncPayloads } from "./support/protocol.ts";
import { districtToken } from "./support/reports.ts";
import { health, startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// The village plan (issue 19) has the minutes' permissions, enforced by the relay (relay/PROTOCOL.md section 1):
// the lurah and the pokja write it; an OPD liaison and a pemantau receive it but whatever they change is dropped,
// neither relayed, stored nor echoed; a district token opens it no more than any village document.
const NOW = new Date("2026-11-22T02:00:00Z");
const writer = (by: string) => {
  let n = 0;
  return { by, newId: () => `${by}${++n}` };
};

it("the pokja writes the plan, OPD and pemantau read it and their updates are dropped, a district is refused at the upgrade", async () => {
  const first = await startRelay();
  const kader = await openSyncedClient(first.syncUrl, "desa-a/plan", token("desa-a", "kader"));
  addActivity(kader.doc, "jamban-rw3", { year: 2027, title: "Jamban sehat", targetGroup: "Keluarga KRS dengan jamban tidak layak", target: 35, rw: 3 }, writer("kader"), NOW);
  addBudgetLine(kader.doc, "jamban-rw3", "l1", { label: "Semen dan kloset", source: "dana_desa", amount: 1_500_000 }, writer("kader"), NOW);

  // OPD and pemantau read it (the relay sends them the plan) ...
  const opd = await openSyncedClient(first.syncUrl, "desa-a/plan", token("desa-a", "opd", { opd: "DINKES" }));
  const viewer = await openSyncedClient(first.syncUrl, "desa-a/plan", token("desa-a", "viewer"));
  for (const reader of [opd, viewer]) await waitFor(() => readActivities(reader.doc)[0]?.budget[0]?.amount === 1_500_000, "the plan reaches a read-only role");

  // ... but what they change goes nowhere: the OPD's provider sends its edits, the pemantau a hand-made update
  setLineAmount(opd.doc, "jamban-rw3", "l1", 9_000_000, writer("opd"), NOW);
  addActivity(opd.doc, "opd-own", { year: 2027, title: "Kegiatan OPD" }, writer("opd"), NOW);
  const forged = new Y.Doc();
  Y.applyUpdate(forged, Y.encodeStateAsUpdate(viewer.doc));
  addActivity(forged, "viewer-own", { year: 2027, title: "Kegiatan pemantau" }, writer("viewer"), NOW);
  const forgedUpdate = Y.encodeStateAsUpdate(forged, Y.encodeStateVector(viewer.doc));
  const viewerRaw = openRaw(roomUrl(first.syncUrl, "desa-a/plan", token("desa-a", "viewer")));
  await waitFor(() => viewerRaw.opened, "the pemantau's raw socket");
  viewerRaw.socket.send(encodeSyncUpdate(forgedUpdate));
  await waitFor(async () => (await health(first.httpUrl)).droppedUpdates >= 2, "both read-only updates dropped and counted");

  // the pipe is clear: a pokja edit made after them reaches everyone, and theirs reached nobody
  const lurah = await openSyncedClient(first.syncUrl, "desa-a/plan", token("desa-a", "lurah"));
  setLineAmount(lurah.doc, "jamban-rw3", "l1", 1_750_000, writer("lurah"), NOW);
  for (const reader of [kader, viewer]) await waitFor(() => readActivities(reader.doc)[0]?.budget[0]?.amount === 1_750_000, "the lurah's amount everywhere");
  // (the OPD's own copy still holds its refused amount beside the lurah's: it never reached anyone else)
  await waitFor(() => readActivities(opd.doc)[0]?.conflicts[0]?.entries.some((e) => e.value === 1_750_000) === true, "the lurah's amount reaches the OPD");
  expect(readActivities(kader.doc).map((a) => a.id)).toEqual(["jamban-rw3"]);
  expect(readActivities(kader.doc)[0]!.conflicts).toEqual([]);
  expect(syncPayloads(viewerRaw.messages, 2).some((p) => Buffer.from(p).equals(Buffer.from(forgedUpdate)))).toBe(false);
  expect(first.log.lines.some((l) => l.includes("room.update.dropped_read_only") && l.includes("role=opd") && l.includes("doc=plan"))).toBe(true);
  expect(first.log.lines.some((l) => l.includes("room.update.dropped_read_only") && l.includes("role=viewer"))).toBe(true);

  // a district token is refused at the upgrade, before any byte of the plan
  first.storage.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1001", name: "Namosain" }, Date.now());
  const district = openRaw(roomUrl(first.syncUrl, "desa-a/plan", districtToken(first.storage, "53.71").token));
  await waitFor(() => district.refusedStatus !== null || district.opened, "the district's upgrade answer");
  expect(district.opened).toBe(false);
  expect(district.refusedStatus).toBe(403);
  expect(district.messages).toEqual([]);

  // not stored: after a restart the plan is the pokja's alone
  await first.stop();
  const second = await startRelay({ dataDir: first.dataDir });
  const fresh = await openSyncedClient(second.syncUrl, "desa-a/plan", token("desa-a", "lurah"));
  expect(readActivities(fresh.doc).map((a) => [a.id, a.budget[0]?.amount])).toEqual([["jamban-rw3", 1_750_000]]);
});
