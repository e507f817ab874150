import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `file` so that it either holds all of `data` or is left as it was: the bytes go to a
 * temporary file beside it (mode `mode`), are flushed to the disk, and only then take the file's name.
 * A disk that fills up half-way leaves no empty or truncated key file behind to block the next start
 * (issue 17, item 8): the temporary file is removed and the error thrown.
 *
 * `exclusive`: never replace a file that exists (another process created it a moment ago); throws
 * EEXIST then. Otherwise the file is replaced in one rename.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, opts: { mode?: number; exclusive?: boolean } = {}): void {
  const mode = opts.mode ?? 0o600;
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  let fd: number | null = openSync(temp, "wx", mode);
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (opts.exclusive) {
      // link fails with EEXIST instead of replacing: the first writer wins, whole
      linkSync(temp, file);
      unlinkSync(temp);
    } else {
      renameSync(temp, file);
    }
  } catch (error) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      /* already gone (renamed or never written) */
    }
    throw error;
  }
  syncDirectory(dirname(file));
}

/** The new name must survive a power cut too: flush the directory entry (best effort; not every platform allows it). */
function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    /* e.g. Windows cannot open a directory */
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
