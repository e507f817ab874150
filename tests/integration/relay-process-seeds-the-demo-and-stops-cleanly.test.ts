import { expect, it } from "vitest";
import { readAgencies, readHouseholds, readMeetings, readProfile } from "@shared/crdt/index.ts";
import { STARTER_AGENCIES } from "@shared/model/index.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { openSyncedClient } from "./support/clients.ts";
import { dbCounts } from "./support/relay.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { waitFor } from "./support/waitFor.ts";

it("the relay process seeds desa-contoh, writes a lurah link that opens it (its output, no terminal, holds no token), and exits cleanly on SIGTERM", async () => {
  const dataDir = tempDataDir();
  const relay = await spawnRelay(dataDir);
  await waitFor(() => relay.stdout().includes("Tautan demo"), "the demo link notice");
  expect(relay.stdout()).not.toContain("token=");
  expect(relay.stdout()).toContain(`${dataDir}/demo-link.txt`);
  const link = /^(http:\/\/localhost:(\d+))\/#\/gabung\?token=(\S+)$/.exec(relay.demoLink());
  expect(link?.[2]).toBe(String(relay.port));
  const lurahToken = link![3]!;
  const syncUrl = `ws://127.0.0.1:${relay.port}/sync`;

  const meta = await openSyncedClient(syncUrl, "desa-contoh/meta", lurahToken);
  expect(readProfile(meta.doc)).toEqual({ name: "Desa Contoh", kodeWilayah: "53.71.01.1001" });
  expect(readAgencies(meta.doc).map((a) => a.code).sort()).toEqual(STARTER_AGENCIES.map((a) => a.code).sort());
  const roster = await openSyncedClient(syncUrl, "desa-contoh/roster", lurahToken);
  expect(readHouseholds(roster.doc).length).toBeGreaterThanOrEqual(6);
  const minutes = await openSyncedClient(syncUrl, "desa-contoh/minutes", lurahToken);
  expect(readMeetings(minutes.doc)).toHaveLength(1);

  const exited = new Promise<number | null>((resolve) => relay.process.once("exit", (code) => resolve(code)));
  relay.process.kill("SIGTERM");
  expect(await exited).toBe(0);
  // Shutdown compacted the loaded rooms.
  expect(dbCounts(dataDir, "desa-contoh/roster")).toEqual({ updates: 0, snapshots: 1 });
});
