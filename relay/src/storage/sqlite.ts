import { chmodSync, existsSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { isRole } from "@shared/model/index.ts";
import { wilayahWithin } from "@shared/rules/wilayah.ts";
import type { InviteRecord, RelayStorage, ReportNumbers, ReportSummary, StoredReport, StoredRoom, WorkspaceRecord } from "./types.ts";

/**
 * SQLite storage (DATA_DIR/rembuk.sqlite). WAL + synchronous=NORMAL: a committed
 * insert survives a process kill (kill -9); only an OS crash or power loss can lose
 * the last transactions, which clients resend on reconnect anyway.
 */
const SCHEMA_VERSION = 3;

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
  // issue 16: district tokens' reach, the operator's registry of workspaces, the reports villages send
  2: `
    ALTER TABLE tokens ADD COLUMN wilayah TEXT;
    CREATE TABLE workspaces (
      id TEXT PRIMARY KEY,
      kode_wilayah TEXT NOT NULL,
      name TEXT NOT NULL,
      registered_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX workspaces_kode ON workspaces (kode_wilayah, id);
    CREATE TABLE reports (
      workspace TEXT NOT NULL,
      month TEXT NOT NULL,
      version INTEGER NOT NULL,
      kode_wilayah TEXT NOT NULL,
      village_name TEXT NOT NULL,
      indicators TEXT NOT NULL,
      by_rw TEXT NOT NULL,
      received_at INTEGER NOT NULL,
      sent_by_role TEXT NOT NULL,
      sent_by_jti TEXT NOT NULL,
      send_id TEXT,
      PRIMARY KEY (workspace, month, version)
    );
    CREATE UNIQUE INDEX reports_send_id ON reports (workspace, send_id) WHERE send_id IS NOT NULL;
    CREATE INDEX reports_kode_month ON reports (kode_wilayah, month);
  `,
  // issue 17 (item 13): who minted each invite, so revoking a person revokes what they minted
  3: `
    ALTER TABLE tokens ADD COLUMN minted_by TEXT;
    CREATE INDEX tokens_minted_by ON tokens (minted_by) WHERE minted_by IS NOT NULL;
  `,
};

interface WorkspaceRow {
  id: string;
  kode_wilayah: string;
  name: string;
  registered_at: number;
  updated_at: number;
}

interface ReportRow {
  workspace: string;
  month: string;
  version: number;
  kode_wilayah: string;
  village_name: string;
  indicators: string;
  by_rw: string;
  received_at: number;
  sent_by_role: string;
  sent_by_jti: string;
  send_id: string | null;
}

function workspaceOf(row: WorkspaceRow): WorkspaceRecord {
  return { id: row.id, kodeWilayah: row.kode_wilayah, name: row.name, registeredAt: row.registered_at, updatedAt: row.updated_at };
}

function reportOf(row: ReportRow): StoredReport | null {
  if (!isRole(row.sent_by_role)) return null;
  return {
    workspace: row.workspace,
    month: row.month,
    version: row.version,
    kodeWilayah: row.kode_wilayah,
    villageName: row.village_name,
    indicators: JSON.parse(row.indicators) as ReportNumbers,
    byRw: JSON.parse(row.by_rw) as StoredReport["byRw"],
    receivedAt: row.received_at,
    sentByRole: row.sent_by_role,
    sentByJti: row.sent_by_jti,
    sendId: row.send_id,
  };
}

/** Rows whose kode lies under a prefix, segment-wise: the prefix itself or the prefix and a dot. */
const UNDER = "(kode_wilayah = @prefix OR substr(kode_wilayah, 1, length(@prefix) + 1) = @prefix || '.')";

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
  wilayah: string | null;
  minted_by: string | null;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

function inviteOf(row: TokenRow): InviteRecord | null {
  if (!isRole(row.role)) return null; // a row from a future version: not ours to show
  return {
    jti: row.jti,
    workspace: row.workspace,
    role: row.role,
    opd: row.opd,
    label: row.label,
    wilayah: row.wilayah,
    mintedBy: row.minted_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
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
      createToken: this.db.prepare<[string, string, string, string | null, string | null, string | null, string | null, number, number]>(
        "INSERT INTO tokens (jti, workspace, role, opd, label, wilayah, minted_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      getToken: this.db.prepare<[string], TokenRow>("SELECT * FROM tokens WHERE jti = ?"),
      knownWorkspaces: this.db.prepare<[], { id: string }>(
        `SELECT DISTINCT substr(room, 1, instr(room, '/') - 1) AS id FROM updates WHERE instr(room, '/') > 0
         UNION SELECT substr(room, 1, instr(room, '/') - 1) FROM snapshots WHERE instr(room, '/') > 0
         UNION SELECT workspace FROM tokens UNION SELECT id FROM workspaces UNION SELECT workspace FROM reports`,
      ),
      listTokens: this.db.prepare<[string], TokenRow>(
        "SELECT * FROM tokens WHERE workspace = ? ORDER BY created_at, jti",
      ),
      revoke: this.db.prepare<[number, string, string]>(
        "UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE jti = ? AND workspace = ?",
      ),
      isRevoked: this.db.prepare<[string], { revoked_at: number | null }>("SELECT revoked_at FROM tokens WHERE jti = ?"),
      getWorkspace: this.db.prepare<[string], WorkspaceRow>("SELECT * FROM workspaces WHERE id = ?"),
      upsertWorkspace: this.db.prepare<{ id: string; kode: string; name: string; at: number }>(
        `INSERT INTO workspaces (id, kode_wilayah, name, registered_at, updated_at) VALUES (@id, @kode, @name, @at, @at)
         ON CONFLICT (id) DO UPDATE SET kode_wilayah = excluded.kode_wilayah, name = excluded.name, updated_at = excluded.updated_at`,
      ),
      allWorkspaces: this.db.prepare<[], WorkspaceRow>("SELECT * FROM workspaces ORDER BY kode_wilayah, id"),
      workspacesUnder: this.db.prepare<{ prefix: string }, WorkspaceRow>(`SELECT * FROM workspaces WHERE ${UNDER} ORDER BY kode_wilayah, id`),
      reportBySendId: this.db.prepare<[string, string], ReportRow>("SELECT * FROM reports WHERE workspace = ? AND send_id = ?"),
      lastVersion: this.db.prepare<[string, string], { v: number | null }>("SELECT MAX(version) AS v FROM reports WHERE workspace = ? AND month = ?"),
      insertReport: this.db.prepare<ReportRow>(
        `INSERT INTO reports (workspace, month, version, kode_wilayah, village_name, indicators, by_rw, received_at, sent_by_role, sent_by_jti, send_id)
         VALUES (@workspace, @month, @version, @kode_wilayah, @village_name, @indicators, @by_rw, @received_at, @sent_by_role, @sent_by_jti, @send_id)`,
      ),
      versionsOfMonth: this.db.prepare<[string, string], ReportRow>("SELECT * FROM reports WHERE workspace = ? AND month = ? ORDER BY version"),
      versionsAll: this.db.prepare<[string], ReportRow>("SELECT * FROM reports WHERE workspace = ? ORDER BY month, version"),
      currentUnder: this.db.prepare<{ prefix: string; from: string; to: string }, Omit<ReportRow, "by_rw" | "send_id" | "sent_by_jti">>(
        `SELECT workspace, month, version, kode_wilayah, village_name, indicators, received_at, sent_by_role FROM reports r
         WHERE ${UNDER} AND month >= @from AND month <= @to
           AND version = (SELECT MAX(version) FROM reports x WHERE x.workspace = r.workspace AND x.month = r.month)
         ORDER BY kode_wilayah, workspace, month`,
      ),
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
      invite.wilayah,
      invite.mintedBy,
      invite.createdAt,
      invite.expiresAt,
    );
    if (invite.revokedAt !== null) this.revokeInvite(invite.workspace, invite.jti, invite.revokedAt);
  }

  listInvites(workspace: string): InviteRecord[] {
    return this.stmts.listTokens.all(workspace).flatMap((row) => inviteOf(row) ?? []);
  }

  getInvite(jti: string): InviteRecord | null {
    const row = this.stmts.getToken.get(jti);
    return row ? inviteOf(row) : null;
  }

  knownWorkspaces(): string[] {
    return this.stmts.knownWorkspaces.all().map((r) => r.id).filter((id) => id.length > 0).sort();
  }

  probeWrite(): void {
    // a committed write transaction that changes nothing visible: the schema version, written as it is
    const version = this.db.pragma("user_version", { simple: true }) as number;
    this.db.transaction(() => this.db.pragma(`user_version = ${version}`)).immediate();
  }

  revokeInvite(workspace: string, jti: string, atSeconds: number): boolean {
    return this.stmts.revoke.run(atSeconds, jti, workspace).changes > 0;
  }

  isRevoked(jti: string): boolean {
    return (this.stmts.isRevoked.get(jti)?.revoked_at ?? null) !== null;
  }

  registerWorkspace(record: { id: string; kodeWilayah: string; name: string }, atMs: number): WorkspaceRecord {
    this.stmts.upsertWorkspace.run({ id: record.id, kode: record.kodeWilayah, name: record.name, at: atMs });
    return workspaceOf(this.stmts.getWorkspace.get(record.id)!);
  }

  getWorkspace(id: string): WorkspaceRecord | null {
    const row = this.stmts.getWorkspace.get(id);
    return row ? workspaceOf(row) : null;
  }

  listWorkspaces(prefix: string | null): WorkspaceRecord[] {
    const rows = prefix === null ? this.stmts.allWorkspaces.all() : this.stmts.workspacesUnder.all({ prefix });
    // the SQL already narrows segment-wise; the shared rule is the one that decides
    return rows.map(workspaceOf).filter((w) => prefix === null || wilayahWithin(w.kodeWilayah, prefix));
  }

  appendReport(report: Omit<StoredReport, "version">): { report: StoredReport; duplicate: boolean } {
    return this.db.transaction(() => {
      if (report.sendId !== null) {
        const known = this.stmts.reportBySendId.get(report.workspace, report.sendId);
        const stored = known && reportOf(known);
        if (stored) return { report: stored, duplicate: true };
      }
      const version = (this.stmts.lastVersion.get(report.workspace, report.month)?.v ?? 0) + 1;
      this.stmts.insertReport.run({
        workspace: report.workspace,
        month: report.month,
        version,
        kode_wilayah: report.kodeWilayah,
        village_name: report.villageName,
        indicators: JSON.stringify(report.indicators),
        by_rw: JSON.stringify(report.byRw),
        received_at: report.receivedAt,
        sent_by_role: report.sentByRole,
        sent_by_jti: report.sentByJti,
        send_id: report.sendId,
      });
      return { report: { ...report, version }, duplicate: false };
    })();
  }

  listReportVersions(workspace: string, month: string | null): StoredReport[] {
    const rows = month === null ? this.stmts.versionsAll.all(workspace) : this.stmts.versionsOfMonth.all(workspace, month);
    return rows.flatMap((row) => reportOf(row) ?? []);
  }

  currentReports(prefix: string, fromMonth: string, toMonth: string): ReportSummary[] {
    const out: ReportSummary[] = [];
    for (const row of this.stmts.currentUnder.all({ prefix, from: fromMonth, to: toMonth })) {
      if (!isRole(row.sent_by_role) || !wilayahWithin(row.kode_wilayah, prefix)) continue;
      out.push({
        workspace: row.workspace,
        month: row.month,
        version: row.version,
        kodeWilayah: row.kode_wilayah,
        villageName: row.village_name,
        indicators: JSON.parse(row.indicators) as ReportNumbers,
        receivedAt: row.received_at,
        sentByRole: row.sent_by_role,
      });
    }
    return out;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
