import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { spawnRelay } from "./support/childRelay.ts";
import { lastLine, runNpm } from "./support/cli.ts";
import { openClient, openSyncedClient } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { waitFor } from "./support/waitFor.ts";

const ROOM = "desa-a/roster";

// Issue 17, item 10: `npm run backup -- --out FILE` (SQLite's online backup, with the token keys) and
// `npm run restore -- --from FILE`, while clients write.
it("a backup taken while two clients write restores every update the relay had relayed, with the keys the devices' tokens need", async () => {
  const dataDir = tempDataDir();
  const env = { DATA_DIR: dataDir };
  // a token signed with the relay's own key (not a test key): after a restore elsewhere it must still work
  const kader = lastLine(await runNpm("token", ["--workspace", "desa-a", "--role", "kader"], env));
  const relay = await spawnRelay(dataDir, { REMBUK_SECRET: "" }, { testKeys: false });
  const syncUrl = `ws://127.0.0.1:${relay.port}/sync`;
  const writers = [await openSyncedClient(syncUrl, ROOM, kader), await openSyncedClient(syncUrl, ROOM, kader)];
  const observer = await openSyncedClient(syncUrl, ROOM, kader);

  let writing = true;
  let written = 0;
  const loops = writers.map(async (w, n) => {
    while (writing) {
      w.doc.getMap("uji").set(`w${n}-${written++}`, "x".repeat(200));
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  await waitFor(() => observer.doc.getMap("uji").size > 50, "writes under way");

  // what the relay had relayed (stored before relaying) when the backup starts must all be in it
  const relayedBefore = [...observer.doc.getMap("uji").keys()];
  const file = join(tempDataDir(), "rembuk-cadangan.sqlite");
  const backup = await runNpm("backup", ["--out", file], env);
  const relayedAfter = observer.doc.getMap("uji").size;
  writing = false;
  await Promise.all(loops);
  expect(backup.code, backup.stderr).toBe(0);
  expect(backup.stdout).toContain(`Cadangan tersimpan: ${file}`);
  expect(relayedAfter).toBeGreaterThan(relayedBefore.length); // the clients kept writing during the backup
  expect(statSync(file).mode & 0o777).toBe(0o600);
  writers.forEach((w) => w.provider.destroy());
  observer.provider.destroy();
  await relay.kill9();

  // restored on another machine's DATA_DIR: the devices' tokens work, every relayed update is there
  const target = tempDataDir();
  const restored = await runNpm("restore", ["--from", file], { DATA_DIR: target });
  expect(restored.code, restored.stderr).toBe(0);
  const again = await spawnRelay(target, { REMBUK_SECRET: "" }, { testKeys: false });
  const reader = openClient(`ws://127.0.0.1:${again.port}/sync`, ROOM, kader);
  await waitFor(() => reader.provider.synced, "the old token accepted by the restored relay");
  const keys = new Set(reader.doc.getMap("uji").keys());
  expect(relayedBefore.filter((k) => !keys.has(k))).toEqual([]);

  // the restored relay runs: restoring over it is refused, in one line
  const refused = await runNpm("restore", ["--from", file], { DATA_DIR: target });
  expect(refused.code).toBe(1);
  expect(refused.stderr.trim()).toMatch(/^npm run restore gagal: relay masih berjalan dengan DATA_DIR ini \(pid \d+\): hentikan dulu/);
  expect(refused.stderr.trim().split("\n")).toHaveLength(1);
});

it("restore refuses a file that is not a backup, and moves what DATA_DIR held aside instead of deleting it", async () => {
  const dataDir = tempDataDir();
  const notBackup = join(dataDir, "bukan-cadangan.sqlite");
  writeFileSync(notBackup, "teks biasa");
  const refused = await runNpm("restore", ["--from", notBackup], { DATA_DIR: tempDataDir() });
  expect(refused.code).toBe(1);
  expect(refused.stderr.trim()).toMatch(/^npm run restore gagal: .*bukan berkas cadangan Rembuk/);

  const source = tempDataDir();
  const token = lastLine(await runNpm("token", ["--workspace", "desa-a", "--role", "lurah"], { DATA_DIR: source }));
  const file = join(tempDataDir(), "cadangan.sqlite");
  expect((await runNpm("backup", ["--out", file], { DATA_DIR: source })).code).toBe(0);
  const target = tempDataDir();
  await runNpm("token", ["--workspace", "desa-b", "--role", "lurah"], { DATA_DIR: target }); // something there already
  const restored = await runNpm("restore", ["--from", file], { DATA_DIR: target });
  expect(restored.code, restored.stderr).toBe(0);
  const aside = /dipindahkan ke (\S+)\./.exec(restored.stdout)?.[1];
  expect(aside).toBeDefined();
  expect(statSync(join(aside!, "rembuk.sqlite")).size).toBeGreaterThan(0);
  expect(statSync(join(aside!, "keys.json")).size).toBeGreaterThan(0);
  const relay = await spawnRelay(target, { REMBUK_SECRET: "" }, { testKeys: false });
  const status = await fetch(`http://127.0.0.1:${relay.port}/api/token-status`, { headers: { Authorization: `Bearer ${token}` } });
  expect(await status.json()).toEqual({ status: "valid" });
});
