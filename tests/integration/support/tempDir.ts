import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onCleanup } from "./cleanup.ts";

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "rembuk-it-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
