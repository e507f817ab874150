import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SqliteStorage } from "./sqlite.ts";
import { storageContract } from "./storage.contract.ts";

function tempFile(): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "rembuk-sqlite-"));
  return { dir, file: join(dir, "rembuk.sqlite") };
}

storageContract("sqlite", () => {
  const { dir, file } = tempFile();
  const storage = new SqliteStorage(file);
  return {
    storage,
    cleanup: () => {
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe("sqlite storage specifics", () => {
  it("keeps the database and its WAL files readable by the relay's user only, also a database made before this rule", () => {
    const { dir, file } = tempFile();
    const older = join(dir, "older.sqlite");
    try {
      const storage = new SqliteStorage(file);
      storage.appendUpdate("w/roster", new Uint8Array([1, 2, 3]));
      for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(statSync(path).mode & 0o777, path).toBe(0o600);
      storage.close();

      writeFileSync(older, "", { mode: 0o644 });
      const reopened = new SqliteStorage(older);
      reopened.appendUpdate("w/roster", new Uint8Array([4]));
      for (const path of [older, `${older}-wal`]) expect(statSync(path).mode & 0o777, path).toBe(0o600);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps data across reopen, in WAL mode with a schema version", () => {
    const { dir, file } = tempFile();
    try {
      const first = new SqliteStorage(file);
      const seq = first.appendUpdate("w/roster", new Uint8Array([5]));
      first.close();
      const second = new SqliteStorage(file);
      expect(second.loadRoom("w/roster").updates).toEqual([{ seq, data: new Uint8Array([5]) }]);
      second.close();
      const raw = new Database(file, { readonly: true });
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(raw.pragma("user_version", { simple: true })).toBe(4);
      expect(raw.pragma("auto_vacuum", { simple: true })).toBe(2); // incremental
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("migrates a schema 1 database to 3: invites kept (without a wilayah, minted by the operator), registry and reports added", () => {
    const { dir, file } = tempFile();
    try {
      const old = new Database(file);
      old.exec(`CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL, created_at INTEGER NOT NULL);
        CREATE TABLE snapshots (room TEXT PRIMARY KEY, data BLOB NOT NULL, upto_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE tokens (jti TEXT PRIMARY KEY, workspace TEXT NOT NULL, role TEXT NOT NULL, opd TEXT, label TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked_at INTEGER);
        INSERT INTO tokens VALUES ('j1', 'desa-a', 'kader', NULL, 'Ani', 1, 2, NULL);`);
      old.pragma("user_version = 1");
      old.close();
      const storage = new SqliteStorage(file);
      expect(storage.listInvites("desa-a")).toEqual([
        { jti: "j1", workspace: "desa-a", role: "kader", opd: null, wilayah: null, label: "Ani", mintedBy: null, createdAt: 1, expiresAt: 2, revokedAt: null },
      ]);
      storage.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1001", name: "A" }, 5);
      expect(storage.listWorkspaces("53.71").map((w) => w.id)).toEqual(["desa-a"]);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("migrates a schema 2 database to 3: updates keep their seqs (now the room's own), snapshots stay, the file turns to incremental vacuum", () => {
    const { dir, file } = tempFile();
    try {
      const old = new Database(file);
      old.exec(`CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL, created_at INTEGER NOT NULL);
        CREATE INDEX updates_room_seq ON updates (room, seq);
        CREATE TABLE snapshots (room TEXT PRIMARY KEY, data BLOB NOT NULL, upto_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE tokens (jti TEXT PRIMARY KEY, workspace TEXT NOT NULL, role TEXT NOT NULL, opd TEXT, label TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked_at INTEGER, wilayah TEXT);
        CREATE TABLE workspaces (id TEXT PRIMARY KEY, kode_wilayah TEXT NOT NULL, name TEXT NOT NULL, registered_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE reports (workspace TEXT NOT NULL, month TEXT NOT NULL, version INTEGER NOT NULL, kode_wilayah TEXT NOT NULL, village_name TEXT NOT NULL, indicators TEXT NOT NULL, by_rw TEXT NOT NULL, received_at INTEGER NOT NULL, sent_by_role TEXT NOT NULL, sent_by_jti TEXT NOT NULL, send_id TEXT, PRIMARY KEY (workspace, month, version));
        INSERT INTO snapshots VALUES ('w/roster', X'0102', 3, 1);
        INSERT INTO updates (seq, room, data, created_at) VALUES (4, 'w/roster', X'03', 5), (5, 'w/board', X'04', 6), (7, 'w/roster', X'05', 7);`);
      old.pragma("user_version = 2");
      old.close();
      const storage = new SqliteStorage(file);
      expect(storage.loadRoom("w/roster")).toEqual({ snapshot: new Uint8Array([1, 2]), snapshotUptoSeq: 3, updates: [{ seq: 4, data: new Uint8Array([3]) }, { seq: 7, data: new Uint8Array([5]) }] });
      expect(storage.appendUpdate("w/roster", new Uint8Array([6]))).toBe(8);
      expect(storage.appendUpdate("w/board", new Uint8Array([6]))).toBe(6);
      expect(storage.listUpdateAudit("w/roster").map((r) => [r.seq, r.role])).toEqual([[4, null], [7, null], [8, "relay"]]);
      storage.close();
      const raw = new Database(file, { readonly: true });
      expect(raw.pragma("auto_vacuum", { simple: true })).toBe(2);
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the pages a compaction freed back to the file system, and cuts the WAL back to its limit", () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file, { journalSizeLimitBytes: 256 * 1024 });
      for (let seq = 1; seq <= 400; seq++) storage.commit([{ room: "w/minutes", seq, data: new Uint8Array(10_000).fill(seq % 250), audit: { at: seq, jti: "j", role: "kader", agency: null, ids: new Uint8Array(0) } }]);
      const full = storage.fileStats();
      storage.compact("w/minutes", new Uint8Array(10_000), 400);
      storage.maintain();
      storage.maintain();
      storage.appendUpdate("w/minutes", new Uint8Array([1])); // the next write restarts the WAL, cut to the limit
      const after = storage.fileStats();
      expect(full.pageCount).toBeGreaterThan(900);
      expect(after.pageCount).toBeLessThan(full.pageCount / 4);
      expect(after.freePages).toBeLessThan(100);
      expect(statSync(`${file}-wal`).size).toBeLessThanOrEqual(256 * 1024);
      // what was kept: the snapshot, the new update and every sender
      expect(storage.loadRoom("w/minutes").updates.map((u) => u.seq)).toEqual([401]);
      expect(storage.listUpdateAudit("w/minutes", { limit: 10_000 })).toHaveLength(401);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("throws SQLITE_FULL when the page cap is reached, and works again once lifted", () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file);
      storage.setMaxPageCount(storage.pageCount());
      expect(() => storage.appendUpdate("w/roster", new Uint8Array(20_000))).toThrow(/full/i);
      storage.setMaxPageCount(1_000_000);
      expect(storage.appendUpdate("w/roster", new Uint8Array(20_000))).toBeGreaterThan(0);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
