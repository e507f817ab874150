import { chmodSync, existsSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { isRole } from "@shared/model/index.ts";
import type { InviteRecord, RelayStorage, StoredRoom } from "./types.ts";

/**
 * SQLite storage (DATA_DIR/rembuk.sqlite). WAL + synchronous=NORMAL: a committed
 * insert survives a process kill (kill -9); only an OS crash or power loss can lose
 * the last transactions, which clients resend on reconnect anyway.
 */
const SCHEMA_VERSION = 1;

const MIGRATIONS: Record<number, string> = {
  1: `
    CREATE TABLE updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      room TEXT NOT NULL,
      data BLOB NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX updates_room_seq ON updates (room, seq);
    CREATE TABLE snapshots (
      room TEXT PRIMARY KEY,
      data BLOB NOT NULL,
      upto_seq INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE TABLE tokens (
      jti TEXT PRIMARY KEY,
      workspace TEXT NOT NULL,
      role TEXT NOT NULL,
      opd TEXT,
      label TEXT,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      revoked_at INTEGER
    );
    CREATE INDEX tokens_workspace ON tokens (workspace, created_at);
  `,
};

export interface SqliteStorageOptions {
  /**
   * Test and operations knob: caps the database size (PRAGMA max_page_count) so a
   * "disk full" (SQLITE_FULL) can be reproduced with the real engine.
   */
  maxPageCount?: number;
}

interface TokenRow {
  jti: string;
  workspace: string;
  role: string;
  opd: string | null;
  label: string | null;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

/**
 * The database holds families' personal data (names, NIKs, growth): readable and writable by the
 * relay's OS user only, like the token secret beside it, also on a kelurahan laptop other people
 * log into. A new file is created 0600 and an older one is tightened; SQLite gives its -wal and
 * -shm files the database file's mode.
 */
function ownerOnly(file: string): void {
  if (file === ":memory:" || file === "") return;
  if (!existsSync(file)) writeFileSync(file, "", { mode: 0o600, flag: "a" });
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
}

export class SqliteStorage implements RelayStorage {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(file: string, options: SqliteStorageOptions = {}) {
    ownerOnly(file);
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    // The token CLI may write while the relay runs: wait for its lock instead of failing.
    this.db.pragma("busy_timeout = 5000");
    this.migrate();
    if (options.maxPageCount !== undefined) this.setMaxPageCount(options.maxPageCount);
    this.stmts = {
      snapshot: this.db.prepare<[string], { data: Buffer; upto_seq: number }>(
        "SELECT data, upto_seq FROM snapshots WHERE room = ?",
      ),
      updates: this.db.prepare<[string, number], { seq: number; data: Buffer }>(
        "SELECT seq, data FROM updates WHERE room = ? AND seq > ? ORDER BY seq",
      ),
      append: this.db.prepare<[string, Buffer, number]>("INSERT INTO updates (room, data, created_at) VALUES (?, ?, ?)"),
      upsertSnapshot: this.db.prepare<[string, Buffer, number, number]>(
        `INSERT INTO snapshots (room, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
      ),
      deleteUpTo: this.db.prepare<[string, number]>("DELETE FROM updates WHERE room = ? AND seq <= ?"),
      createToken: this.db.prepare<[string, string, string, string | null, string | null, number, number]>(
        "INSERT INTO tokens (jti, workspace, role, opd, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      listTokens: this.db.prepare<[string], TokenRow>(
        "SELECT * FROM tokens WHERE workspace = ? ORDER BY created_at, jti",
      ),
      revoke: this.db.prepare<[number, string, string]>(
        "UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE jti = ? AND workspace = ?",
      ),
      isRevoked: this.db.prepare<[string], { revoked_at: number | null }>("SELECT revoked_at FROM tokens WHERE jti = ?"),
    };
  }

  /** See SqliteStorageOptions.maxPageCount. SQLite never sets it below the current size. */
  setMaxPageCount(pages: number): void {
    this.db.pragma(`max_page_count = ${Math.max(1, Math.floor(pages))}`);
  }

  pageCount(): number {
    return this.db.pragma("page_count", { simple: true }) as number;
  }

  private migrate(): void {
    const current = this.db.pragma("user_version", { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(`database schema ${current} is newer than this relay (${SCHEMA_VERSION}); upgrade the relay`);
    }
    for (let v = current + 1; v <= SCHEMA_VERSION; v++) {
      const sql = MIGRATIONS[v];
      if (sql === undefined) throw new Error(`missing migration ${v}`);
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${v}`);
      })();
    }
  }

  loadRoom(room: string): StoredRoom {
    const snap = this.stmts.snapshot.get(room);
    const uptoSeq = snap?.upto_seq ?? 0;
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      snapshotUptoSeq: uptoSeq,
      updates: this.stmts.updates.all(room, uptoSeq).map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) })),
    };
  }

  appendUpdate(room: string, data: Uint8Array): number {
    const info = this.stmts.append.run(room, toBuffer(data), Date.now());
    return Number(info.lastInsertRowid);
  }

  compact(room: string, snapshot: Uint8Array, uptoSeq: number): void {
    this.db.transaction(() => {
      this.stmts.upsertSnapshot.run(room, toBuffer(snapshot), uptoSeq, Date.now());
      this.stmts.deleteUpTo.run(room, uptoSeq);
    })();
  }

  createInvite(invite: InviteRecord): void {
    this.stmts.createToken.run(
      invite.jti,
      invite.workspace,
      invite.role,
      invite.opd,
      invite.label,
      invite.createdAt,
      invite.expiresAt,
    );
    if (invite.revokedAt !== null) this.revokeInvite(invite.workspace, invite.jti, invite.revokedAt);
  }

  listInvites(workspace: string): InviteRecord[] {
    const out: InviteRecord[] = [];
    for (const row of this.stmts.listTokens.all(workspace)) {
      if (!isRole(row.role)) continue; // a row from a future version: not ours to show
      out.push({
        jti: row.jti,
        workspace: row.workspace,
        role: row.role,
        opd: row.opd,
        label: row.label,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
      });
    }
    return out;
  }

  revokeInvite(workspace: string, jti: string, atSeconds: number): boolean {
    return this.stmts.revoke.run(atSeconds, jti, workspace).changes > 0;
  }

  isRevoked(jti: string): boolean {
    return (this.stmts.isRevoked.get(jti)?.revoked_at ?? null) !== null;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
