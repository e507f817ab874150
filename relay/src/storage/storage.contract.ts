import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InviteRecord, RelayStorage } from "./types.ts";

/**
 * One behaviour contract, run against every RelayStorage implementation
 * (memory.test.ts, sqlite.test.ts), so they cannot drift apart.
 */
export interface StorageFixture {
  storage: RelayStorage;
  cleanup(): void;
}

const bytes = (...values: number[]) => new Uint8Array(values);

function invite(overrides: Partial<InviteRecord> = {}): InviteRecord {
  return {
    jti: "jti-1",
    workspace: "desa-a",
    role: "kader",
    opd: null,
    label: "Kader RT 1",
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

    it("refuses use after close", () => {
      fixture.storage.close();
      expect(() => fixture.storage.appendUpdate("w/meta", bytes(1))).toThrow();
    });
  });
}
