import { join } from "node:path";
import { expect, it } from "vitest";
import * as Y from "yjs";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { journalFiles } from "../../relay/src/storage/updateJournal.ts";
import { spawnRelay, type ChildRelay } from "./support/childRelay.ts";
import { openClient, type Client } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";
import { writeInFlight } from "./support/writesInFlight.ts";
import "./support/cleanup.ts";

// The SQLite relay commits small updates to its update journal (relay/src/storage/updateJournal.ts) and folds
// them into the database later. kill -9 of the relay at a seeded moment of a run of writes by three devices,
// 8 times: every change a device had received from another device before the kill (the relay relays a change
// only once it is durable) is in what the next start loads (the database and the journals it replays),
// before any device could resend it; then the relay starts again and the devices carry on. At the end every
// device and a fresh one hold the same document with every write.
const TRIALS = 8;
const ROOM = "desa-k/roster";

const entries = (client: Client) => client.doc.getMap<number>("kunjungan");

/** What the next start loads: the journals a killed relay left replayed into the database, then the room. */
function loadAsNextStart(dataDir: string): { keys: Set<string>; onlyInJournal: number } {
  const file = join(dataDir, "rembuk.sqlite");
  const storage = new SqliteStorage(file);
  try {
    const onlyInJournal = storage.recoverJournals();
    expect(journalFiles(file)).toEqual([]);
    const stored = storage.loadRoom(ROOM);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u.data);
    return { keys: new Set(doc.getMap("kunjungan").keys()), onlyInJournal };
  } finally {
    storage.close();
  }
}

it(`${TRIALS} kill -9 of a SQLite relay at seeded moments: nothing acknowledged is lost, devices carry on`, async () => {
  const dataDir = tempDataDir();
  let relay: ChildRelay = await spawnRelay(dataDir, {}, { args: ["--no-demo"] });
  const kader = token("desa-k", "kader", { days: 1 });
  const names = ["ani", "budi", "citra"];
  const url = () => `ws://127.0.0.1:${relay.port}/sync`;
  let clients = names.map(() => openClient(url(), ROOM, kader));
  await waitFor(() => clients.every((c) => c.provider.synced), "the devices to sync", 20_000);
  const written = new Map<string, number>(names.map((n) => [n, 0]));
  let onlyInJournals = 0;

  for (let trial = 1; trial <= TRIALS; trial++) {
    await writeInFlight(trial, clients, names, written, entries);
    await relay.kill9();
    const acknowledged = new Set<string>();
    clients.forEach((client, i) => {
      for (const key of entries(client).keys()) if (!key.startsWith(`${names[i]}-`)) acknowledged.add(key);
    });
    const { keys, onlyInJournal } = loadAsNextStart(dataDir);
    onlyInJournals += onlyInJournal;
    const lost = [...acknowledged].filter((key) => !keys.has(key));
    expect(lost, `trial ${trial}: acknowledged but not stored`).toEqual([]);

    // the relay starts again on the same DATA_DIR; the devices (their own copies kept) come back to it
    const docs = clients.map((c) => c.doc);
    for (const c of clients) c.provider.destroy();
    relay = await spawnRelay(dataDir, {}, { args: ["--no-demo"] });
    clients = docs.map((doc) => openClient(url(), ROOM, kader, { doc }));
    await waitFor(() => clients.every((c) => c.provider.synced), `the devices to sync again after trial ${trial}`, 20_000);
  }
  // the kills did land while acknowledged updates were in a journal only (else this test would not be about it)
  expect(onlyInJournals).toBeGreaterThan(0);

  const total = [...written.values()].reduce((a, b) => a + b, 0);
  await waitFor(() => clients.every((c) => entries(c).size === total), `every device to hold all ${total} writes`, 30_000);
  const fresh = openClient(url(), ROOM, kader);
  await waitFor(() => fresh.provider.synced && entries(fresh).size === total, "a fresh device to get every write", 20_000);
  const expected = Y.encodeStateVector(fresh.doc);
  for (const client of clients) expect(Y.encodeStateVector(client.doc)).toEqual(expected);
}, 240_000);
