import { execFileSync } from "node:child_process";
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onCleanup } from "./cleanup.ts";

/**
 * A real small file system (tmpfs) for the faults an operator meets: a full disk, a read-only one. Mounting
 * needs root (CAP_SYS_ADMIN): returns null where the test process may not mount, and the test says so.
 */
export function mountTmpfs(sizeKiB: number): string | null {
  const dir = mkdtempSync(join(tmpdir(), "rembuk-disk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKiB}k,mode=0700`, "tmpfs", dir], { stdio: "ignore" });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  onCleanup(() => {
    execFileSync("umount", ["-l", dir], { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Remounts a tmpfs of mountTmpfs read-only. */
export function remountReadOnly(dir: string): void {
  execFileSync("mount", ["-o", "remount,ro", dir], { stdio: "ignore" });
}

/** Writes `file` until the disk is full; returns it (remove it to free the space). */
export function fillDisk(file: string): string {
  const fd = openSync(file, "w");
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
  return file;
}

/** A directory the relay cannot write: a read-only tmpfs where we may mount, else (not root) a 0500 folder. */
export function readOnlyDir(): { dir: string; how: string } {
  const mounted = mountTmpfs(1024);
  if (mounted) {
    remountReadOnly(mounted);
    return { dir: mounted, how: "read-only mount" };
  }
  const dir = mkdtempSync(join(tmpdir(), "rembuk-ro-"));
  chmodSync(dir, 0o500);
  onCleanup(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, how: "folder without write permission" };
}
