import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "./auth/atomicFile.ts";

/**
 * DATA_DIR/relay.pid while a relay runs on that DATA_DIR, so `npm run restore` can refuse to swap the
 * database under it. Removed at a clean stop; one left by a crash names a process that no longer runs.
 */
const FILE = "relay.pid";

export function writePidFile(dataDir: string): void {
  writeFileAtomic(join(dataDir, FILE), `${process.pid}\n`, { mode: 0o600 });
}

export function removePidFile(dataDir: string): void {
  const file = join(dataDir, FILE);
  // only our own: a second relay started on the same DATA_DIR must not remove the first one's
  if (runningRelayPid(dataDir) === process.pid) rmSync(file, { force: true });
}

/** The pid of a relay that runs on `dataDir`, or null. */
export function runningRelayPid(dataDir: string): number | null {
  const file = join(dataDir, FILE);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it runs, as another user
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}
