import { expect, it } from "vitest";
import { addHousehold } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { openSyncedClient } from "./support/clients.ts";
import { dbCounts, startRelay, type Health } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

async function healthz(httpUrl: string): Promise<{ status: number; body: Health }> {
  const res = await fetch(`${httpUrl}/healthz`);
  return { status: res.status, body: (await res.json()) as Health };
}

// Issue 17, item 9: /healthz said ok while every store failed.
it("/healthz answers 503 with the store's error while writes fail, and 200 again once a write succeeds", async () => {
  const relay = await startRelay();
  expect(await healthz(relay.httpUrl)).toMatchObject({ status: 200, body: { ok: true, storage: { ok: true, error: null, since: null } } });
  const writer = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "kader"));

  // real SQLite, capped at its size: the next page it needs fails with SQLITE_FULL, like a full disk
  relay.storage.setMaxPageCount(relay.storage.pageCount());
  addHousehold(writer.doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", alamat: "Jl. Panjang ".repeat(2000) }, new Date());
  await waitFor(() => writer.closeCodes.includes(1011), "the room closed with 1011");
  const failing = await healthz(relay.httpUrl);
  expect(failing).toMatchObject({ status: 503, body: { ok: false, storage: { ok: false, error: "SQLITE_FULL" } } });
  expect(Date.parse(failing.body.storage.since!)).toBeLessThanOrEqual(Date.now());

  relay.storage.setMaxPageCount(1_000_000);
  await waitFor(() => dbCounts(relay.dataDir, "desa-a/roster").updates > 0, "the client's resent edit stored");
  expect(await healthz(relay.httpUrl)).toMatchObject({ status: 200, body: { ok: true, storage: { ok: true } } });
});

it("/healthz probes the store itself: a store that fails while nobody writes is reported too", async () => {
  const relay = await startRelay({ healthProbeEveryMs: 0 });
  expect((await healthz(relay.httpUrl)).status).toBe(200);
  relay.storage.close(); // every store call now throws, and no client writes
  const broken = await healthz(relay.httpUrl);
  expect(broken).toMatchObject({ status: 503, body: { ok: false, storage: { ok: false } } });
  expect(broken.body.storage.error).toMatch(/^[A-Za-z_]+$/);
});
