import { appendFileSync, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { encodeAuditIds } from "./auditIds.ts";
import { SqliteStorage } from "./sqlite.ts";
import { storageContract } from "./storage.contract.ts";
import type { UpdateWrite } from "./types.ts";
import { crc32 } from "node:zlib";
import * as encoding from "lib0/encoding";
import { encodeRecord, encodeRecords, journalFile, journalFiles, readJournal } from "./updateJournal.ts";

function tempFile(): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "rembuk-journal-"));
  return { dir, file: join(dir, "rembuk.sqlite") };
}

// the whole contract, with every commit going through the journal
storageContract("sqlite with its update journal", () => {
  const { dir, file } = tempFile();
  const storage = new SqliteStorage(file);
  storage.useJournal("main");
  return {
    storage,
    cleanup: () => {
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

const write = (room: string, seq: number, size = 67, role: UpdateWrite["audit"]["role"] = "kader"): UpdateWrite => ({
  room,
  seq,
  data: new Uint8Array(size).fill(seq % 251),
  audit: { at: 1_700_000_000_000 + seq, jti: role === "relay" ? null : "b3c1e2f4-1234-4abc-9def-0123456789ab", role, agency: role === "opd" ? "DINKES" : null, ids: encodeAuditIds([[seq, 0, 1]], []) },
});

/** A record as lib0's encoder writes it (the layout `readJournal` reads; the relay writes it by hand). */
function lib0Record(w: UpdateWrite): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, w.room);
  encoding.writeVarUint(e, w.seq);
  encoding.writeVarUint(e, w.audit.at);
  encoding.writeVarString(e, w.audit.role);
  encoding.writeVarString(e, w.audit.jti ?? "");
  encoding.writeVarString(e, w.audit.agency ?? "");
  encoding.writeVarUint8Array(e, w.audit.ids);
  encoding.writeVarUint8Array(e, w.data);
  const body = encoding.toUint8Array(e);
  const record = new Uint8Array(8 + body.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, body.length, true);
  view.setUint32(4, crc32(body), true);
  record.set(body, 8);
  return record;
}

describe("journal records are lib0's layout, written by hand", () => {
  it.each([
    ["a small edit", write("desa-a/minutes", 7)],
    ["seq past 2^31, a time past 2^41, a 20,000-byte update", { ...write("desa-a/roster", 2 ** 31 + 5, 20_000), audit: { ...write("x", 1).audit, at: 2 ** 41 + 3 } }],
    ["an agency and a room name beyond ASCII", { ...write("désa-ü/board", 3, 10, "opd"), audit: { ...write("x", 3, 10, "opd").audit, agency: "DINSOS–Ü ✓" } }],
    ["an ASCII room name of 200 characters (a two-byte length)", write(`desa-${"a".repeat(190)}/minutes`, 9)],
    ["the relay's own write (no jti, no agency), empty ids", { ...write("desa-a/board", 1, 0, "relay"), audit: { ...write("x", 1, 0, "relay").audit, ids: new Uint8Array(0) } }],
  ])("%s: the same bytes, read back whole", (_what, w) => {
    expect(new Uint8Array(encodeRecord(w))).toEqual(lib0Record(w));
    const { dir, file } = tempFile();
    try {
      appendFileSync(file, encodeRecords([w, { ...w, seq: w.seq + 1 }]));
      const read = readJournal(file);
      expect(read.writes.map((r) => r.seq)).toEqual([w.seq, w.seq + 1]);
      expect(read.writes[0]).toEqual({ room: w.room, seq: w.seq, data: w.data, audit: w.audit });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Rows another connection sees (a room worker's, the backup's): the folded state. */
function rowsSeenElsewhere(file: string, room: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT seq FROM updates WHERE room = ? ORDER BY seq").all(room) as Array<{ seq: number }>).map((r) => r.seq);
  } finally {
    db.close();
  }
}

const walFrames = (file: string) => (existsSync(`${file}-wal`) ? Math.max(0, statSync(`${file}-wal`).size - 32) / (4096 + 24) : 0);

describe("the update journal", () => {
  it("appends small commits to the journal (no database page each) and folds them in one transaction; a big batch goes straight in", () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file, { journalFoldMs: 60_000 });
      storage.useJournal("main");
      storage.appendUpdate("w/other", new Uint8Array([1])); // the WAL exists
      const frames = walFrames(file);
      for (let seq = 1; seq <= 100; seq++) storage.commit([write("w/roster", seq)]);
      // durable in the journal, nothing written to the database yet
      expect(walFrames(file)).toBe(frames);
      expect(readJournal(journalFile(file, "main")).writes.map((w) => w.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(rowsSeenElsewhere(file, "w/roster")).toEqual([]);
      expect(storage.unfoldedCount).toBe(100);

      storage.flush();
      expect(storage.journalStats.folds).toBe(1);
      expect(rowsSeenElsewhere(file, "w/roster")).toHaveLength(100);
      // 100 small updates cost a few pages, not 100 or more
      expect(walFrames(file) - frames).toBeLessThan(10);

      // an import-sized batch is written once, into the database, with what waited
      storage.commit([write("w/roster", 101)]);
      storage.commit([write("w/roster", 102, 64 * 1024)]);
      expect(storage.journalStats.directCommits).toBe(1);
      expect(rowsSeenElsewhere(file, "w/roster")).toHaveLength(102);
      expect(readJournal(journalFile(file, "main")).writes.map((w) => w.seq)).not.toContain(102);
      storage.close();
      // a clean close folds and removes the journal
      expect(journalFiles(file)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads through the same store see journaled updates at once: load, audit trail, stored bytes, compaction", () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file, { journalFoldMs: 60_000 });
      storage.useJournal("main");
      storage.commit([write("w/board", 1, 10, "opd"), write("w/board", 2, 10)]);
      expect(storage.roomStoredBytes("w/board")).toBe(20);
      expect(storage.listUpdateAudit("w/board").map((r) => [r.seq, r.role, r.agency])).toEqual([[1, "opd", "DINKES"], [2, "kader", null]]);
      storage.commit([write("w/board", 3, 10)]);
      expect(storage.loadRoom("w/board").updates.map((u) => u.seq)).toEqual([1, 2, 3]);
      storage.commit([write("w/board", 4, 10)]);
      storage.compact("w/board", new Uint8Array([9]), 4);
      expect(storage.loadRoom("w/board")).toEqual({ snapshot: new Uint8Array([9]), snapshotUptoSeq: 4, updates: [] });
      expect(storage.listUpdateAudit("w/board").map((r) => r.seq)).toEqual([1, 2, 3, 4]);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a (room, seq) stored or journaled already, before writing anything", () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file, { journalFoldMs: 60_000 });
      storage.useJournal("main");
      storage.commit([write("w/roster", 1)]);
      expect(() => storage.commit([write("w/meta", 1), write("w/roster", 1)])).toThrow(/UNIQUE/);
      storage.flush();
      expect(() => storage.commit([write("w/roster", 1)])).toThrow(/UNIQUE/);
      expect(readJournal(journalFile(file, "main")).writes.map((w) => `${w.room}:${w.seq}`)).toEqual(["w/roster:1"]);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("after a kill, the next start replays the journal: what is stored or compacted stays as it is, a torn record and what follows are dropped", () => {
    const { dir, file } = tempFile();
    const crashed = join(dir, "crashed");
    try {
      const live = new SqliteStorage(file, { journalFoldMs: 60_000 });
      live.useJournal("main");
      for (let seq = 1; seq <= 3; seq++) live.commit([write("w/roster", seq)]);
      live.flush();
      live.compact("w/roster", new Uint8Array([7, 7]), 2); // 1-2 in the snapshot, 3 stored
      live.commit([write("w/roster", 4), write("w/board", 1, 10, "opd")]);
      live.commit([write("w/roster", 5)]);
      // the files as a kill -9 leaves them: 4, 5 and the board's 1 only in the journal (1-3 also still there)
      const journal = journalFile(file, "main");
      for (const name of ["rembuk.sqlite", "rembuk.sqlite-wal"]) copyFileSync(join(dir, name), `${crashed}-${name}`);
      copyFileSync(journal, `${crashed}-rembuk.sqlite-updates.999.main.log`);
      // a record torn by the kill, and one after it that was never acknowledged
      const torn = encodeRecord(write("w/roster", 6));
      appendFileSync(`${crashed}-rembuk.sqlite-updates.999.main.log`, torn.subarray(0, torn.length - 5));
      live.close();

      const restarted = new SqliteStorage(`${crashed}-rembuk.sqlite`);
      expect(journalFiles(`${crashed}-rembuk.sqlite`)).toHaveLength(1);
      expect(restarted.recoverJournals()).toBe(3);
      expect(journalFiles(`${crashed}-rembuk.sqlite`)).toEqual([]);
      const roster = restarted.loadRoom("w/roster");
      expect(roster.snapshotUptoSeq).toBe(2);
      expect(roster.updates.map((u) => u.seq)).toEqual([3, 4, 5]);
      expect(roster.updates[2]!.data).toEqual(write("w/roster", 5).data);
      expect(restarted.listUpdateAudit("w/roster").map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(restarted.listUpdateAudit("w/board").map((r) => [r.seq, r.role, r.agency, r.jti])).toEqual([[1, "opd", "DINKES", "b3c1e2f4-1234-4abc-9def-0123456789ab"]]);
      // replaying again changes nothing
      expect(restarted.recoverJournals()).toBe(0);
      restarted.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a timed fold stores a chunk of rows per turn, a room's rows together, and keeps what arrives meanwhile for the next fold", async () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file, { journalFoldMs: 5, journalFoldMaxMs: 5, journalFoldChunk: 40 });
      storage.useJournal("main");
      for (let seq = 1; seq <= 100; seq++) storage.commit([write("w/a", seq), write("w/b", seq), write("w/c", seq)]);
      // the fold starts on its timer; between its turns another connection sees whole rooms, never half of one
      const seen: number[][] = [];
      let arrivedDuringFold = 0;
      while (storage.unfoldedCount > 0 || seen.length === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        const counts = ["w/a", "w/b", "w/c"].map((room) => rowsSeenElsewhere(file, room).length);
        seen.push(counts);
        if (counts.some((n) => n > 0) && counts.some((n) => n === 0) && arrivedDuringFold === 0) {
          storage.commit([write("w/d", 1)]);
          arrivedDuringFold++;
        }
      }
      expect(seen.some((counts) => counts.some((n) => n > 0) && counts.some((n) => n === 0))).toBe(true); // more than one turn
      for (const counts of seen) for (const n of counts) expect([0, 100]).toContain(n);
      expect(arrivedDuringFold).toBe(1);
      expect(rowsSeenElsewhere(file, "w/d")).toEqual([1]);
      expect(storage.journalStats.folds).toBe(2);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("on the relay's main thread, folds never checkpoint: a thread of its own copies the WAL into the database file", async () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file, { journalFoldMs: 60_000, checkpointEveryMs: 0 });
      storage.maintain(); // the schema into the file (a checkpoint, still on this thread before the journal)
      storage.useJournal("main", undefined, { checkpointsInBackground: true });
      // past SQLite's own autocheckpoint (1,000 pages), which would run inside the fold on this thread
      storage.commit([write("w/big", 1, 6 * 1024 * 1024)]);
      for (let seq = 1; seq <= 50; seq++) storage.commit([write("w/roster", seq)]);
      const inFileOnly = () => {
        // the database file alone, without its WAL: what checkpoints put there
        const copy = join(dir, `copy-${Date.now()}.sqlite`);
        copyFileSync(file, copy);
        const db = new Database(copy, { readonly: true });
        try {
          return (db.prepare("SELECT COUNT(*) AS n FROM updates WHERE room = 'w/roster'").get() as { n: number }).n;
        } finally {
          db.close();
        }
      };
      storage.flush();
      expect(inFileOnly()).toBe(0); // the fold did not checkpoint
      const deadline = Date.now() + 10_000;
      while (storage.backgroundCheckpoints === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(storage.backgroundCheckpoints).toBeGreaterThan(0);
      expect(inFileOnly()).toBe(50);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a timed fold the database refuses (full) keeps the updates and makes the store's probe fail until a fold gets through", async () => {
    const { dir, file } = tempFile();
    try {
      const errors: unknown[] = [];
      const storage = new SqliteStorage(file, { journalFoldMs: 5, journalFoldMaxMs: 5 });
      storage.useJournal("main", (error) => errors.push(error));
      storage.commit([write("w/roster", 1)]);
      storage.flush();
      storage.setMaxPageCount(storage.pageCount());
      for (let seq = 2; seq <= 100; seq++) storage.commit([write("w/roster", seq, 2000)]); // accepted: journaled (under the 256 KiB that would fold at once)
      while (errors.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(() => storage.probeWrite()).toThrow(/full/i);
      expect(storage.unfoldedCount).toBeGreaterThan(0);
      storage.setMaxPageCount(1_000_000);
      storage.flush();
      expect(() => storage.probeWrite()).not.toThrow();
      expect(rowsSeenElsewhere(file, "w/roster")).toHaveLength(100);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("starts the journal again once it is big and all it holds is folded", () => {
    const { dir, file } = tempFile();
    try {
      const storage = new SqliteStorage(file, { journalFoldMs: 60_000, journalRewindBytes: 16 * 1024 });
      storage.useJournal("main");
      for (let seq = 1; seq <= 200; seq++) storage.commit([write("w/roster", seq, 100)]);
      storage.flush();
      expect(storage.journalStats.rewinds).toBe(1);
      expect(statSync(journalFile(file, "main")).size).toBe(0);
      expect(rowsSeenElsewhere(file, "w/roster")).toHaveLength(200);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
