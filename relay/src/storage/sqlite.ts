import { chmodSync, existsSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { wilayahWithin } from "@shared/rules/wilayah.ts";
import { auditOf, inviteOf, operatorAudit, reportOf, reportSummaryOf, toBuffer, workspaceOf, type AuditRow, type ReportRow as ReportRowOf, type TokenRow, type WorkspaceRow } from "./rows.ts";
import { Checkpointer } from "./checkpointer.ts";
import { journalFile, journalFiles, readJournal, UpdateJournal } from "./updateJournal.ts";
import type {
  AuditQuery, AuditRecord, InviteRecord, RelayStorage, ReportSummary, RoomStore, StoredReport, StoredRoom, UpdateAudit, UpdateWrite, WorkspaceRecord,
} from "./types.ts";

/**
 * SQLite storage (DATA_DIR/rembuk.sqlite). WAL + synchronous=NORMAL: a committed
 * insert survives a process kill (kill -9); only an OS crash or power loss can lose
 * the last transactions, which clients resend on reconnect anyway.
 *
 * The relay's room engines commit through an update journal (`useJournal`, updateJournal.ts):
 * a batch of small updates is appended to a file (durable as a WAL commit is), and folded into
 * the database after a second of quiet (at most 5 s), so a page written carries tens or hundreds
 * of updates instead of one.
 * Whatever reads the rooms through this object folds first (loadRoom, the audit trail, stored
 * bytes, compaction); another connection (a room worker's, the backup) sees the folded state,
 * at most `journalFoldMaxMs` (5 s) behind.
 *
 * Several connections share the file: the relay's main thread (invites, reports, the
 * registry) and each room worker (relay/src/rooms/roomWorker.ts) open their own.
 *
 * The file does not grow without end (issue 17 item 5): it is in incremental auto-vacuum
 * mode, and `maintain()` (called after compactions) gives free pages back a bounded step at
 * a time; the WAL is cut back to `journalSizeLimitBytes` after checkpoints.
 */
const SCHEMA_VERSION = 4;

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
  // issue 17: each room numbers its own updates (one b-tree page per small commit, and a
  // second writer of a room fails on the key); who sent each update, kept after compaction
  3: `
    CREATE TABLE updates_v3 (
      room TEXT NOT NULL,
      seq INTEGER NOT NULL,
      data BLOB NOT NULL,
      created_at INTEGER NOT NULL,
      jti TEXT,
      role TEXT,
      agency TEXT,
      ids BLOB,
      PRIMARY KEY (room, seq)
    ) WITHOUT ROWID;
    INSERT INTO updates_v3 (room, seq, data, created_at) SELECT room, seq, data, created_at FROM updates;
    DROP TABLE updates;
    ALTER TABLE updates_v3 RENAME TO updates;
    CREATE TABLE update_audit (
      room TEXT NOT NULL,
      seq INTEGER NOT NULL,
      at INTEGER NOT NULL,
      jti TEXT,
      role TEXT,
      agency TEXT,
      bytes INTEGER NOT NULL,
      ids BLOB,
      PRIMARY KEY (room, seq)
    ) WITHOUT ROWID;
  `,
  // issue 17 (item 13): who minted each invite, so revoking a person revokes what they minted
  4: `
    ALTER TABLE tokens ADD COLUMN minted_by TEXT;
    CREATE INDEX tokens_minted_by ON tokens (minted_by) WHERE minted_by IS NOT NULL;
  `,
};

interface AuditParams {
  room: string;
  after: number;
  before: number;
  limit: number;
}

/** Audit rows of compacted updates and of the updates since the snapshot, in one seq order. */
function auditQuery(order: "ASC" | "DESC"): string {
  return `SELECT seq, at, jti, role, agency, bytes, ids FROM (
      SELECT seq, at, jti, role, agency, bytes, ids FROM update_audit WHERE room = @room AND seq > @after AND seq < @before
      UNION ALL
      SELECT seq, created_at AS at, jti, role, agency, length(data) AS bytes, ids FROM updates WHERE room = @room AND seq > @after AND seq < @before
    ) ORDER BY seq ${order} LIMIT @limit`;
}

/** Rows whose kode lies under a prefix, segment-wise: the prefix itself or the prefix and a dot. */
const UNDER = "(kode_wilayah = @prefix OR substr(kode_wilayah, 1, length(@prefix) + 1) = @prefix || '.')";

export interface SqliteStorageOptions {
  /**
   * Test and operations knob: caps the database size (PRAGMA max_page_count) so a
   * "disk full" (SQLITE_FULL) can be reproduced with the real engine.
   */
  maxPageCount?: number;
  /** the WAL is truncated to this after a checkpoint (PRAGMA journal_size_limit); default 64 MiB */
  journalSizeLimitBytes?: number;
  /** free pages given back per maintain() step (PRAGMA incremental_vacuum); default 4096 */
  vacuumPagesPerStep?: number;
  /** with a journal: fold it into the database once no update came for this long; default 1000 ms */
  journalFoldMs?: number;
  /** with a journal: ...or at most this long after its first unfolded record; default 5000 ms */
  journalFoldMaxMs?: number;
  /** with a journal: ...or once this many records wait; default 1024 */
  journalFoldCount?: number;
  /** with a journal: a timed fold stores this many rows per turn of the event loop; default 128 */
  journalFoldChunk?: number;
  /** with checkpoints in the background: at most one every this long while folds happen; default 5000 ms */
  checkpointEveryMs?: number;
  /** with a journal: a batch of this many update bytes or more goes straight into the database (not written twice); default 16 KiB */
  journalDirectBytes?: number;
  /** with a journal: fold at once when this many update bytes wait; default 256 KiB */
  journalFoldBytes?: number;
  /** with a journal: start the file again past this size, once a checkpoint has put what it holds in the database file; default 1 MiB */
  journalRewindBytes?: number;
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

export class SqliteStorage implements RelayStorage, RoomStore {
  private readonly db: Database.Database;
  private readonly stmts;
  private readonly vacuumPagesPerStep: number;
  private journal: UpdateJournal | null = null;
  /** journaled writes not yet folded into the database, in commit order */
  private unfolded: UpdateWrite[] = [];
  /** a timed fold under way, a chunk per turn (foldChunk): these rows, sorted, folded up to `foldingAt` */
  private folding: UpdateWrite[] = [];
  private foldingAt = 0;
  private foldGeneration = 0;
  private checkpointer: Checkpointer | null = null;
  /** why the last timed fold failed, until a fold succeeds */
  private foldError: unknown = null;
  private lastCheckpointAt = 0;
  /**
   * The highest seq of each room this store loaded or journaled (only with a journal): one room engine
   * writes a room, so a higher seq cannot be in the database (a second writer is caught at the fold).
   */
  private readonly highestSeq = new Map<string, number>();
  private unfoldedBytes = 0;
  private foldTimer: NodeJS.Timeout | null = null;
  private firstUnfoldedAt = 0;
  private lastAppendAt = 0;
  private onFoldError: (error: unknown) => void = () => {};
  /** folds and rewinds so far (tests, operations) */
  readonly journalStats = { folds: 0, rewinds: 0, directCommits: 0, appends: 0 };

  constructor(
    /** the database file: room workers open their own connection to it */
    readonly file: string,
    readonly options: SqliteStorageOptions = {},
  ) {
    ownerOnly(file);
    this.db = new Database(file);
    // before the first table exists (a new file); an older file is converted after migrating
    if ((this.db.pragma("page_count", { simple: true }) as number) === 0) this.db.pragma("auto_vacuum = INCREMENTAL");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma(`journal_size_limit = ${Math.max(0, Math.floor(options.journalSizeLimitBytes ?? 64 * 1024 * 1024))}`);
    // The token CLI, and the other connections of this relay (room workers), may write at the same time: wait for their lock.
    this.db.pragma("busy_timeout = 5000");
    this.migrate();
    if ((this.db.pragma("auto_vacuum", { simple: true }) as number) !== 2) {
      // a file made before issue 17: converting needs one full VACUUM, once
      this.db.pragma("auto_vacuum = INCREMENTAL");
      this.db.exec("VACUUM");
    }
    this.vacuumPagesPerStep = options.vacuumPagesPerStep ?? 4096;
    if (options.maxPageCount !== undefined) this.setMaxPageCount(options.maxPageCount);
    this.stmts = {
      snapshot: this.db.prepare<[string], { data: Buffer; upto_seq: number }>(
        "SELECT data, upto_seq FROM snapshots WHERE room = ?",
      ),
      updates: this.db.prepare<[string, number], { seq: number; data: Buffer }>(
        "SELECT seq, data FROM updates WHERE room = ? AND seq > ? ORDER BY seq",
      ),
      lastSeq: this.db.prepare<[string, string], { seq: number | null }>(
        "SELECT MAX(s) AS seq FROM (SELECT MAX(seq) AS s FROM updates WHERE room = ? UNION ALL SELECT upto_seq AS s FROM snapshots WHERE room = ?)",
      ),
      insert: this.db.prepare<[string, number, Buffer, number, string | null, string, string | null, Buffer]>(
        "INSERT INTO updates (room, seq, data, created_at, jti, role, agency, ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      exists: this.db.prepare<[string, number], { one: number }>("SELECT 1 AS one FROM updates WHERE room = ? AND seq = ?"),
      // a journal replayed after a kill: what is stored already, or compacted into the snapshot, stays as it is
      replay: this.db.prepare<{ room: string; seq: number; data: Buffer; at: number; jti: string | null; role: string; agency: string | null; ids: Buffer }>(
        `INSERT OR IGNORE INTO updates (room, seq, data, created_at, jti, role, agency, ids)
         SELECT @room, @seq, @data, @at, @jti, @role, @agency, @ids
         WHERE @seq > COALESCE((SELECT upto_seq FROM snapshots WHERE room = @room), 0)`,
      ),
      upsertSnapshot: this.db.prepare<[string, Buffer, number, number]>(
        `INSERT INTO snapshots (room, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
      ),
      keepAudit: this.db.prepare<[string, number]>(
        `INSERT OR IGNORE INTO update_audit (room, seq, at, jti, role, agency, bytes, ids)
         SELECT room, seq, created_at, jti, role, agency, length(data), ids FROM updates WHERE room = ? AND seq <= ?`,
      ),
      deleteUpTo: this.db.prepare<[string, number]>("DELETE FROM updates WHERE room = ? AND seq <= ?"),
      roomBytes: this.db.prepare<[string, string], { bytes: number }>(
        "SELECT (SELECT COALESCE(SUM(length(data)), 0) FROM snapshots WHERE room = ?) + (SELECT COALESCE(SUM(length(data)), 0) FROM updates WHERE room = ?) AS bytes",
      ),
      audit: this.db.prepare<AuditParams, AuditRow>(auditQuery("ASC")),
      auditNewestFirst: this.db.prepare<AuditParams, AuditRow>(auditQuery("DESC")),
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

  // ---- the update journal ----------------------------------------------------------

  /**
   * From now on, `commit` appends small batches to the journal file of engine `engine`
   * (`<file>-updates.<pid>.<engine>.log`) and folds them into the database in batches. Call
   * `recoverJournals` first on the relay's main connection: a journal left by a killed
   * process is replayed there.
   */
  useJournal(engine: string, onFoldError: (error: unknown) => void = () => {}, options: { checkpointsInBackground?: boolean } = {}): void {
    if (this.journal) return;
    const file = journalFile(this.file, engine);
    this.recoverJournal(file);
    this.journal = new UpdateJournal(file);
    this.onFoldError = onFoldError;
    if (options.checkpointsInBackground) {
      // the relay's main thread: its folds never run a checkpoint (fsyncs) inline, a thread of its own does
      this.db.pragma("wal_autocheckpoint = 0");
      this.checkpointer = new Checkpointer(this.file, (result) => {
        if (!result.ok) this.onFoldError(new Error(`checkpoint failed: ${result.error ?? "?"}`));
      });
    }
  }

  /** After a fold: a background checkpoint every few seconds of folding (the main connection never checkpoints itself). */
  private checkpointSoon(): void {
    if (!this.checkpointer) return;
    const now = Date.now();
    if (now - this.lastCheckpointAt < (this.options.checkpointEveryMs ?? 5000)) return;
    this.lastCheckpointAt = now;
    this.checkpointer.request();
  }

  get journaling(): boolean {
    return this.journal !== null;
  }

  /**
   * Replays every journal a process left (killed before it folded them) into the database and
   * deletes them; returns the updates that were not in the database yet. Only where no engine
   * of a running relay writes them: at the relay's start, and for a room worker that is gone.
   */
  recoverJournals(): number {
    let replayed = 0;
    for (const file of journalFiles(this.file)) if (file !== this.journal?.file) replayed += this.recoverJournal(file);
    return replayed;
  }

  /**
   * Stores journaled writes the database lacks, in one transaction; a (room, seq) stored already, or at or
   * below the room's snapshot, stays as it is. Returns how many were stored.
   */
  replay(writes: readonly UpdateWrite[]): number {
    let replayed = 0;
    this.db.transaction(() => {
      for (const w of writes) replayed += this.replayOne(w);
    }).immediate();
    return replayed;
  }

  private replayOne(w: UpdateWrite): number {
    const a = w.audit;
    return this.stmts.replay.run({ room: w.room, seq: w.seq, data: toBuffer(w.data), at: a.at, jti: a.jti, role: a.role, agency: a.agency, ids: toBuffer(a.ids) }).changes;
  }

  /** Replays one journal file (see recoverJournals); a file that is not there replays nothing. */
  recoverJournal(file: string): number {
    if (!existsSync(file)) return 0;
    const replayed = this.replay(readJournal(file).writes);
    // on the database file before the journal goes (the journal was never fsynced either: this only does not make things worse)
    this.db.pragma("wal_checkpoint(PASSIVE)");
    rmSync(file, { force: true });
    return replayed;
  }

  /** Folds the journaled writes into the database now (one transaction); throws when the database refuses. */
  flush(): void {
    this.fold([]);
  }

  /** Checkpoints the background thread made (tests, operations). */
  get backgroundCheckpoints(): number {
    return this.checkpointer?.done ?? 0;
  }

  /** Journaled writes not folded yet (tests, operations). */
  get unfoldedCount(): number {
    return this.unfolded.length + this.folding.length - this.foldingAt;
  }

  /** Stores what waits in the journal, and `more`, in one transaction; then maybe starts the journal again. */
  private fold(more: readonly UpdateWrite[]): void {
    const waiting = this.folding.length > this.foldingAt ? [...this.folding.slice(this.foldingAt), ...this.unfolded] : this.unfolded;
    if (waiting.length === 0 && more.length === 0) return;
    this.store(waiting, more);
    this.foldGeneration++; // a chunk waiting for its turn has nothing left to do
    if (this.foldTimer) {
      clearTimeout(this.foldTimer);
      this.foldTimer = null;
    }
    this.folding = [];
    this.foldingAt = 0;
    this.unfolded = [];
    this.unfoldedBytes = 0;
    if (waiting.length > 0) this.journalStats.folds++;
    this.maybeRewind();
  }

  /** One transaction: journaled writes (which may be stored already, see below) and new ones. */
  private store(journaled: readonly UpdateWrite[], more: readonly UpdateWrite[]): void {
    try {
      this.db.transaction(() => {
        for (const write of journaled) this.insert(write);
        for (const write of more) this.insert(write);
      })();
      this.foldError = null;
    } catch (error) {
      // Another connection stored one of these (room, seq) since it was journaled (two writers of a
      // room: a bug): what is stored stays, the rest goes in, so one record never holds every fold back.
      if ((error as { code?: string }).code !== "SQLITE_CONSTRAINT_PRIMARYKEY" || journaled.length === 0) throw error;
      this.onFoldError(error);
      this.db.transaction(() => {
        for (const write of journaled) this.replayOne(write);
        for (const write of more) this.insert(write);
      })();
    }
  }

  /**
   * The journal starts again once it is big and everything it holds is folded. Its records are then
   * in the WAL, which a kill does not lose; like any commit under synchronous=NORMAL, a power cut
   * may (the guarantee the relay gives, PROTOCOL.md 1).
   */
  private maybeRewind(): void {
    this.checkpointSoon();
    const journal = this.journal;
    if (!journal || this.unfolded.length > 0 || this.folding.length > 0 || journal.bytes < (this.options.journalRewindBytes ?? 1024 * 1024)) return;
    journal.rewind();
    this.journalStats.rewinds++;
  }

  /**
   * A timed fold runs a room or a few at a time, one transaction per turn of the event loop
   * (`journalFoldChunk` rows): a fold of 1,024 rows over 400 rooms took 15-30 ms, which the
   * other villages' messages would wait for on the main thread. What waits is sorted by room
   * first, so each room's rows (and pages) go in together; updates arriving meanwhile wait for
   * the next fold. A read through this store folds the rest at once.
   */
  private foldChunk(): void {
    if (this.folding.length === 0) {
      if (this.unfolded.length === 0) return;
      this.folding = this.unfolded.sort((x, y) => (x.room < y.room ? -1 : x.room > y.room ? 1 : x.seq - y.seq));
      this.foldingAt = 0;
      this.unfolded = [];
    }
    const generation = ++this.foldGeneration;
    const chunk = this.options.journalFoldChunk ?? 128;
    let end = Math.min(this.folding.length, this.foldingAt + chunk);
    // a room is not cut in two unless it alone is bigger than a chunk
    const room = this.folding[end - 1]!.room;
    while (end < this.folding.length && this.folding[end]!.room === room && end - this.foldingAt < chunk * 4) end++;
    const rows = this.folding.slice(this.foldingAt, end);
    try {
      this.store(rows, []);
    } catch (error) {
      // the rows stay in the journal (durable) and in memory: the next fold tries again; until one
      // succeeds, probeWrite fails with the same error (/healthz says the store fails)
      this.foldError = error;
      this.onFoldError(error);
      this.armFold(this.options.journalFoldMs ?? 1000);
      return;
    }
    for (const w of rows) this.unfoldedBytes -= w.data.byteLength;
    this.foldingAt = end;
    if (this.foldingAt < this.folding.length) {
      setImmediate(() => {
        if (generation === this.foldGeneration) this.foldChunk();
      });
      return;
    }
    this.folding = [];
    this.foldingAt = 0;
    this.journalStats.folds++;
    this.maybeRewind();
    if (this.unfolded.length > 0 && !this.foldTimer) {
      this.firstUnfoldedAt = Date.now();
      this.armFold(this.options.journalFoldMs ?? 1000);
    }
  }

  /**
   * Folds once the journal has been quiet for `journalFoldMs`, or `journalFoldMaxMs` after its
   * first unfolded record while updates keep coming (a person typing: a page then carries a few
   * hundred of them), or at `journalFoldCount` records. One timer, re-armed when it fires early.
   */
  private scheduleFold(): void {
    const now = Date.now();
    this.lastAppendAt = now;
    if (this.unfolded.length >= (this.options.journalFoldCount ?? 1024) && this.folding.length === 0) {
      if (this.foldTimer) {
        clearTimeout(this.foldTimer);
        this.foldTimer = null;
      }
      this.foldChunk();
      return;
    }
    if (this.foldTimer || this.folding.length > 0) return;
    this.firstUnfoldedAt = now;
    this.armFold(this.options.journalFoldMs ?? 1000);
  }

  private armFold(ms: number): void {
    if (this.foldTimer) clearTimeout(this.foldTimer);
    this.foldTimer = setTimeout(() => {
      this.foldTimer = null;
      const now = Date.now();
      const quiet = this.options.journalFoldMs ?? 1000;
      const due = Math.min(this.lastAppendAt + quiet, this.firstUnfoldedAt + (this.options.journalFoldMaxMs ?? 5000));
      if (due > now && this.unfolded.length > 0) return this.armFold(due - now);
      this.foldChunk();
    }, Math.max(1, ms));
    this.foldTimer.unref();
  }

  /** Reads see what was journaled: fold first (nothing to do when nothing waits). */
  private folded(): void {
    if (this.unfolded.length > 0 || this.folding.length > 0) this.fold([]);
  }

  loadRoom(room: string): StoredRoom {
    this.folded();
    const stored = this.db.transaction(() => {
      const snap = this.stmts.snapshot.get(room);
      const uptoSeq = snap?.upto_seq ?? 0;
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        snapshotUptoSeq: uptoSeq,
        updates: this.stmts.updates.all(room, uptoSeq).map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) })),
      };
    })();
    if (this.journal) this.highestSeq.set(room, stored.updates.at(-1)?.seq ?? stored.snapshotUptoSeq);
    return stored;
  }

  appendUpdate(room: string, data: Uint8Array, audit: UpdateAudit = operatorAudit()): number {
    this.folded();
    // a relay killed before it folded left the room's last seqs in a journal: numbered after them, so its replay keeps both
    let journaled = 0;
    for (const file of journalFiles(this.file)) {
      if (file === this.journal?.file || !existsSync(file)) continue;
      for (const w of readJournal(file).writes) if (w.room === room && w.seq > journaled) journaled = w.seq;
    }
    return this.db.transaction(() => {
      const seq = Math.max(this.stmts.lastSeq.get(room, room)?.seq ?? 0, journaled) + 1;
      this.insert({ room, seq, data, audit });
      return seq;
    }).immediate();
  }

  commit(writes: readonly UpdateWrite[]): void {
    if (writes.length === 0) return;
    if (this.journal) return this.journaled(writes);
    // one statement is a transaction of its own: no BEGIN and COMMIT to run (a relay at low load commits one update at a time)
    if (writes.length === 1) return this.insert(writes[0]!);
    this.db.transaction(() => {
      for (const write of writes) this.insert(write);
    })();
  }

  /**
   * A batch through the journal: a small one is appended (one write) and folded later; a big
   * one (an import) goes straight into the database with whatever waits, in one transaction.
   * Too much waiting (folds failing) is folded now, before the batch: its failure is the batch's.
   */
  private journaled(writes: readonly UpdateWrite[]): void {
    let bytes = 0;
    for (const w of writes) bytes += w.data.byteLength;
    if (bytes >= (this.options.journalDirectBytes ?? 16 * 1024)) {
      this.fold(writes);
      this.journalStats.directCommits++;
      return;
    }
    if (this.unfoldedBytes >= (this.options.journalFoldBytes ?? 256 * 1024)) this.fold([]);
    // a (room, seq) stored or journaled already fails now, as the database's key would (two writers of a room are a bug)
    const inBatch = writes.length > 1 ? new Set<string>() : null;
    for (const w of writes) {
      // past the highest seq this store has seen of the room (loaded or journaled), neither the database nor
      // the journal holds such a row: the lookups are only for a seq at or below it (or a room not seen)
      const known = this.highestSeq.get(w.room);
      const taken = known === undefined || w.seq <= known ? this.stmts.exists.get(w.room, w.seq) !== undefined || this.isJournaled(w.room, w.seq) : false;
      const key = inBatch ? `${w.seq}/${w.room}` : "";
      if (taken || inBatch?.has(key)) {
        throw Object.assign(new Error("UNIQUE constraint failed: updates.room, updates.seq"), { code: "SQLITE_CONSTRAINT_PRIMARYKEY" });
      }
      inBatch?.add(key);
    }
    this.journal!.append(writes);
    this.journalStats.appends++;
    for (const w of writes) {
      this.unfolded.push(w);
      if (w.seq > (this.highestSeq.get(w.room) ?? 0)) this.highestSeq.set(w.room, w.seq);
    }
    this.unfoldedBytes += bytes;
    this.scheduleFold();
  }

  /** Whether (room, seq) waits in the journal, not folded yet (a scan: only for a seq the store has seen of the room). */
  private isJournaled(room: string, seq: number): boolean {
    const same = (w: UpdateWrite) => w.seq === seq && w.room === room;
    return this.unfolded.some(same) || this.folding.slice(this.foldingAt).some(same);
  }

  private insert(write: UpdateWrite): void {
    const a = write.audit;
    this.stmts.insert.run(write.room, write.seq, toBuffer(write.data), a.at, a.jti, a.role, a.agency, toBuffer(a.ids));
  }

  compact(room: string, snapshot: Uint8Array, uptoSeq: number): void {
    // the audit rows of the compacted updates come from their rows: every one must be in the database
    this.folded();
    this.db.transaction(() => {
      this.stmts.upsertSnapshot.run(room, toBuffer(snapshot), uptoSeq, Date.now());
      this.stmts.keepAudit.run(room, uptoSeq);
      this.stmts.deleteUpTo.run(room, uptoSeq);
    })();
  }

  /**
   * Gives free pages back (incremental vacuum, a bounded step) when a tenth of the file or
   * more is free, and lets a large WAL be cut back (a passive checkpoint, then
   * journal_size_limit applies when the WAL restarts).
   */
  maintain(): void {
    this.folded();
    const pages = this.db.pragma("page_count", { simple: true }) as number;
    const free = this.db.pragma("freelist_count", { simple: true }) as number;
    if (free > 64 && free * 10 >= pages) this.db.pragma(`incremental_vacuum(${this.vacuumPagesPerStep})`);
    if (this.checkpointer) this.checkpointer.request();
    else this.db.pragma("wal_checkpoint(PASSIVE)");
  }

  roomStoredBytes(room: string): number {
    this.folded();
    return this.stmts.roomBytes.get(room, room)?.bytes ?? 0;
  }

  listUpdateAudit(room: string, options: AuditQuery = {}): AuditRecord[] {
    this.folded();
    const params = { room, after: options.afterSeq ?? 0, before: options.beforeSeq ?? Number.MAX_SAFE_INTEGER, limit: options.limit ?? 1000 };
    const rows = (options.newestFirst ? this.stmts.auditNewestFirst : this.stmts.audit).all(params);
    return rows.map(auditOf);
  }

  /** Pages in the database file and free among them (operations, tests). */
  fileStats(): { pageCount: number; freePages: number; pageSize: number } {
    return {
      pageCount: this.db.pragma("page_count", { simple: true }) as number,
      freePages: this.db.pragma("freelist_count", { simple: true }) as number,
      pageSize: this.db.pragma("page_size", { simple: true }) as number,
    };
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
    // journaled updates the database refused (a full disk): the store fails, whatever a probe could write
    if (this.foldError !== null) throw this.foldError;
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
        const stored = known && reportOf(known, parseJson);
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
    return rows.flatMap((row) => reportOf(row, parseJson) ?? []);
  }

  currentReports(prefix: string, fromMonth: string, toMonth: string): ReportSummary[] {
    return this.stmts.currentUnder
      .all({ prefix, from: fromMonth, to: toMonth })
      .flatMap((row) => (wilayahWithin(row.kode_wilayah, prefix) ? (reportSummaryOf(row, parseJson) ?? []) : []));
  }

  /** Folds the journal and deletes it (kept, for the next start, when the database refuses), then closes. */
  close(): void {
    if (!this.db.open) return;
    if (this.journal) {
      let folded = false;
      try {
        this.fold([]);
        folded = true;
      } catch (error) {
        this.onFoldError(error);
      }
      this.journal.close(folded);
      this.journal = null;
    }
    this.checkpointer?.close();
    this.checkpointer = null;
    this.db.close();
  }
}


/** SQLite keeps a report's JSON as text. */
const parseJson = (text: string): unknown => JSON.parse(text);
type ReportRow = ReportRowOf<string>;
