import { join } from "node:path";
import Database from "better-sqlite3";
import { createRelay, type Relay, type RelayOptions } from "../../../relay/src/createRelay.ts";
import { memoryLogger } from "../../../relay/src/log.ts";
import { SqliteStorage } from "../../../relay/src/storage/sqlite.ts";
import { onCleanup } from "./cleanup.ts";
import { tempDataDir } from "./tempDir.ts";
import { testKeyring } from "./tokens.ts";

export type TestRelayOptions = Partial<Omit<RelayOptions, "storage" | "log">> & { dataDir?: string; /** default 127.0.0.1 */ host?: string };

export interface TestRelay {
  relay: Relay;
  storage: SqliteStorage;
  log: ReturnType<typeof memoryLogger>;
  dataDir: string;
  port: number;
  httpUrl: string;
  /** serverUrl for WebsocketProvider: rooms go after it */
  syncUrl: string;
  /** stops this relay (keeps the data dir) */
  stop(): Promise<void>;
}

/** A real relay in this process, on port 0, with a real SQLite file in a temp DATA_DIR. */
export async function startRelay(options: TestRelayOptions = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? tempDataDir();
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  const log = memoryLogger();
  const { host = "127.0.0.1", ...relayOptions } = options;
  const relay = createRelay({ unloadDelayMs: 60_000, keys: testKeyring(), ...relayOptions, storage, log });
  const { port } = await relay.listen(0, host);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await relay.close();
    storage.close();
  };
  onCleanup(stop);
  return {
    relay,
    storage,
    log,
    dataDir,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    stop,
  };
}

/** Row counts straight from the SQLite file (a second, read-only connection). */
export function dbCounts(dataDir: string, room: string): { updates: number; snapshots: number } {
  const db = new Database(join(dataDir, "rembuk.sqlite"), { readonly: true });
  try {
    const updates = (db.prepare("SELECT COUNT(*) AS n FROM updates WHERE room = ?").get(room) as { n: number }).n;
    const snapshots = (db.prepare("SELECT COUNT(*) AS n FROM snapshots WHERE room = ?").get(room) as { n: number }).n;
    return { updates, snapshots };
  } finally {
    db.close();
  }
}

export interface Health {
  ok: boolean;
  storage: { ok: boolean; error: string | null; since: string | null };
  rooms: number;
  connections: number;
  droppedUpdates: number;
}

export async function health(httpUrl: string): Promise<Health> {
  const res = await fetch(`${httpUrl}/healthz`);
  return (await res.json()) as Health;
}
