import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createRelay, type Relay, type RelayOptions } from "../../../relay/src/createRelay.ts";
import { memoryLogger } from "../../../relay/src/log.ts";
import { SqliteStorage, type SqliteStorageOptions } from "../../../relay/src/storage/sqlite.ts";
import { journalFiles, readJournal } from "../../../relay/src/storage/updateJournal.ts";
import { onCleanup } from "./cleanup.ts";
import { tempDataDir } from "./tempDir.ts";
import { testKeyring } from "./tokens.ts";

export type TestRelayOptions = Partial<Omit<RelayOptions, "storage" | "log">> & {
  dataDir?: string;
  /** default 127.0.0.1 */
  host?: string;
  storageOptions?: SqliteStorageOptions;
};

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
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"), options.storageOptions);
  const log = memoryLogger();
  const { host = "127.0.0.1", storageOptions: _storageOptions, ...relayOptions } = options;
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

/** The database file's pages and its WAL's size, straight from the files (a second, read-only connection). */
export function dbFile(dataDir: string): { bytes: number; freePages: number; walBytes: number } {
  const file = join(dataDir, "rembuk.sqlite");
  const db = new Database(file, { readonly: true });
  try {
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    const pages = db.pragma("page_count", { simple: true }) as number;
    const freePages = db.pragma("freelist_count", { simple: true }) as number;
    return { bytes: pages * pageSize, freePages, walBytes: existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0 };
  } finally {
    db.close();
  }
}

/** Row counts straight from the SQLite file (a second, read-only connection). */
/**
 * What is durably stored of a room, as a restart would load it: its rows in the database, plus the
 * updates the relay's engines have appended to their update journals and not folded in yet
 * (relay/src/storage/updateJournal.ts: the relay acknowledges an update once it is there).
 */
export function dbCounts(dataDir: string, room: string): { updates: number; snapshots: number } {
  const file = join(dataDir, "rembuk.sqlite");
  const db = new Database(file, { readonly: true });
  try {
    const seqs = new Set((db.prepare("SELECT seq FROM updates WHERE room = ?").all(room) as Array<{ seq: number }>).map((r) => r.seq));
    const snapshot = db.prepare("SELECT upto_seq FROM snapshots WHERE room = ?").get(room) as { upto_seq: number } | undefined;
    for (const journal of journalFiles(file)) {
      for (const w of readJournal(journal).writes) if (w.room === room && w.seq > (snapshot?.upto_seq ?? 0)) seqs.add(w.seq);
    }
    return { updates: seqs.size, snapshots: snapshot ? 1 : 0 };
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
