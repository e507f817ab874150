import { expect, it } from "vitest";
import { postgresForThisFile } from "./support/postgresServer.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { openClient, openRaw, openSyncedClient, roomUrl } from "./support/clients.ts";
import { health } from "./support/relay.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";
import "./support/cleanup.ts";

// Issue 18, operations: PostgreSQL stops under a running relay. The relay closes the rooms it held (1012),
// refuses new sockets with 503 and never crashes; the device keeps its change offline; once PostgreSQL is
// back the device reconnects by itself and the change is stored.
const postgres = postgresForThisFile();

it("PostgreSQL stopped: held rooms closed with 1012, new sockets 503, the relay lives; back: the device's offline change is stored", async () => {
  const relay = await spawnRelay(tempDataDir(), { DATABASE_URL: await postgres().createDatabase() }, { args: ["--no-demo"] });
  const syncUrl = `ws://127.0.0.1:${relay.port}/sync`;
  const kader = token("desa-db", "kader");
  const device = openClient(syncUrl, "desa-db/roster", kader);
  await waitFor(() => device.provider.synced, "the device to sync");
  device.doc.getMap("households").set("sebelum", 1);
  const witness = await openSyncedClient(syncUrl, "desa-db/roster", kader);
  await waitFor(() => witness.doc.getMap("households").has("sebelum"), "the first change relayed");

  await postgres().pause();
  await waitFor(() => device.closeCodes.includes(1012), "the held room closed with 1012", 15_000);
  const refused = openRaw(roomUrl(syncUrl, "desa-db/roster", kader));
  await waitFor(() => refused.refusedStatus !== null || refused.opened, "a new socket's answer", 15_000);
  expect(refused.refusedStatus).toBe(503);
  device.doc.getMap("households").set("selama-mati", 2);
  expect(relay.process.exitCode).toBeNull();
  expect((await health(`http://127.0.0.1:${relay.port}`)).ok).toBe(false);

  await postgres().resume();
  const fresh = openClient(syncUrl, "desa-db/roster", kader);
  await waitFor(() => fresh.provider.synced && fresh.doc.getMap("households").has("selama-mati"), "the offline change stored once PostgreSQL is back", 30_000);
  expect(fresh.doc.getMap("households").toJSON()).toEqual({ sebelum: 1, "selama-mati": 2 });
  await waitFor(async () => (await health(`http://127.0.0.1:${relay.port}`)).ok, "/healthz ok again", 15_000);
}, 120_000);
