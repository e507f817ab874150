/**
 * Where an idle relay's memory goes: run by relay.bench.ts as
 * `node --expose-gc --import tsx idleMemory.ts <repo root>`; prints one JSON line with the
 * process's memory after each step of what relay/src/main.ts does before it serves anyone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as SqliteModule from "../../../../relay/src/storage/sqlite.ts";
import type * as RelayModule from "../../../../relay/src/createRelay.ts";
import type * as LogModule from "../../../../relay/src/log.ts";

const root = process.argv[2] ?? process.cwd();
const steps: Array<{ step: string; rssMiB: number; heapUsedMiB: number; externalMiB: number }> = [];
const settle = async () => {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 300));
};
const mark = async (step: string) => {
  await settle();
  const m = process.memoryUsage();
  const mib = (v: number) => Math.round((v / 1048576) * 10) / 10;
  steps.push({ step, rssMiB: mib(m.rss), heapUsedMiB: mib(m.heapUsed), externalMiB: mib(m.external) });
};

await mark("node + the tsx loader");
await import("yjs");
await import("ws");
await import("y-protocols/awareness");
await mark("+ yjs, y-protocols, ws");
const dir = mkdtempSync(join(tmpdir(), "rembuk-idle-"));
const { SqliteStorage } = (await import(pathToFileURL(join(root, "relay/src/storage/sqlite.ts")).href)) as typeof SqliteModule;
const storage = new SqliteStorage(join(dir, "rembuk.sqlite"));
await mark("+ better-sqlite3, database open");
const { createRelay } = (await import(pathToFileURL(join(root, "relay/src/createRelay.ts")).href)) as typeof RelayModule;
const { consoleLogger } = (await import(pathToFileURL(join(root, "relay/src/log.ts")).href)) as typeof LogModule;
await mark("+ the relay's modules (shared/ included)");
const relay = createRelay({ storage, secret: "idle-memory-secret-0123456789abcdef", log: consoleLogger() });
await relay.listen(0, "127.0.0.1");
await new Promise((r) => setTimeout(r, 1500));
await mark("+ relay created and listening");
console.error(JSON.stringify(steps));
await relay.close();
storage.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
