import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { CopyRefused, copySqliteToPostgres } from "../storage/copyToPostgres.ts";
import { runningRelayPid } from "../pidFile.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import { journalFiles } from "../storage/updateJournal.ts";

/**
 * `npm run migrate:postgres -- --from DATA_DIR [--to postgres://...]` (or DATABASE_URL): copies a
 * SQLite relay into an empty PostgreSQL database and checks every room's state vector after.
 * Stop the relay first; the keys in DATA_DIR stay where they are (copy them to the new relay's
 * DATA_DIR: every token stays valid).
 */
const USAGE = "usage: npm run migrate:postgres -- --from DATA_DIR [--to postgres://user@host:port/db]  (or DATABASE_URL)";

function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

const from = argValue("--from");
const to = argValue("--to") ?? process.env.DATABASE_URL;
if (!from || !to) {
  console.error(USAGE);
  process.exit(2);
}
const file = join(resolve(from), "rembuk.sqlite");
if (!existsSync(file)) {
  console.error(`no relay database at ${file}: --from is the relay's DATA_DIR`);
  process.exit(2);
}

try {
  // a relay stopped by a kill left updates in its journals (storage/updateJournal.ts): into the database first
  if (runningRelayPid(resolve(from)) === null && journalFiles(file).length > 0) {
    const storage = new SqliteStorage(file);
    try {
      storage.recoverJournals();
    } finally {
      storage.close();
    }
  }
  const report = await copySqliteToPostgres(file, to, (line) => console.log(line));
  if (report.mismatchedRooms.length > 0) {
    console.error(`COPY DIFFERS: ${report.mismatchedRooms.length} of ${report.rooms} rooms have another state vector in PostgreSQL`);
    process.exit(1);
  }
  console.log(`copied: ${report.rooms} rooms, every state vector equal`);
} catch (error) {
  // one line: what is wrong, never a stack of the driver's internals
  console.error(error instanceof CopyRefused ? error.message : `copy failed, nothing kept in PostgreSQL: ${(error as Error).message}`);
  process.exit(1);
}
