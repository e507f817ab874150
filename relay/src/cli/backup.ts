import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { KEYS_FILE, LEGACY_SECRET_FILE } from "../auth/keys.ts";
import { readConfig } from "../config.ts";
import { OperatorError } from "../operatorError.ts";
import { BACKUP_TABLE } from "./backupFiles.ts";
import { parsePathArg, UsageError } from "./backupArgs.ts";
import { runCli } from "./run.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import { journalFiles, readJournal } from "../storage/updateJournal.ts";

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

  // What the relay had acknowledged when the backup starts is in the database or in its update journals
  // (storage/updateJournal.ts), which it folds into the database a few seconds later. The journals are read
  // first, then the database copied, then what the journals held and the copy lacks is put into the copy:
  // a journal the relay starts again in between only held what a fold had put into the database before.
  const journaled = journalFiles(source).flatMap((file) => {
    try {
      return readJournal(file).writes;
    } catch (error) {
      // folded and removed since it was listed (a worker that stopped): its records are in the database
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
  });
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
    if (journaled.length > 0) {
      const withJournals = new SqliteStorage(temp);
      try {
        withJournals.replay(journaled);
      } finally {
        withJournals.close();
      }
    }
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
