import pg from "pg";
import { expect, it } from "vitest";
import * as Y from "yjs";
import { PostgresStorage } from "../../relay/src/storage/postgres.ts";
import { startBalancer } from "../support/balancer.ts";
import { postgresForThisFile } from "./support/postgresServer.ts";
import { spawnRelay, type ChildRelay } from "./support/childRelay.ts";
import { openClient, type Client } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";
import { writeInFlight } from "./support/writesInFlight.ts";
import "./support/cleanup.ts";

// Issue 18: kill -9 of the process holding a room, at a seeded moment of a run of writes by three devices
// behind a load balancer, 20 times. Every change a device had received from another device before the
// kill (the relay relays a change only once it is committed) is in PostgreSQL right after the kill, before
// any device could resend it; the devices then reconnect through the balancer to the survivor and carry on;
// at the end every device and a fresh one hold the same document with every write.
const TRIALS = 20;
const ROOM = "desa-k/roster";

const postgres = postgresForThisFile();

const entries = (client: Client) => client.doc.getMap<number>("kunjungan");

it(`${TRIALS} kill -9 of the room's holder at seeded moments: nothing acknowledged is lost, devices carry on through the balancer`, async () => {
  const url = await postgres().createDatabase();
  const env = { DATABASE_URL: url };
  const spawn = () => spawnRelay(tempDataDir(), env, { args: ["--no-demo"] });
  let relays: ChildRelay[] = await Promise.all([spawn(), spawn()]);
  const balancer = await startBalancer(relays.map((r) => r.port));
  const store = await PostgresStorage.open(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const kader = token("desa-k", "kader", { days: 1 });
    const names = ["ani", "budi", "citra"];
    const clients = names.map(() => openClient(`ws://127.0.0.1:${balancer.port}/sync`, ROOM, kader));
    await waitFor(() => clients.every((c) => c.provider.synced), "the devices to sync", 20_000);
    const written = new Map<string, number>(names.map((n) => [n, 0]));

    for (let trial = 1; trial <= TRIALS; trial++) {
      // writes in flight: each device writes on its own rhythm, the kill lands among them
      await writeInFlight(trial, clients, names, written, entries);

      const holder = (await db.query<{ address: string }>("SELECT address FROM room_owners WHERE room = $1", [ROOM])).rows[0]?.address;
      const victim = relays.find((r) => holder === `ws://127.0.0.1:${r.port}`) ?? relays[0]!;
      await victim.kill9();
      // before any device can resend (their reconnect waits at least 100 ms): what each has from the others
      for (const client of clients) client.provider.disconnect();
      const acknowledged = new Set<string>();
      clients.forEach((client, i) => {
        for (const key of entries(client).keys()) if (!key.startsWith(`${names[i]}-`)) acknowledged.add(key);
      });
      const stored = await store.loadRoom(ROOM);
      const doc = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(doc, u.data);
      const inDatabase = new Set(doc.getMap("kunjungan").keys());
      const lost = [...acknowledged].filter((key) => !inDatabase.has(key));
      expect(lost, `trial ${trial}: acknowledged but not stored`).toEqual([]);

      // a replacement process; the devices come back through the balancer
      relays = [...relays.filter((r) => r !== victim), await spawn()];
      balancer.setBackends(relays.map((r) => r.port));
      for (const client of clients) client.provider.connect();
    }

    const total = [...written.values()].reduce((a, b) => a + b, 0);
    await waitFor(() => clients.every((c) => entries(c).size === total), `every device to hold all ${total} writes`, 30_000);
    const fresh = openClient(`ws://127.0.0.1:${balancer.port}/sync`, ROOM, kader);
    await waitFor(() => fresh.provider.synced && entries(fresh).size === total, "a fresh device to get every write", 20_000);
    const expected = Y.encodeStateVector(fresh.doc);
    for (const client of clients) expect(Y.encodeStateVector(client.doc)).toEqual(expected);
  } finally {
    await store.close();
    await db.end();
    await balancer.close();
  }
}, 300_000);
