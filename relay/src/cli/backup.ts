import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { KEYS_FILE, LEGACY_SECRET_FILE } from "../auth/keys.ts";
import { readConfig } from "../config.ts";
import { OperatorError } from "../operatorError.ts";
import { BACKUP_TABLE } from "./backupFiles.ts";
import { parsePathArg, UsageError } from "./backupArgs.ts";
import { runCli } from "./run.ts";
import { runningRelayPid } from "../pidFile.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import { journalFiles } from "../storage/updateJournal.ts";

/**
 * `npm run backup -- --out <file>`: a consistent copy of the relay's database, taken while the relay runs
 * (SQLite's online backup, all pages in one step: one moment's state, writers not blocked), with the token
 * keys inside, written whole or not at all (mode 0600: it holds personal data and the keys).
 */
let out: string;
try {
  out = resolve(parsePathArg(process.argv.slice(2), "--out"));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : String(error));
  process.exit(2);
}

await runCli("npm run backup", async () => {
  const config = readConfig(process.env);
  const source = join(config.dataDir, "rembuk.sqlite");
  if (!existsSync(source)) throw new OperatorError(`tidak ada basis data di ${config.dataDir}: periksa DATA_DIR`);
  const keysFile = join(config.dataDir, KEYS_FILE);
  if (!existsSync(keysFile)) throw new OperatorError(`${keysFile} tidak ada: tanpa kunci, cadangan tidak dapat memulihkan token perangkat; jalankan relay sekali dulu`);
  if (!existsSync(dirname(out))) throw new OperatorError(`folder ${dirname(out)} tidak ada: buat dulu, atau pilih --out lain`);

  // a relay killed before it folded its update journal left it beside the database: into the database first
  // (a running relay folds its own at most a second or so behind: the copy is that moment's state)
  if (runningRelayPid(config.dataDir) === null && journalFiles(source).length > 0) {
    const storage = new SqliteStorage(source);
    try {
      storage.recoverJournals();
    } finally {
      storage.close();
    }
  }
  const temp = `${out}.${process.pid}.tmp`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // all remaining pages in one step: the copy is one moment's state even while the relay writes
    await db.backup(temp, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    db.close();
  }
  try {
    const copy = new Database(temp);
    try {
      copy.exec(`CREATE TABLE ${BACKUP_TABLE} (name TEXT PRIMARY KEY, content BLOB NOT NULL)`);
      const put = copy.prepare(`INSERT INTO ${BACKUP_TABLE} (name, content) VALUES (?, ?)`);
      put.run(KEYS_FILE, readFileSync(keysFile));
      const secretFile = join(config.dataDir, LEGACY_SECRET_FILE);
      // the old secret still verifies tokens of the old form: from REMBUK_SECRET or its file
      const secret = config.secretFromEnv ? Buffer.from(`${config.secretFromEnv}\n`) : existsSync(secretFile) ? readFileSync(secretFile) : null;
      if (secret && secret.toString("utf8").trim().length > 0) put.run(LEGACY_SECRET_FILE, secret);
      // one self-contained file, not a WAL database
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    chmodSync(temp, 0o600);
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  const kib = Math.ceil(statSync(out).size / 1024);
  console.log(`Cadangan tersimpan: ${out} (${kib.toLocaleString("id-ID")} KiB, dengan kunci token). Pulihkan dengan: npm run restore -- --from ${out}`);
});
