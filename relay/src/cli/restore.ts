import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { writeFileAtomic } from "../auth/atomicFile.ts";
import { KEYS_FILE } from "../auth/keys.ts";
import { readConfig } from "../config.ts";
import { OperatorError } from "../operatorError.ts";
import { runningRelayPid } from "../pidFile.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import { journalFiles } from "../storage/updateJournal.ts";
import { BACKED_UP_FILES, BACKUP_TABLE } from "./backupFiles.ts";
import { parsePathArg, UsageError } from "./backupArgs.ts";
import { runCli } from "./run.ts";

/**
 * `npm run restore -- --from <file>`: puts a backup (`npm run backup`) in DATA_DIR: the database and the
 * token keys. The relay must be stopped. Whatever DATA_DIR held is moved aside, never deleted
 * (DATA_DIR/sebelum-pemulihan-<time>/). The backup is checked first (a SQLite file, intact, made by
 * `npm run backup`, of a schema this relay reads); a database of an older schema is migrated.
 */
let from: string;
try {
  from = resolve(parsePathArg(process.argv.slice(2), "--from"));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : String(error));
  process.exit(2);
}

await runCli("npm run restore", () => {
  const config = readConfig(process.env);
  const dataDir = config.dataDir;
  const pid = runningRelayPid(dataDir);
  if (pid !== null) throw new OperatorError(`relay masih berjalan dengan DATA_DIR ini (pid ${pid}): hentikan dulu (mis. systemctl stop rembuk), lalu ulangi`);
  if (!existsSync(from)) throw new OperatorError(`berkas cadangan tidak ada: ${from}`);

  const files = readBackup(from);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const database = join(dataDir, "rembuk.sqlite");
  const temp = `${database}.restoring-${process.pid}`;
  copyFileSync(from, temp);
  try {
    const copy = new Database(temp);
    try {
      copy.exec(`DROP TABLE ${BACKUP_TABLE}`);
    } finally {
      copy.close();
    }
    // migrates a backup of an older schema, refuses a newer one (before anything is moved)
    new SqliteStorage(temp).close();
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${temp}${suffix}`, { force: true });
    throw error;
  }

  const aside = join(dataDir, `sebelum-pemulihan-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  // the update journals a killed relay left belong to the database they go aside with (never replayed into the restored one)
  const journals = journalFiles(database).map((file) => basename(file));
  const previous = ["rembuk.sqlite", "rembuk.sqlite-wal", "rembuk.sqlite-shm", ...journals, ...BACKED_UP_FILES, "demo-link.txt"].filter((name) => existsSync(join(dataDir, name)));
  if (previous.length > 0) {
    mkdirSync(aside, { mode: 0o700 });
    for (const name of previous) renameSync(join(dataDir, name), join(aside, name));
  }
  for (const [name, content] of files) writeFileAtomic(join(dataDir, name), content, { mode: 0o600 });
  renameSync(temp, database);
  console.log(`Dipulihkan dari ${from} ke ${dataDir}.${previous.length > 0 ? ` Isi sebelumnya dipindahkan ke ${aside}.` : ""} Mulai relay lagi.`);
});

/** The files kept in a backup, after checking it is one this relay can restore. */
function readBackup(file: string): Map<string, Buffer> {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new OperatorError(`${file} tidak dapat dibuka sebagai cadangan (${(error as { code?: string }).code ?? "?"})`);
  }
  try {
    let integrity: unknown;
    try {
      integrity = db.pragma("integrity_check", { simple: true });
    } catch (error) {
      throw new OperatorError(`${file} bukan berkas cadangan Rembuk (npm run backup) atau rusak (${(error as { code?: string }).code ?? "?"})`);
    }
    if (integrity !== "ok") throw new OperatorError(`${file} rusak (integrity_check: ${String(integrity).slice(0, 80)}): pakai cadangan lain`);
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(BACKUP_TABLE);
    if (!table) throw new OperatorError(`${file} bukan berkas cadangan Rembuk (dibuat dengan npm run backup -- --out <berkas>)`);
    const rows = db.prepare<[], { name: string; content: Buffer }>(`SELECT name, content FROM ${BACKUP_TABLE}`).all();
    const files = new Map<string, Buffer>();
    for (const row of rows) if ((BACKED_UP_FILES as readonly string[]).includes(row.name)) files.set(row.name, Buffer.from(row.content));
    if (!files.has(KEYS_FILE)) throw new OperatorError(`${file} tidak berisi kunci token (${KEYS_FILE}): pakai cadangan lain`);
    return files;
  } finally {
    db.close();
  }
}
