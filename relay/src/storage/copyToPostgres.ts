import Database from "better-sqlite3";
import pg from "pg";
import * as Y from "yjs";
import { PostgresStorage } from "./postgres.ts";
import { SqliteStorage } from "./sqlite.ts";

/**
 * Copies a SQLite relay's database into PostgreSQL (`npm run migrate:postgres`, issue 18): every
 * table row for row (rooms' updates and snapshots, the audit, invites, the workspace registry,
 * reports), in one PostgreSQL transaction, read from one SQLite read transaction (a consistent
 * copy even if something else writes the file meanwhile; what it writes after is not copied, so
 * the relay is stopped first). Then checked: every room's state vector, loaded back through
 * both stores, is equal, and every table has as many rows on both sides.
 *
 * Columns are matched by name, so a column PostgreSQL's schema lacks is an error, not a loss.
 */
export const COPIED_TABLES = ["updates", "snapshots", "update_audit", "tokens", "workspaces", "reports"] as const;

export interface CopyReport {
  rows: Record<string, number>;
  rooms: number;
  /** rooms whose state vector differs after the copy (empty when the copy is good) */
  mismatchedRooms: string[];
}

export class CopyRefused extends Error {}

/** Rows per INSERT: a few MB at most with big snapshots, far below PostgreSQL's 65,535 parameters. */
const BATCH_ROWS = 200;

export async function copySqliteToPostgres(sqliteFile: string, postgresUrl: string, onProgress: (line: string) => void = () => undefined): Promise<CopyReport> {
  // brings the target's schema up to date (and refuses a newer one) before anything is copied
  await (await PostgresStorage.open(postgresUrl)).close();
  // the relay's own open: the file's schema is migrated to this relay's version first
  new SqliteStorage(sqliteFile).close();

  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: postgresUrl });
  await target.connect();
  const rows: Record<string, number> = {};
  try {
    const nonEmpty = await target.query<{ t: string }>(
      COPIED_TABLES.map((t) => `SELECT '${t}' AS t WHERE EXISTS (SELECT 1 FROM ${t})`).join(" UNION ALL "),
    );
    if (nonEmpty.rows.length > 0) {
      throw new CopyRefused(`the PostgreSQL database already holds data (${nonEmpty.rows.map((r) => r.t).join(", ")}): copy into an empty database`);
    }
    await target.query("BEGIN");
    source.exec("BEGIN"); // one read snapshot of the whole file
    for (const table of COPIED_TABLES) {
      const sourceColumns = (source.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
      const targetColumns = new Set(
        (await target.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = $1", [table])).rows.map((r) => r.column_name),
      );
      const missing = sourceColumns.filter((c) => !targetColumns.has(c));
      if (missing.length > 0) throw new CopyRefused(`PostgreSQL's ${table} lacks ${missing.join(", ")}: update the relay before copying`);
      let count = 0;
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const placeholders = batch.map((_, r) => `(${sourceColumns.map((__, c) => `$${r * sourceColumns.length + c + 1}`).join(", ")})`);
        await target.query(`INSERT INTO ${table} (${sourceColumns.join(", ")}) VALUES ${placeholders.join(", ")}`, batch.flat());
        count += batch.length;
        batch = [];
      };
      for (const row of source.prepare(`SELECT ${sourceColumns.join(", ")} FROM ${table}`).raw().iterate() as IterableIterator<unknown[]>) {
        batch.push(row.map((value) => (typeof value === "bigint" ? Number(value) : value)));
        if (batch.length >= BATCH_ROWS) await flush();
      }
      await flush();
      rows[table] = count;
      onProgress(`${table}: ${count}`);
    }
    source.exec("COMMIT");
    await target.query("COMMIT");
  } catch (error) {
    if (source.inTransaction) source.exec("ROLLBACK");
    await target.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    source.close();
    await target.end();
  }
  return { rows, ...(await compareRooms(sqliteFile, postgresUrl, onProgress)) };
}

/** Every room of the SQLite file, loaded through both stores: equal state vectors, or the rooms that differ. */
async function compareRooms(sqliteFile: string, postgresUrl: string, onProgress: (line: string) => void): Promise<{ rooms: number; mismatchedRooms: string[] }> {
  const sqlite = new SqliteStorage(sqliteFile);
  const postgres = await PostgresStorage.open(postgresUrl);
  const raw = new Database(sqliteFile, { readonly: true });
  const rooms = (raw.prepare("SELECT room FROM updates UNION SELECT room FROM snapshots ORDER BY room").all() as Array<{ room: string }>).map((r) => r.room);
  raw.close();
  const mismatchedRooms: string[] = [];
  try {
    for (const room of rooms) {
      const before = stateVector(sqlite.loadRoom(room));
      const after = stateVector(await postgres.loadRoom(room));
      if (Buffer.compare(before, after) !== 0) mismatchedRooms.push(room);
    }
  } finally {
    sqlite.close();
    await postgres.close();
  }
  onProgress(`rooms checked: ${rooms.length}, state vectors differing: ${mismatchedRooms.length}`);
  return { rooms: rooms.length, mismatchedRooms };
}

function stateVector(stored: { snapshot: Uint8Array | null; updates: Array<{ data: Uint8Array }> }): Uint8Array {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.data);
  const vector = Y.encodeStateVector(doc);
  doc.destroy();
  return vector;
}
