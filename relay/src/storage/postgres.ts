import pg from "pg";
import { wilayahWithin } from "@shared/rules/wilayah.ts";
import { auditOf, inviteOf, operatorAudit, reportOf, reportSummaryOf, toBuffer, workspaceOf, type AuditRow, type ReportRow as ReportRowOf, type TokenRow, type WorkspaceRow } from "./rows.ts";
import type {
  AuditQuery, AuditRecord, InviteRecord, RelayStorage, RoomStore, ReportSummary, StoredReport, StoredRoom, UpdateAudit, UpdateWrite, WorkspaceRecord,
} from "./types.ts";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION } from "./postgresSchema.ts";

/**
 * PostgreSQL storage (issue 18): what SqliteStorage stores, in the database district IT already
 * runs and backs up, shared by several relay processes. Every method answers with a promise;
 * the same contract as SQLite and memory holds (storage.contract.ts).
 *
 * Durability is the same promise: `commit` resolves once PostgreSQL has committed the
 * transaction (synchronous_commit stays on), and the room engine relays nothing before that.
 *
 * Sequencing: (room, seq) is the primary key of `updates`. A room's next seq is taken by one
 * process at a time; a second process writing the same seq fails on the key, as a second
 * writer of a room fails in SQLite, and reloads the room. Where a number is computed here
 * (appendUpdate, a report's version) a transaction-scoped advisory lock on the room (or the
 * workspace and month) serialises the processes.
 */

// bigint columns (seqs, epoch ms) as numbers: they stay far below 2^53
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Rows whose kode lies under a prefix, segment-wise: the prefix itself or the prefix and a dot. */
const UNDER = (param: string) => `(kode_wilayah = ${param} OR left(kode_wilayah, length(${param}) + 1) = ${param} || '.')`;

/** A lock id for pg_advisory_xact_lock from a text key (the same hash on every process). */
const LOCK = (param: string) => `hashtextextended(${param}, 0)`;

export interface PostgresStorageOptions {
  /** connections in the pool; default 10 */
  maxConnections?: number;
  /** bring the schema up to this relay's version on open; default true */
  migrate?: boolean;
}

const bytesOf = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();

export class PostgresStorage implements RelayStorage, RoomStore {
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    /** where it connects (a room worker opens its own pool to the same database) */
    readonly url: string,
  ) {}

  /** Connects and brings the schema up to this relay's version (several processes may start at once). */
  static async open(url: string, options: PostgresStorageOptions = {}): Promise<PostgresStorage> {
    const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, types });
    // an idle client that loses its connection (the database restarted) must not crash the relay
    pool.on("error", () => undefined);
    const storage = new PostgresStorage(pool, url);
    try {
      // a room worker's store: the process that started it brought the schema up already
      if (options.migrate !== false) await storage.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return storage;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      // one migrator at a time across processes
      await client.query(`SELECT pg_advisory_xact_lock(${LOCK("$1")})`, ["rembuk:migrate"]);
      await client.query("CREATE TABLE IF NOT EXISTS rembuk_schema (version integer NOT NULL)");
      const row = (await client.query<{ version: number }>("SELECT version FROM rembuk_schema")).rows[0];
      const current = row?.version ?? 0;
      if (current > POSTGRES_SCHEMA_VERSION) {
        throw new Error(`database schema ${current} is newer than this relay (${POSTGRES_SCHEMA_VERSION}); upgrade the relay`);
      }
      for (let v = current + 1; v <= POSTGRES_SCHEMA_VERSION; v++) {
        const sql = POSTGRES_MIGRATIONS[v];
        if (sql === undefined) throw new Error(`missing migration ${v}`);
        await client.query(sql);
      }
      if (row === undefined) await client.query("INSERT INTO rembuk_schema (version) VALUES ($1)", [POSTGRES_SCHEMA_VERSION]);
      else await client.query("UPDATE rembuk_schema SET version = $1", [POSTGRES_SCHEMA_VERSION]);
    });
  }

  /** The schema version stored in the database (tests, operations). */
  async schemaVersion(): Promise<number> {
    const { rows } = await this.query<{ version: number }>("SELECT version FROM rembuk_schema");
    return rows[0]?.version ?? 0;
  }

  private query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    if (this.closed) return Promise.reject(new Error("storage is closed"));
    return this.pool.query<R>(sql, params);
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error("storage is closed");
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async loadRoom(room: string): Promise<StoredRoom> {
    // one snapshot of the database for both reads (REPEATABLE READ): a compaction between them cannot tear the room
    if (this.closed) throw new Error("storage is closed");
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const snap = (await client.query<{ data: Buffer; upto_seq: number }>("SELECT data, upto_seq FROM snapshots WHERE room = $1", [room])).rows[0];
      const uptoSeq = snap?.upto_seq ?? 0;
      const updates = await client.query<{ seq: number; data: Buffer }>(
        "SELECT seq, data FROM updates WHERE room = $1 AND seq > $2 ORDER BY seq",
        [room, uptoSeq],
      );
      await client.query("COMMIT");
      return {
        snapshot: snap ? bytesOf(snap.data) : null,
        snapshotUptoSeq: uptoSeq,
        updates: updates.rows.map((row) => ({ seq: row.seq, data: bytesOf(row.data) })),
      };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async appendUpdate(room: string, data: Uint8Array, audit: UpdateAudit = operatorAudit()): Promise<number> {
    return this.transaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(${LOCK("$1")})`, [`rembuk:room:${room}`]);
      const { rows } = await client.query<{ seq: number | null }>(
        "SELECT GREATEST((SELECT MAX(seq) FROM updates WHERE room = $1), (SELECT upto_seq FROM snapshots WHERE room = $1)) AS seq",
        [room],
      );
      const seq = (rows[0]?.seq ?? 0) + 1;
      await this.insert(client, [{ room, seq, data, audit }]);
      return seq;
    });
  }

  /** Stores every write in one transaction, or none (a (room, seq) that exists fails the whole batch). */
  async commit(writes: readonly UpdateWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.transaction((client) => this.insert(client, writes));
  }

  private async insert(client: pg.PoolClient, writes: readonly UpdateWrite[]): Promise<void> {
    // one statement for the batch (arrays unnested): a burst of 500 updates is one round trip
    await client.query(
      `INSERT INTO updates (room, seq, data, created_at, jti, role, agency, ids)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::bytea[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::bytea[])`,
      [
        writes.map((w) => w.room),
        writes.map((w) => w.seq),
        writes.map((w) => toBuffer(w.data)),
        writes.map((w) => w.audit.at),
        writes.map((w) => w.audit.jti),
        writes.map((w) => w.audit.role),
        writes.map((w) => w.audit.agency),
        writes.map((w) => toBuffer(w.audit.ids)),
      ],
    );
  }

  async compact(room: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        `INSERT INTO snapshots (room, data, upto_seq, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
        [room, toBuffer(snapshot), uptoSeq, Date.now()],
      );
      await client.query(
        `INSERT INTO update_audit (room, seq, at, jti, role, agency, bytes, ids)
         SELECT room, seq, created_at, jti, role, agency, octet_length(data), ids FROM updates WHERE room = $1 AND seq <= $2
         ON CONFLICT DO NOTHING`,
        [room, uptoSeq],
      );
      await client.query("DELETE FROM updates WHERE room = $1 AND seq <= $2", [room, uptoSeq]);
    });
  }

  /** PostgreSQL's autovacuum gives space back: nothing to do here. */
  async maintain(): Promise<void> {}

  async roomStoredBytes(room: string): Promise<number> {
    const { rows } = await this.query<{ bytes: number }>(
      `SELECT (SELECT COALESCE(SUM(octet_length(data)), 0) FROM snapshots WHERE room = $1)::bigint
            + (SELECT COALESCE(SUM(octet_length(data)), 0) FROM updates WHERE room = $1)::bigint AS bytes`,
      [room],
    );
    return rows[0]?.bytes ?? 0;
  }

  async listUpdateAudit(room: string, options: AuditQuery = {}): Promise<AuditRecord[]> {
    const { rows } = await this.query<AuditRow>(
      `SELECT seq, at, jti, role, agency, bytes, ids FROM (
         SELECT seq, at, jti, role, agency, bytes, ids FROM update_audit WHERE room = $1 AND seq > $2 AND seq < $3
         UNION ALL
         SELECT seq, created_at AS at, jti, role, agency, octet_length(data) AS bytes, ids FROM updates WHERE room = $1 AND seq > $2 AND seq < $3
       ) AS a ORDER BY seq ${options.newestFirst ? "DESC" : "ASC"} LIMIT $4`,
      [room, options.afterSeq ?? 0, options.beforeSeq ?? Number.MAX_SAFE_INTEGER, options.limit ?? 1000],
    );
    return rows.map(auditOf);
  }

  async createInvite(invite: InviteRecord): Promise<void> {
    await this.query(
      `INSERT INTO tokens (jti, workspace, role, opd, label, wilayah, minted_by, created_at, expires_at, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [invite.jti, invite.workspace, invite.role, invite.opd, invite.label, invite.wilayah, invite.mintedBy, invite.createdAt, invite.expiresAt, invite.revokedAt],
    );
  }

  async listInvites(workspace: string): Promise<InviteRecord[]> {
    const { rows } = await this.query<TokenRow>("SELECT * FROM tokens WHERE workspace = $1 ORDER BY created_at, jti", [workspace]);
    return rows.flatMap((row) => inviteOf(row) ?? []);
  }

  async revokeInvite(workspace: string, jti: string, atSeconds: number): Promise<boolean> {
    const result = await this.query("UPDATE tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE jti = $2 AND workspace = $3", [atSeconds, jti, workspace]);
    return (result.rowCount ?? 0) > 0;
  }

  async isRevoked(jti: string): Promise<boolean> {
    const { rows } = await this.query<{ revoked_at: number | null }>("SELECT revoked_at FROM tokens WHERE jti = $1", [jti]);
    return (rows[0]?.revoked_at ?? null) !== null;
  }

  async getInvite(jti: string): Promise<InviteRecord | null> {
    const { rows } = await this.query<TokenRow>("SELECT * FROM tokens WHERE jti = $1", [jti]);
    return rows[0] ? inviteOf(rows[0]) : null;
  }

  async knownWorkspaces(): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>(
      `SELECT split_part(room, '/', 1) AS id FROM updates WHERE strpos(room, '/') > 0
       UNION SELECT split_part(room, '/', 1) FROM snapshots WHERE strpos(room, '/') > 0
       UNION SELECT workspace FROM tokens UNION SELECT id FROM workspaces UNION SELECT workspace FROM reports`,
    );
    return rows.map((r) => r.id).filter((id) => id.length > 0).sort();
  }

  /** A committed write that changes nothing visible (for /healthz): the schema version, written as it is. */
  async probeWrite(): Promise<void> {
    await this.query("UPDATE rembuk_schema SET version = version");
  }

  async registerWorkspace(record: { id: string; kodeWilayah: string; name: string }, atMs: number): Promise<WorkspaceRecord> {
    const { rows } = await this.query<WorkspaceRow>(
      `INSERT INTO workspaces (id, kode_wilayah, name, registered_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (id) DO UPDATE SET kode_wilayah = excluded.kode_wilayah, name = excluded.name, updated_at = excluded.updated_at
       RETURNING *`,
      [record.id, record.kodeWilayah, record.name, atMs],
    );
    return workspaceOf(rows[0]!);
  }

  async getWorkspace(id: string): Promise<WorkspaceRecord | null> {
    const { rows } = await this.query<WorkspaceRow>("SELECT * FROM workspaces WHERE id = $1", [id]);
    return rows[0] ? workspaceOf(rows[0]) : null;
  }

  async listWorkspaces(prefix: string | null): Promise<WorkspaceRecord[]> {
    const { rows } = prefix === null
      ? await this.query<WorkspaceRow>("SELECT * FROM workspaces ORDER BY kode_wilayah COLLATE \"C\", id COLLATE \"C\"")
      : await this.query<WorkspaceRow>(`SELECT * FROM workspaces WHERE ${UNDER("$1")} ORDER BY kode_wilayah COLLATE "C", id COLLATE "C"`, [prefix]);
    // the SQL already narrows segment-wise; the shared rule is the one that decides
    return rows.map(workspaceOf).filter((w) => prefix === null || wilayahWithin(w.kodeWilayah, prefix));
  }

  async appendReport(report: Omit<StoredReport, "version">): Promise<{ report: StoredReport; duplicate: boolean }> {
    return this.transaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(${LOCK("$1")})`, [`rembuk:report:${report.workspace}`]);
      if (report.sendId !== null) {
        const known = (await client.query<ReportRow>("SELECT * FROM reports WHERE workspace = $1 AND send_id = $2", [report.workspace, report.sendId])).rows[0];
        const stored = known && reportOf(known, asParsed);
        if (stored) return { report: stored, duplicate: true };
      }
      const { rows } = await client.query<{ v: number | null }>("SELECT MAX(version) AS v FROM reports WHERE workspace = $1 AND month = $2", [report.workspace, report.month]);
      const version = (rows[0]?.v ?? 0) + 1;
      await client.query(
        `INSERT INTO reports (workspace, month, version, kode_wilayah, village_name, indicators, by_rw, received_at, sent_by_role, sent_by_jti, send_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          report.workspace, report.month, version, report.kodeWilayah, report.villageName, JSON.stringify(report.indicators),
          JSON.stringify(report.byRw), report.receivedAt, report.sentByRole, report.sentByJti, report.sendId,
        ],
      );
      return { report: { ...report, version }, duplicate: false };
    });
  }

  async listReportVersions(workspace: string, month: string | null): Promise<StoredReport[]> {
    const { rows } = month === null
      ? await this.query<ReportRow>("SELECT * FROM reports WHERE workspace = $1 ORDER BY month COLLATE \"C\", version", [workspace])
      : await this.query<ReportRow>("SELECT * FROM reports WHERE workspace = $1 AND month = $2 ORDER BY version", [workspace, month]);
    return rows.flatMap((row) => reportOf(row, asParsed) ?? []);
  }

  async currentReports(prefix: string, fromMonth: string, toMonth: string): Promise<ReportSummary[]> {
    const { rows } = await this.query<Omit<ReportRow, "by_rw" | "send_id" | "sent_by_jti">>(
      `SELECT workspace, month, version, kode_wilayah, village_name, indicators, received_at, sent_by_role FROM reports r
       WHERE ${UNDER("$1")} AND month >= $2 AND month <= $3
         AND version = (SELECT MAX(version) FROM reports x WHERE x.workspace = r.workspace AND x.month = r.month)
       ORDER BY kode_wilayah COLLATE "C", workspace COLLATE "C", month COLLATE "C"`,
      [prefix, fromMonth, toMonth],
    );
    return rows.flatMap((row) => (wilayahWithin(row.kode_wilayah, prefix) ? (reportSummaryOf(row, asParsed) ?? []) : []));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** PostgreSQL hands a report's jsonb back parsed. */
const asParsed = (value: unknown): unknown => value;
type ReportRow = ReportRowOf<unknown>;
