import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InviteRecord, RelayStorage, StoredReport } from "./types.ts";

/**
 * One behaviour contract, run against every RelayStorage implementation
 * (memory.test.ts, sqlite.test.ts), so they cannot drift apart.
 */
export interface StorageFixture {
  storage: RelayStorage;
  cleanup(): void;
}

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

export function storageContract(name: string, open: () => StorageFixture): void {
  describe(`${name} storage contract`, () => {
    let fixture: StorageFixture;
    beforeEach(() => {
      fixture = open();
    });
    afterEach(() => {
      fixture.cleanup();
    });

    it("loads an unknown room as empty", () => {
      expect(fixture.storage.loadRoom("desa-a/roster")).toEqual({ snapshot: null, snapshotUptoSeq: 0, updates: [] });
    });

    it("returns increasing seqs from append and loads updates in order, per room", () => {
      const s = fixture.storage;
      const a = s.appendUpdate("desa-a/roster", bytes(1));
      const b = s.appendUpdate("desa-a/board", bytes(2));
      const c = s.appendUpdate("desa-a/roster", bytes(3, 4));
      expect(a).toBeLessThan(b);
      expect(b).toBeLessThan(c);
      const room = s.loadRoom("desa-a/roster");
      expect(room.snapshot).toBeNull();
      expect(room.updates).toEqual([
        { seq: a, data: bytes(1) },
        { seq: c, data: bytes(3, 4) },
      ]);
    });

    it("does not keep a reference to the appended buffer", () => {
      const data = bytes(9, 9);
      fixture.storage.appendUpdate("r/x", data);
      data[0] = 0;
      expect(fixture.storage.loadRoom("r/x").updates[0]?.data).toEqual(bytes(9, 9));
    });

    it("compacts: snapshot replaces updates up to seq, later ones stay", () => {
      const s = fixture.storage;
      s.appendUpdate("w/meta", bytes(1));
      const upto = s.appendUpdate("w/meta", bytes(2));
      const other = s.appendUpdate("w/board", bytes(7));
      s.compact("w/meta", bytes(1, 2), upto);
      const later = s.appendUpdate("w/meta", bytes(3));
      const room = s.loadRoom("w/meta");
      expect(room.snapshot).toEqual(bytes(1, 2));
      expect(room.snapshotUptoSeq).toBe(upto);
      expect(room.updates).toEqual([{ seq: later, data: bytes(3) }]);
      expect(s.loadRoom("w/board").updates).toEqual([{ seq: other, data: bytes(7) }]);
    });

    it("replaces an older snapshot on a second compaction", () => {
      const s = fixture.storage;
      const first = s.appendUpdate("w/meta", bytes(1));
      s.compact("w/meta", bytes(1), first);
      const second = s.appendUpdate("w/meta", bytes(2));
      s.compact("w/meta", bytes(1, 2), second);
      expect(s.loadRoom("w/meta")).toEqual({ snapshot: bytes(1, 2), snapshotUptoSeq: second, updates: [] });
    });

    it("creates and lists invites per workspace", () => {
      const s = fixture.storage;
      s.createInvite(invite({ jti: "a", createdAt: 2 }));
      s.createInvite(invite({ jti: "b", createdAt: 1, role: "opd", opd: "DINKES", label: null }));
      s.createInvite(invite({ jti: "c", workspace: "desa-b" }));
      expect(s.listInvites("desa-a").map((i) => i.jti)).toEqual(["b", "a"]);
      expect(s.listInvites("desa-a")[0]).toEqual(invite({ jti: "b", createdAt: 1, role: "opd", opd: "DINKES", label: null }));
      expect(s.listInvites("desa-b")).toHaveLength(1);
      expect(s.listInvites("desa-z")).toEqual([]);
    });

    it("refuses a duplicate jti", () => {
      fixture.storage.createInvite(invite());
      expect(() => fixture.storage.createInvite(invite())).toThrow();
    });

    it("revokes only within the invite's own workspace, and keeps the first revocation time", () => {
      const s = fixture.storage;
      s.createInvite(invite({ jti: "a" }));
      expect(s.isRevoked("a")).toBe(false);
      expect(s.revokeInvite("desa-b", "a", 10)).toBe(false);
      expect(s.isRevoked("a")).toBe(false);
      expect(s.revokeInvite("desa-a", "a", 10)).toBe(true);
      expect(s.revokeInvite("desa-a", "a", 20)).toBe(true);
      expect(s.isRevoked("a")).toBe(true);
      expect(s.listInvites("desa-a")[0]?.revokedAt).toBe(10);
      expect(s.revokeInvite("desa-a", "unknown", 10)).toBe(false);
      expect(s.isRevoked("unknown")).toBe(false);
    });

    it("keeps a district invite's wilayah", () => {
      const s = fixture.storage;
      s.createInvite(invite({ jti: "d", workspace: "53.71", role: "district", wilayah: "53.71.01" }));
      expect(s.listInvites("53.71")).toEqual([invite({ jti: "d", workspace: "53.71", role: "district", wilayah: "53.71.01" })]);
    });

    it("finds an invite by jti with who minted it, in any workspace", () => {
      const s = fixture.storage;
      s.createInvite(invite({ jti: "lurah-1", role: "lurah" }));
      s.createInvite(invite({ jti: "kader-1", mintedBy: "lurah-1" }));
      expect(s.getInvite("kader-1")).toEqual(invite({ jti: "kader-1", mintedBy: "lurah-1" }));
      expect(s.getInvite("lurah-1")?.mintedBy).toBeNull();
      expect(s.getInvite("unknown")).toBeNull();
    });

    it("names every workspace it holds anything of: documents, invites, registrations, reports", () => {
      const s = fixture.storage;
      expect(s.knownWorkspaces()).toEqual([]);
      s.appendUpdate("desa-doc/roster", bytes(1));
      s.compact("desa-snap/meta", bytes(2), 0);
      s.createInvite(invite({ jti: "x", workspace: "desa-inv" }));
      s.createInvite(invite({ jti: "y", workspace: "53.71", role: "district", wilayah: "53.71" }));
      s.registerWorkspace({ id: "desa-reg", kodeWilayah: "53.71.01.1001", name: "A" }, 1);
      s.appendReport(report({ workspace: "desa-rep" }));
      expect(s.knownWorkspaces()).toEqual(["53.71", "desa-doc", "desa-inv", "desa-reg", "desa-rep", "desa-snap"]);
    });

    it("makes a probe write while open, and refuses it after close", () => {
      fixture.storage.probeWrite();
      fixture.storage.close();
      expect(() => fixture.storage.probeWrite()).toThrow();
    });

    it("registers workspaces, changes a registration, and lists them under a prefix segment-wise", () => {
      const s = fixture.storage;
      expect(s.getWorkspace("desa-a")).toBeNull();
      s.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1001", name: "Namosain" }, 1000);
      s.registerWorkspace({ id: "desa-b", kodeWilayah: "53.71.02.1001", name: "Lain" }, 1000);
      s.registerWorkspace({ id: "desa-c", kodeWilayah: "53.71.10.1001", name: "Sepuluh" }, 1000);
      s.registerWorkspace({ id: "desa-d", kodeWilayah: "53.72.01.2001", name: "Kabupaten" }, 1000);
      const changed = s.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1002", name: "Namosain Baru" }, 2000);
      expect(changed).toEqual({ id: "desa-a", kodeWilayah: "53.71.01.1002", name: "Namosain Baru", registeredAt: 1000, updatedAt: 2000 });
      expect(s.getWorkspace("desa-a")).toEqual(changed);
      expect(s.listWorkspaces("53.71.01").map((w) => w.id)).toEqual(["desa-a"]);
      expect(s.listWorkspaces("53.71.1" as string).map((w) => w.id)).toEqual([]);
      expect(s.listWorkspaces("53.71").map((w) => w.id)).toEqual(["desa-a", "desa-b", "desa-c"]);
      expect(s.listWorkspaces("53").map((w) => w.id)).toEqual(["desa-a", "desa-b", "desa-c", "desa-d"]);
      expect(s.listWorkspaces(null)).toHaveLength(4);
    });

    it("keeps every version of a month's report, the highest current, and a retried send once", () => {
      const s = fixture.storage;
      expect(s.appendReport(report({ sendId: "s1" }))).toEqual({ report: { ...report({ sendId: "s1" }), version: 1 }, duplicate: false });
      expect(s.appendReport(report({ sendId: "s1", indicators: { krs: 99 } }))).toEqual({ report: { ...report({ sendId: "s1" }), version: 1 }, duplicate: true });
      const second = s.appendReport(report({ sendId: "s2", indicators: { krs: 13 }, receivedAt: 1_700_000_001_000 }));
      expect(second.report.version).toBe(2);
      s.appendReport(report({ month: "2026-03", indicators: { krs: 10 } }));
      s.appendReport(report({ workspace: "desa-b", kodeWilayah: "53.71.02.1001", villageName: "Lain", indicators: { krs: 5 } }));
      expect(s.listReportVersions("desa-a", "2026-04").map((r) => [r.version, r.indicators.krs])).toEqual([[1, 12], [2, 13]]);
      expect(s.listReportVersions("desa-a", null).map((r) => `${r.month}/${r.version}`)).toEqual(["2026-03/1", "2026-04/1", "2026-04/2"]);
      const current = s.currentReports("53.71.01", "2026-01", "2026-12");
      expect(current.map((r) => [r.workspace, r.month, r.version, r.indicators.krs])).toEqual([
        ["desa-a", "2026-03", 1, 10],
        ["desa-a", "2026-04", 2, 13],
      ]);
      expect(current[0]).not.toHaveProperty("byRw");
      expect(s.currentReports("53.71", "2026-04", "2026-04").map((r) => r.workspace)).toEqual(["desa-a", "desa-b"]);
      expect(s.currentReports("53.71.0" as string, "2026-01", "2026-12")).toEqual([]);
      expect(s.currentReports("53.72", "2026-01", "2026-12")).toEqual([]);
    });

    it("binds each version to the kode it was received under: the current one decides where it shows", () => {
      const s = fixture.storage;
      s.appendReport(report({ kodeWilayah: "53.71.01.1001" }));
      s.appendReport(report({ kodeWilayah: "53.71.02.1001" }));
      expect(s.currentReports("53.71.01", "2026-04", "2026-04")).toEqual([]);
      expect(s.currentReports("53.71.02", "2026-04", "2026-04").map((r) => r.version)).toEqual([2]);
    });

    it("refuses use after close", () => {
      fixture.storage.close();
      expect(() => fixture.storage.appendUpdate("w/meta", bytes(1))).toThrow();
    });
  });
}
