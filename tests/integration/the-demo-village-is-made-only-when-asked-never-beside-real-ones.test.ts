import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeProfile } from "@shared/crdt/index.ts";
import { roomName } from "@shared/model/index.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { startRelayProcess } from "./support/childRelay.ts";
import { tempDataDir } from "./support/tempDir.ts";

/** A DATA_DIR that already holds a real village's document. */
function withRealVillage(): string {
  const dataDir = tempDataDir();
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  const meta = new Y.Doc();
  writeProfile(meta, { name: "Kelurahan Namosain", kodeWilayah: "53.71.01.1003" });
  storage.appendUpdate(roomName("namosain", "meta"), Y.encodeStateAsUpdate(meta));
  storage.close();
  return dataDir;
}

/** What the relay holds of the demo workspace: its rooms, invites and registration. */
function demoIn(dataDir: string): { workspaces: string[]; invites: number; registered: boolean } {
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  try {
    return { workspaces: storage.knownWorkspaces(), invites: storage.listInvites("desa-contoh").length, registered: storage.getWorkspace("desa-contoh") !== null };
  } finally {
    storage.close();
  }
}

// Issue 17, item 11: the demo workspace and its 30-day lurah link were created on every server, district
// servers with real villages included (its registration put a fake village under a real kode wilayah).
describe("the demo village and its lurah link", () => {
  it("are made by `npm start` on an empty DATA_DIR, and with --demo", async () => {
    for (const args of [[], ["--demo"]]) {
      const dataDir = tempDataDir();
      const started = await startRelayProcess(dataDir, {}, args);
      expect(started.listening, started.stderr).toBe(true);
      expect(started.stdout).toContain("Tautan demo (lurah desa contoh) tersimpan di");
      expect(demoIn(dataDir)).toEqual({ workspaces: ["desa-contoh"], invites: 1, registered: true });
    }
  });

  it("are never made on a relay that holds a real village, not even with --demo", async () => {
    for (const args of [[], ["--demo"]]) {
      const dataDir = withRealVillage();
      const started = await startRelayProcess(dataDir, {}, args);
      expect(started.listening, started.stderr).toBe(true);
      expect(started.stdout).not.toContain("Tautan demo");
      expect(existsSync(join(dataDir, "demo-link.txt"))).toBe(false);
      expect(demoIn(dataDir)).toEqual({ workspaces: ["namosain"], invites: 0, registered: false });
      if (args.length > 0) expect(started.stderr).toContain("Desa contoh tidak dibuat: relay ini sudah memegang 1 ruang kerja lain");
    }
  });

  it("are not made with --no-demo, even on an empty DATA_DIR", async () => {
    const dataDir = tempDataDir();
    const started = await startRelayProcess(dataDir, {}, ["--no-demo"]);
    expect(started.listening, started.stderr).toBe(true);
    expect(started.stdout).not.toContain("Tautan demo");
    expect(demoIn(dataDir)).toEqual({ workspaces: [], invites: 0, registered: false });
  });
});
