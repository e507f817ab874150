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
      expect(raw.pragma("user_version", { simple: true })).toBe(3);
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
