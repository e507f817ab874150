import { expect, it } from "vitest";
import { addHousehold, householdIdRuns, rosterTouched, updateHousehold, type Writer } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { mintToken } from "../../relay/src/auth/tokens.ts";
import { openSyncedClient } from "./support/clients.ts";
import { health, startRelay } from "./support/relay.ts";
import { testKeyring, token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const NOW = new Date("2026-11-22T02:00:00Z");
const as = (by: string): Writer => {
  let n = 0;
  return { by, newId: () => `${by.slice(0, 1)}${n++}` };
};

interface AuditAnswer {
  doc: string;
  records: Array<{ seq: number; at: string; jti: string | null; role: string | null; agency: string | null; bytes: number; inserted: Array<[number, number, number]>; deleted: Array<[number, number, number]>; truncated: boolean }>;
  next: number | null;
  scanned?: number;
}

async function call(url: string, bearer: string | null, init: RequestInit = {}): Promise<{ status: number; body: AuditAnswer & { error?: string } }> {
  const res = await fetch(url, { ...init, headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(init.body ? { "Content-Type": "application/json" } : {}) } });
  return { status: res.status, body: (await res.json()) as AuditAnswer & { error?: string } };
}

// Issue 17 item 17: the lurah sees, per document and per family, who changed what and when. The
// relay answers with who sent each stored update (token id, role, agency), when, and the Yjs ids it
// wrote; the lurah's device reads from its own copy which family and field those ids are.
it("a kader's and the lurah's edits: the lurah pages through the roster's trail and asks which updates touched one family, before and after compaction; nobody else may", async () => {
  const relay = await startRelay({ unloadDelayMs: 50 });
  const kader = await mintToken(testKeyring(), { workspace: "desa-a", role: "kader", days: 1 });
  const lurah = await mintToken(testKeyring(), { workspace: "desa-a", role: "lurah", days: 1 });
  const phone = await openSyncedClient(relay.syncUrl, "desa-a/roster", kader.token);
  addHousehold(phone.doc, "h1", { ...emptyHousehold(), kepala: "Yohanes Seran", rw: 2, rt: 5 }, NOW, as("Kader"));
  addHousehold(phone.doc, "h2", { ...emptyHousehold(), kepala: "Maria Bria", rw: 2, rt: 6 }, NOW, as("Kader"));
  await waitFor(() => relay.storage.listUpdateAudit("desa-a/roster").length === 2, "two households stored");
  const laptop = await openSyncedClient(relay.syncUrl, "desa-a/roster", lurah.token);
  updateHousehold(laptop.doc, "h1", { alamat: "Jl. Kenanga 5" }, NOW, as("Lurah"));
  updateHousehold(phone.doc, "h2", { alamat: "Jl. Melati 1" }, NOW, as("Kader"));
  await waitFor(() => relay.storage.listUpdateAudit("desa-a/roster").length === 4, "two edits stored");
  await waitFor(() => laptop.doc.getMap("r").size === phone.doc.getMap("r").size, "the laptop holds the kader's edit");

  const trail = `${relay.httpUrl}/api/audit/roster`;
  const check = async () => {
    // the whole trail, newest first, two at a time
    const first = await call(`${trail}?limit=2`, lurah.token);
    expect(first.status).toBe(200);
    expect(first.body.records.map((r) => [r.seq, r.role, r.jti])).toEqual([
      [4, "kader", kader.payload.jti],
      [3, "lurah", lurah.payload.jti],
    ]);
    expect(first.body.next).toBe(3);
    const second = await call(`${trail}?limit=2&before=${first.body.next}`, lurah.token);
    expect(second.body.records.map((r) => r.seq)).toEqual([2, 1]);
    expect(new Date(second.body.records[1]!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // the updates that touched h1, read on the lurah's laptop: the kader created it, the lurah edited it
    const touching = await call(`${trail}/touching`, lurah.token, { method: "POST", body: JSON.stringify({ ids: householdIdRuns(laptop.doc, "h1") }) });
    expect(touching.status).toBe(200);
    expect(touching.body.records.map((r) => [r.seq, r.role])).toEqual([
      [3, "lurah"],
      [1, "kader"],
    ]);
    expect(touching.body.next).toBeNull();
    const what = touching.body.records.map((r) => rosterTouched(laptop.doc, r.inserted, r.deleted, 5).families);
    expect(what).toEqual([
      [{ householdId: "h1", parts: [{ part: { kind: "household" }, field: "alamat", removed: false }] }],
      [{ householdId: "h1", parts: [{ part: { kind: "household" }, field: null, removed: false }] }],
    ]);
  };
  await check();

  // everyone leaves: the room is compacted (its updates merged into the snapshot) and unloaded; the trail stays
  phone.provider.destroy();
  laptop.provider.destroy();
  await waitFor(async () => (await health(relay.httpUrl)).rooms === 0, "room unloaded");
  expect(relay.log.lines.some((l) => l.includes("room.compacted") && l.includes("doc=roster"))).toBe(true);
  await check();

  // only the lurah: a kader is refused, no token is refused, an unknown document is not found
  expect((await call(trail, kader.token)).status).toBe(403);
  expect((await call(trail, token("desa-a", "opd"))).status).toBe(403);
  expect((await call(trail, null)).status).toBe(401);
  expect((await call(`${relay.httpUrl}/api/audit/rapor`, lurah.token)).status).toBe(404);
  expect((await call(`${trail}/touching`, lurah.token, { method: "POST", body: JSON.stringify({ ids: [[1, 2]] }) })).status).toBe(400);
  expect((await call(`${trail}?limit=0`, lurah.token)).status).toBe(400);
  // the log names the reader's role and token prefix, never a family
  expect(relay.log.lines.filter((l) => l.includes("audit.read")).length).toBeGreaterThan(0);
  expect(relay.log.lines.join("\n")).not.toMatch(/Yohanes|Maria|Kenanga|Melati/);
});
