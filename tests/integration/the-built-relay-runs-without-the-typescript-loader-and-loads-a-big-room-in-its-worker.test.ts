import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as Y from "yjs";
import { generateRoster } from "@shared/testing/rosterGenerator.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { REPO_ROOT, spawnRelay } from "./support/childRelay.ts";
import { openSyncedClient } from "./support/clients.ts";
import { onCleanup } from "./support/cleanup.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17, idle memory: `npm start` ran the relay's TypeScript through the tsx loader, which every relay
// process and each of its room workers paid for in memory. `npm run build` now writes the relay as plain
// JavaScript (vite.relay.config.ts: dist-relay/main.mjs and roomWorker.mjs) and `npm start` runs that.
// This builds it (into a folder of its own, inside the repository so that its packages resolve), starts it
// with no loader, and has it load a 20,000-household roster in its worker thread, which must start from
// the built roomWorker.mjs too.
it("the built relay starts without a loader, loads a 20,000-household roster in its worker thread and serves it", async () => {
  const cache = join(REPO_ROOT, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, "relay-build-"));
  onCleanup(() => rmSync(outDir, { recursive: true, force: true }));
  const build = spawnSync(process.execPath, [join(REPO_ROOT, "node_modules/vite/bin/vite.js"), "build", "-c", "vite.relay.config.ts", "--outDir", outDir, "--logLevel", "warn"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  expect(build.status, build.stderr).toBe(0);
  expect(existsSync(join(outDir, "main.mjs"))).toBe(true);
  expect(existsSync(join(outDir, "roomWorker.mjs"))).toBe(true);

  const dataDir = tempDataDir();
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  const roster = new Y.Doc();
  generateRoster(roster, { households: 20_000, seed: 17 });
  storage.appendUpdate("desa-besar/roster", Y.encodeStateAsUpdate(roster));
  const households = roster.getMap("r").size;
  roster.destroy();
  storage.close();

  const relay = await spawnRelay(dataDir, { LOG_LEVEL: "info" }, { entry: [join(outDir, "main.mjs")], args: ["--no-demo"] });
  const kader = await openSyncedClient(`ws://127.0.0.1:${relay.port}/sync`, "desa-besar/roster", token("desa-besar", "kader"));
  expect(kader.doc.getMap("r").size).toBe(households);
  await waitFor(() => relay.stdout().includes("relay.worker_started"), "the room worker started", 30_000);
  expect(relay.stdout()).not.toContain("worker_failed");
  // an edit through the worker is stored and reaches a second device
  kader.doc.getMap("r").set("hh-baru", "keluarga baru");
  const other = await openSyncedClient(`ws://127.0.0.1:${relay.port}/sync`, "desa-besar/roster", token("desa-besar", "kader"));
  await waitFor(() => other.doc.getMap("r").get("hh-baru") === "keluarga baru", "the edit on the second device", 30_000);
  expect(relay.stdout()).not.toContain("worker_failed");
}, 180_000);
