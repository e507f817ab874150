import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeAuditIds } from "./auditIds.ts";
import type { InviteRecord, RelayStorage, RoomStore, StoredReport, UpdateAudit } from "./types.ts";

/**
 * One behaviour contract, run against every RelayStorage implementation
 * (memory.test.ts, sqlite.test.ts, and PostgreSQL in
 * tests/integration/the-storage-contract-holds-on-postgresql.test.ts), so they cannot drift apart.
 */
export interface StorageFixture {
  storage: StorageUnderContract;
  cleanup(): void | Promise<void>;
}

/** A store whose methods answer at once (SQLite, memory) or with a promise (PostgreSQL): the contract awaits both. */
export type StorageUnderContract = { [K in keyof (RelayStorage & RoomStore)]: NonNullable<(RelayStorage & RoomStore)[K]> extends (...args: infer A) => infer R ? (...args: A) => R | Promise<Awaited<R>> : never };

const audit = (overrides: Partial<UpdateAudit> = {}): UpdateAudit => ({ at: 1_700_000_000_000, jti: "jti-kader-1", role: "kader", agency: null, ids: encodeAuditIds([[7, 0, 3]], []), ...overrides });

const bytes = (...values: number[]) => new Uint8Array(values);

function report(overrides: Partial<StoredReport> = {}): Omit<StoredReport, "version"> {
  return {
    workspace: "desa-a",
    month: "2026-04",
    kodeWilayah: "53.71.01.1001",
    villageName: "Kelurahan Namosain",
    indicators: { krs: 12, balitaDiukur: null },
    byRw: [{ rw: 1, indicators: { krs: 12 } }],
    receivedAt: 1_700_000_000_000,
    sentByRole: "lurah",
    sentByJti: "abcdef",
    sendId: null,
    ...overrides,
  };
}

function invite(overrides: Partial<InviteRecord> = {}): InviteRecord {
  return {
    jti: "jti-1",
    workspace: "desa-a",
    role: "kader",
    opd: null,
    wilayah: null,
    label: "Kader RT 1",
    mintedBy: null,
    createdAt: 1_700_000_000,
    expiresAt: 1_800_000_000,
    revokedAt: null,
    ...overrides,
  };
}

export function storageContract(name: string, open: () => StorageFixture | Promise<StorageFixture>): void {
  describe(`${name} storage contract`, () => {
    let fixture: StorageFixture;
    beforeEach(async () => {
      fixture = await open();
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it("loads an unknown room as empty", async () => {
      expect(await fixture.storage.loadRoom("desa-a/roster")).toEqual({ snapshot: null, snapshotUptoSeq: 0, updates: [] });
    });

    it("numbers each room's updates 1, 2, ... and loads them in order, per room", async () => {
      const s = fixture.storage;
      const a = await s.appendUpdate("desa-a/roster", bytes(1));
      const b = await s.appendUpdate("desa-a/board", bytes(2));
      const c = await s.appendUpdate("desa-a/roster", bytes(3, 4));
      expect([a, b, c]).toEqual([1, 1, 2]);
      const room = await s.loadRoom("desa-a/roster");
      expect(room.snapshot).toBeNull();
      expect(room.updates).toEqual([
        { seq: a, data: bytes(1) },
        { seq: c, data: bytes(3, 4) },
      ]);
    });

    it("does not keep a reference to the appended buffer", async () => {
      const data = bytes(9, 9);
      await fixture.storage.appendUpdate("r/x", data);
      data[0] = 0;
      expect((await fixture.storage.loadRoom("r/x")).updates[0]?.data).toEqual(bytes(9, 9));
    });

    it("compacts: snapshot replaces updates up to seq, later ones stay", async () => {
      const s = fixture.storage;
      await s.appendUpdate("w/meta", bytes(1));
      const upto = await s.appendUpdate("w/meta", bytes(2));
      const other = await s.appendUpdate("w/board", bytes(7));
      await s.compact("w/meta", bytes(1, 2), upto);
      const later = await s.appendUpdate("w/meta", bytes(3));
      const room = await s.loadRoom("w/meta");
      expect(room.snapshot).toEqual(bytes(1, 2));
      expect(room.snapshotUptoSeq).toBe(upto);
      expect(room.updates).toEqual([{ seq: later, data: bytes(3) }]);
      expect((await s.loadRoom("w/board")).updates).toEqual([{ seq: other, data: bytes(7) }]);
    });

    it("commits a batch of several rooms' updates at once, or none of it when one (room, seq) exists already", async () => {
      const s = fixture.storage;
      await s.commit([
        { room: "w/roster", seq: 1, data: bytes(1), audit: audit() },
        { room: "w/board", seq: 1, data: bytes(2), audit: audit({ role: "opd", agency: "DINKES", jti: "jti-opd" }) },
        { room: "w/roster", seq: 2, data: bytes(3), audit: audit() },
      ]);
      expect((await s.loadRoom("w/roster")).updates.map((u) => u.seq)).toEqual([1, 2]);
      await expect(async () => s.commit([{ room: "w/meta", seq: 1, data: bytes(9), audit: audit() }, { room: "w/roster", seq: 2, data: bytes(4), audit: audit() }])).rejects.toThrow();
      expect((await s.loadRoom("w/meta")).updates).toEqual([]);
      expect((await s.loadRoom("w/roster")).updates.map((u) => u.data)).toEqual([bytes(1), bytes(3)]);
      expect(await s.appendUpdate("w/roster", bytes(5))).toBe(3);
    });

    it("keeps who sent each update, also after compaction merged the updates away", async () => {
      const s = fixture.storage;
      await s.commit([{ room: "w/board", seq: 1, data: bytes(1, 1), audit: audit({ role: "opd", agency: "DLHK", jti: "jti-opd", at: 1000, ids: encodeAuditIds([[5, 0, 2]], [[9, 3, 1]]) }) }]);
      await s.commit([{ room: "w/board", seq: 2, data: bytes(2), audit: audit({ role: "relay", jti: null, at: 2000 }) }]);
      await s.commit([{ room: "w/other", seq: 1, data: bytes(2), audit: audit() }]);
      await s.compact("w/board", bytes(1, 1, 2), 1);
      await s.commit([{ room: "w/board", seq: 3, data: bytes(3, 3, 3), audit: audit({ at: 3000 }) }]);
      const rows = await s.listUpdateAudit("w/board");
      expect(rows).toEqual([
        { seq: 1, at: 1000, jti: "jti-opd", role: "opd", agency: "DLHK", bytes: 2, inserted: [[5, 0, 2]], deleted: [[9, 3, 1]] },
        { seq: 2, at: 2000, jti: null, role: "relay", agency: null, bytes: 1, inserted: [[7, 0, 3]], deleted: [] },
        { seq: 3, at: 3000, jti: "jti-kader-1", role: "kader", agency: null, bytes: 3, inserted: [[7, 0, 3]], deleted: [] },
      ]);
      await s.compact("w/board", bytes(9), 3);
      expect((await s.listUpdateAudit("w/board")).map((r) => r.seq)).toEqual([1, 2, 3]);
      expect((await s.listUpdateAudit("w/board", { afterSeq: 1, limit: 1 })).map((r) => r.seq)).toEqual([2]);
      // newest first, page by page (the lurah's audit view): compacted rows and rows since the snapshot in one order
      await s.commit([{ room: "w/board", seq: 4, data: bytes(4), audit: audit({ at: 4000 }) }]);
      expect((await s.listUpdateAudit("w/board", { newestFirst: true, limit: 2 })).map((r) => r.seq)).toEqual([4, 3]);
      expect((await s.listUpdateAudit("w/board", { newestFirst: true, beforeSeq: 3, limit: 2 })).map((r) => r.seq)).toEqual([2, 1]);
      expect((await s.listUpdateAudit("w/board", { afterSeq: 1, beforeSeq: 4 })).map((r) => r.seq)).toEqual([2, 3]);
    });

    it("tells the bytes a room's stored document takes", async () => {
      const s = fixture.storage;
      expect(await s.roomStoredBytes("w/roster")).toBe(0);
      await s.appendUpdate("w/roster", bytes(1, 2, 3));
      await s.appendUpdate("w/roster", bytes(4));
      expect(await s.roomStoredBytes("w/roster")).toBe(4);
      await s.compact("w/roster", bytes(1, 2), 1);
      expect(await s.roomStoredBytes("w/roster")).toBe(3);
    });

    it("replaces an older snapshot on a second compaction", async () => {
      const s = fixture.storage;
      const first = await s.appendUpdate("w/meta", bytes(1));
      await s.compact("w/meta", bytes(1), first);
      const second = await s.appendUpdate("w/meta", bytes(2));
      await s.compact("w/meta", bytes(1, 2), second);
      expect(await s.loadRoom("w/meta")).toEqual({ snapshot: bytes(1, 2), snapshotUptoSeq: second, updates: [] });
    });

    it("creates and lists invites per workspace", async () => {
      const s = fixture.storage;
      await s.createInvite(invite({ jti: "a", createdAt: 2 }));
      await s.createInvite(invite({ jti: "b", createdAt: 1, role: "opd", opd: "DINKES", label: null }));
      await s.createInvite(invite({ jti: "c", workspace: "desa-b" }));
      expect((await s.listInvites("desa-a")).map((i) => i.jti)).toEqual(["b", "a"]);
      expect((await s.listInvites("desa-a"))[0]).toEqual(invite({ jti: "b", createdAt: 1, role: "opd", opd: "DINKES", label: null }));
      expect(await s.listInvites("desa-b")).toHaveLength(1);
      expect(await s.listInvites("desa-z")).toEqual([]);
    });

    it("refuses a duplicate jti", async () => {
      await fixture.storage.createInvite(invite());
      await expect(async () => fixture.storage.createInvite(invite())).rejects.toThrow();
    });

    it("revokes only within the invite's own workspace, and keeps the first revocation time", async () => {
      const s = fixture.storage;
      await s.createInvite(invite({ jti: "a" }));
      expect(await s.isRevoked("a")).toBe(false);
      expect(await s.revokeInvite("desa-b", "a", 10)).toBe(false);
      expect(await s.isRevoked("a")).toBe(false);
      expect(await s.revokeInvite("desa-a", "a", 10)).toBe(true);
      expect(await s.revokeInvite("desa-a", "a", 20)).toBe(true);
      expect(await s.isRevoked("a")).toBe(true);
      expect((await s.listInvites("desa-a"))[0]?.revokedAt).toBe(10);
      expect(await s.revokeInvite("desa-a", "unknown", 10)).toBe(false);
      expect(await s.isRevoked("unknown")).toBe(false);
    });

    it("keeps a district invite's wilayah", async () => {
      const s = fixture.storage;
      await s.createInvite(invite({ jti: "d", workspace: "53.71", role: "district", wilayah: "53.71.01" }));
      expect(await s.listInvites("53.71")).toEqual([invite({ jti: "d", workspace: "53.71", role: "district", wilayah: "53.71.01" })]);
    });

    it("finds an invite by jti with who minted it, in any workspace", async () => {
      const s = fixture.storage;
      await s.createInvite(invite({ jti: "lurah-1", role: "lurah" }));
      await s.createInvite(invite({ jti: "kader-1", mintedBy: "lurah-1" }));
      expect(await s.getInvite("kader-1")).toEqual(invite({ jti: "kader-1", mintedBy: "lurah-1" }));
      expect((await s.getInvite("lurah-1"))?.mintedBy).toBeNull();
      expect(await s.getInvite("unknown")).toBeNull();
    });

    it("names every workspace it holds anything of: documents, invites, registrations, reports", async () => {
      const s = fixture.storage;
      expect(await s.knownWorkspaces()).toEqual([]);
      await s.appendUpdate("desa-doc/roster", bytes(1));
      await s.compact("desa-snap/meta", bytes(2), 0);
      await s.createInvite(invite({ jti: "x", workspace: "desa-inv" }));
      await s.createInvite(invite({ jti: "y", workspace: "53.71", role: "district", wilayah: "53.71" }));
      await s.registerWorkspace({ id: "desa-reg", kodeWilayah: "53.71.01.1001", name: "A" }, 1);
      await s.appendReport(report({ workspace: "desa-rep" }));
      expect(await s.knownWorkspaces()).toEqual(["53.71", "desa-doc", "desa-inv", "desa-reg", "desa-rep", "desa-snap"]);
    });

    it("makes a probe write while open, and refuses it after close", async () => {
      await fixture.storage.probeWrite();
      await fixture.storage.close();
      await expect(async () => fixture.storage.probeWrite()).rejects.toThrow();
    });

    it("registers workspaces, changes a registration, and lists them under a prefix segment-wise", async () => {
      const s = fixture.storage;
      expect(await s.getWorkspace("desa-a")).toBeNull();
      await s.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1001", name: "Namosain" }, 1000);
      await s.registerWorkspace({ id: "desa-b", kodeWilayah: "53.71.02.1001", name: "Lain" }, 1000);
      await s.registerWorkspace({ id: "desa-c", kodeWilayah: "53.71.10.1001", name: "Sepuluh" }, 1000);
      await s.registerWorkspace({ id: "desa-d", kodeWilayah: "53.72.01.2001", name: "Kabupaten" }, 1000);
      const changed = await s.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1002", name: "Namosain Baru" }, 2000);
      expect(changed).toEqual({ id: "desa-a", kodeWilayah: "53.71.01.1002", name: "Namosain Baru", registeredAt: 1000, updatedAt: 2000 });
      expect(await s.getWorkspace("desa-a")).toEqual(changed);
      expect((await s.listWorkspaces("53.71.01")).map((w) => w.id)).toEqual(["desa-a"]);
      expect((await s.listWorkspaces("53.71.1" as string)).map((w) => w.id)).toEqual([]);
      expect((await s.listWorkspaces("53.71")).map((w) => w.id)).toEqual(["desa-a", "desa-b", "desa-c"]);
      expect((await s.listWorkspaces("53")).map((w) => w.id)).toEqual(["desa-a", "desa-b", "desa-c", "desa-d"]);
      expect(await s.listWorkspaces(null)).toHaveLength(4);
    });

    it("keeps every version of a month's report, the highest current, and a retried send once", async () => {
      const s = fixture.storage;
      expect(await s.appendReport(report({ sendId: "s1" }))).toEqual({ report: { ...report({ sendId: "s1" }), version: 1 }, duplicate: false });
      expect(await s.appendReport(report({ sendId: "s1", indicators: { krs: 99 } }))).toEqual({ report: { ...report({ sendId: "s1" }), version: 1 }, duplicate: true });
      const second = await s.appendReport(report({ sendId: "s2", indicators: { krs: 13 }, receivedAt: 1_700_000_001_000 }));
      expect(second.report.version).toBe(2);
      await s.appendReport(report({ month: "2026-03", indicators: { krs: 10 } }));
      await s.appendReport(report({ workspace: "desa-b", kodeWilayah: "53.71.02.1001", villageName: "Lain", indicators: { krs: 5 } }));
      expect((await s.listReportVersions("desa-a", "2026-04")).map((r) => [r.version, r.indicators.krs])).toEqual([[1, 12], [2, 13]]);
      expect((await s.listReportVersions("desa-a", null)).map((r) => `${r.month}/${r.version}`)).toEqual(["2026-03/1", "2026-04/1", "2026-04/2"]);
      const current = await s.currentReports("53.71.01", "2026-01", "2026-12");
      expect(current.map((r) => [r.workspace, r.month, r.version, r.indicators.krs])).toEqual([
        ["desa-a", "2026-03", 1, 10],
        ["desa-a", "2026-04", 2, 13],
      ]);
      expect(current[0]).not.toHaveProperty("byRw");
      expect((await s.currentReports("53.71", "2026-04", "2026-04")).map((r) => r.workspace)).toEqual(["desa-a", "desa-b"]);
      expect(await s.currentReports("53.71.0" as string, "2026-01", "2026-12")).toEqual([]);
      expect(await s.currentReports("53.72", "2026-01", "2026-12")).toEqual([]);
    });

    it("binds each version to the kode it was received under: the current one decides where it shows", async () => {
      const s = fixture.storage;
      await s.appendReport(report({ kodeWilayah: "53.71.01.1001" }));
      await s.appendReport(report({ kodeWilayah: "53.71.02.1001" }));
      expect(await s.currentReports("53.71.01", "2026-04", "2026-04")).toEqual([]);
      expect((await s.currentReports("53.71.02", "2026-04", "2026-04")).map((r) => r.version)).toEqual([2]);
    });

    it("refuses use after close", async () => {
      await fixture.storage.close();
      await expect(async () => fixture.storage.appendUpdate("w/meta", bytes(1))).rejects.toThrow();
    });
  });
}
