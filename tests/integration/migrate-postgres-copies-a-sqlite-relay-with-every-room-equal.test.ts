import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import * as Y from "yjs";
import { encodeAuditIds } from "../../relay/src/storage/auditIds.ts";
import { PostgresStorage } from "../../relay/src/storage/postgres.ts";
import { SqliteStorage } from "../../relay/src/storage/sqlite.ts";
import { postgresForThisFile } from "./support/postgresServer.ts";
import { REPO_ROOT } from "./support/childRelay.ts";
import { tempDataDir } from "./support/tempDir.ts";
import "./support/cleanup.ts";

const run = promisify(execFile);

const postgres = postgresForThisFile();

/** `npm run migrate:postgres -- ...` as the operator types it (through npm, a child process). */
async function migrate(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run("npm", ["run", "-s", "migrate:postgres", "--", ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

/** A village's relay database as a running relay leaves it: rooms with updates, one compacted, invites, registry, reports. */
function fillSqlite(dataDir: string): { rooms: Record<string, unknown> } {
  const storage = new SqliteStorage(join(dataDir, "rembuk.sqlite"));
  const docs: Record<string, Y.Doc> = {};
  const audit = { at: 1_765_000_000_000, jti: "jti-kader", role: "kader" as const, agency: null, ids: encodeAuditIds([[1, 0, 1]], []) };
  for (const workspace of ["desa-a", "desa-b"]) {
    for (const kind of ["roster", "board", "minutes"]) {
      const room = `${workspace}/${kind}`;
      const doc = (docs[room] = new Y.Doc());
      doc.on("update", (update: Uint8Array) => storage.appendUpdate(room, update, audit));
      for (let i = 0; i < 30; i++) doc.getMap("households").set(`hh${i}`, `${workspace} keluarga ${i} ${"x".repeat(i)}`);
      doc.getText("notes").insert(0, `notulen ${kind}`);
      doc.getMap("households").delete("hh3");
    }
  }
  // one room compacted as the relay does, with updates after the snapshot
  const compacted = "desa-a/roster";
  const upto = storage.loadRoom(compacted).updates.at(-1)!.seq;
  storage.compact(compacted, Y.encodeStateAsUpdate(docs[compacted]!), upto);
  docs[compacted]!.getMap("households").set("after", "ditambah setelah pemadatan");
  storage.createInvite({ jti: "j1", workspace: "desa-a", role: "kader", opd: null, wilayah: null, label: "Kader RT 1", mintedBy: null, createdAt: 1, expiresAt: 2_000_000_000, revokedAt: null });
  storage.createInvite({ jti: "j2", workspace: "desa-a", role: "opd", opd: "DINKES", wilayah: null, label: null, mintedBy: "j1", createdAt: 2, expiresAt: 2_000_000_000, revokedAt: 5 });
  storage.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1001", name: "Namosain" }, 1000);
  storage.appendReport({
    workspace: "desa-a", month: "2026-11", kodeWilayah: "53.71.01.1001", villageName: "Namosain", indicators: { krs: 12 },
    byRw: [{ rw: 1, indicators: { krs: 12 } }], receivedAt: 1, sentByRole: "lurah", sentByJti: "abcdef", sendId: "s1",
  });
  storage.close();
  return { rooms: Object.fromEntries(Object.entries(docs).map(([room, doc]) => [room, doc.getMap("households").toJSON()])) };
}

async function contentOf(storage: PostgresStorage, room: string): Promise<unknown> {
  const stored = await storage.loadRoom(room);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.data);
  return doc.getMap("households").toJSON();
}

it("copies rooms, the audit, invites, the registry and reports into PostgreSQL, checks every room, and refuses a second copy into the same database", async () => {
  const dataDir = tempDataDir();
  const { rooms } = fillSqlite(dataDir);
  const url = await postgres().createDatabase();

  const first = await migrate(["--from", dataDir], { DATABASE_URL: url });
  expect(first.err).toBe("");
  expect(first.code).toBe(0);
  expect(first.out).toContain("copied: 6 rooms, every state vector equal");

  const pg = await PostgresStorage.open(url);
  try {
    for (const [room, content] of Object.entries(rooms)) expect(await contentOf(pg, room), room).toEqual(content);
    expect((await pg.loadRoom("desa-a/roster")).snapshot).not.toBeNull();
    expect((await pg.listInvites("desa-a")).map((i) => [i.jti, i.revokedAt, i.mintedBy])).toEqual([["j1", null, null], ["j2", 5, "j1"]]);
    expect(await pg.isRevoked("j2")).toBe(true);
    expect(await pg.getWorkspace("desa-a")).toMatchObject({ kodeWilayah: "53.71.01.1001", name: "Namosain" });
    expect((await pg.listReportVersions("desa-a", "2026-11")).map((r) => [r.version, r.indicators.krs, r.sendId])).toEqual([[1, 12, "s1"]]);
    // the audit of updates merged into the snapshot came along
    expect((await pg.listUpdateAudit("desa-a/roster")).every((row) => row.jti === "jti-kader" || row.role === "relay")).toBe(true);
    expect((await pg.listUpdateAudit("desa-a/roster")).length).toBeGreaterThan(30);
    // the copy continues each room's numbering: the next update follows the last copied one
    const before = (await pg.loadRoom("desa-b/board")).updates.at(-1)!.seq;
    expect(await pg.appendUpdate("desa-b/board", new Uint8Array(Y.encodeStateAsUpdate(new Y.Doc())))).toBe(before + 1);
  } finally {
    await pg.close();
  }

  const again = await migrate(["--from", dataDir, "--to", url]);
  expect(again.code).toBe(1);
  expect(again.err.trim()).toMatch(/^the PostgreSQL database already holds data \(updates, snapshots, update_audit, tokens, workspaces, reports\): copy into an empty database$/);
}, 120_000);

it("says in one line what is wrong: no DATA_DIR database, no target, an unreachable PostgreSQL", async () => {
  const empty = tempDataDir();
  const noFile = await migrate(["--from", empty], { DATABASE_URL: postgres().url() });
  expect(noFile.code).toBe(2);
  expect(noFile.err.trim()).toBe(`no relay database at ${join(empty, "rembuk.sqlite")}: --from is the relay's DATA_DIR`);

  const noTarget = await migrate(["--from", empty], { DATABASE_URL: "" });
  expect(noTarget.code).toBe(2);
  expect(noTarget.err).toContain("usage: npm run migrate:postgres");

  const dataDir = tempDataDir();
  fillSqlite(dataDir);
  const unreachable = await migrate(["--from", dataDir, "--to", "postgres://postgres@127.0.0.1:1/none"]);
  expect(unreachable.code).toBe(1);
  expect(unreachable.err.trim().split("\n")).toHaveLength(1);
  expect(unreachable.err).toMatch(/^copy failed, nothing kept in PostgreSQL: .*ECONNREFUSED/);
}, 120_000);
