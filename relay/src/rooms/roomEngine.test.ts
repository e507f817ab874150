import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Role, TokenPayload } from "@shared/model/index.ts";
import { MemoryStorage } from "../storage/memory.ts";
import type { StoredRoom, UpdateWrite } from "../storage/types.ts";
import { DEFAULT_COMPACTION } from "./compactionPolicy.ts";
import type { ConnInfo, OutEvent } from "./engineProtocol.ts";
import { quotasFor } from "./quotas.ts";
import { RoomEngine } from "./roomEngine.ts";
import { sentUpdates, syncFrame } from "./testSupport.ts";

/** Real memory storage that writes down, in one timeline with the engine's outputs, each commit it made. */
class RecordingStorage extends MemoryStorage {
  readonly timeline: string[] = [];
  readonly commits: UpdateWrite[][] = [];
  failRooms = new Set<string>();

  override commit(writes: readonly UpdateWrite[]): void {
    if (writes.some((w) => this.failRooms.has(w.room))) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    super.commit(writes);
    this.commits.push([...writes]);
    this.timeline.push(`commit ${writes.length}`);
  }
}

/** The same storage answering every call later, as a networked database would (issue 18). */
class LaterStorage extends RecordingStorage {
  override loadRoom(room: string): StoredRoom {
    return new Promise<StoredRoom>((resolve) => setTimeout(() => resolve(super.loadRoom(room)), 5)) as unknown as StoredRoom;
  }

  override commit(writes: readonly UpdateWrite[]): void {
    return new Promise<void>((resolve, reject) =>
      setTimeout(() => {
        try {
          super.commit(writes);
          resolve();
        } catch (error) {
          reject(error);
        }
      }, 5),
    ) as unknown as void;
  }
}

const token = (role: Role, jti: string): TokenPayload => ({ v: 1, jti, ws: "desa-uji", role, iat: 0, exp: 2 ** 31 });
let ids = 1;
const conn = (role: Role = "kader"): ConnInfo => {
  const id = ids++;
  return { id, token: token(role, `jti-${id}`), canWrite: true, quotas: quotasFor(role, "minutes") };
};

function harness(storage: RecordingStorage) {
  const out: OutEvent[] = [];
  const engine = new RoomEngine(storage, DEFAULT_COMPACTION, (events) => {
    for (const e of events) {
      out.push(e);
      if (e.t === "send" || e.t === "close") storage.timeline.push(e.t);
    }
  });
  return { engine, out };
}

/** A device's edit of a minutes document, as its provider would send it. */
function edit(clientID: number, text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getMap("notes").set(`k${clientID}`, text);
  return Y.encodeStateAsUpdate(doc);
}

describe("group commit: a burst is stored in one transaction before any of it leaves", () => {
  it("twelve updates from four connections in two rooms: one commit, then the relays and echoes", () => {
    const storage = new RecordingStorage();
    const { engine, out } = harness(storage);
    const conns = [conn(), conn(), conn(), conn()];
    conns.forEach((c, i) => engine.receive([{ t: "attach", room: i < 2 ? "desa-a/minutes" : "desa-b/minutes", conn: c, greet: true }]));
    engine.drainNow();
    storage.timeline.length = 0;
    out.length = 0;

    const frames = Array.from({ length: 12 }, (_, i) => ({ t: "frame" as const, conn: conns[i % 4]!.id, data: syncFrame(edit(100 + i, `catatan ${i}`)) }));
    engine.receive(frames);
    engine.drainNow();

    expect(storage.commits.map((c) => c.length)).toEqual([12]);
    expect(storage.timeline[0]).toBe("commit 12");
    expect(storage.timeline.slice(1).every((t) => t === "send")).toBe(true);
    // every sender got its echo, every other connection of its room the relay (one send each: the same frame)
    const sends = out.filter((e): e is Extract<OutEvent, { t: "send" }> => e.t === "send");
    expect(sends.length).toBe(12);
    expect(sends.flatMap((s) => s.to).length).toBe(24);
    expect(storage.loadRoom("desa-a/minutes").updates.map((u) => u.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("a commit that fails closes the rooms whose writes fail (1011) and sends nothing of theirs; the other rooms' updates go out", () => {
    const storage = new RecordingStorage();
    const { engine, out } = harness(storage);
    const [a1, a2, b1, b2] = [conn(), conn(), conn(), conn()];
    engine.receive([
      { t: "attach", room: "desa-a/minutes", conn: a1!, greet: true },
      { t: "attach", room: "desa-a/minutes", conn: a2!, greet: true },
      { t: "attach", room: "desa-b/minutes", conn: b1!, greet: true },
      { t: "attach", room: "desa-b/minutes", conn: b2!, greet: true },
    ]);
    engine.drainNow();
    out.length = 0;
    storage.failRooms.add("desa-b/minutes");
    engine.receive([
      { t: "frame", conn: a1!.id, data: syncFrame(edit(201, "a")) },
      { t: "frame", conn: b1!.id, data: syncFrame(edit(202, "b")) },
    ]);
    engine.drainNow();

    const sends = out.filter((e): e is Extract<OutEvent, { t: "send" }> => e.t === "send");
    expect(sends.flatMap((s) => s.to).sort()).toEqual([a1!.id, a2!.id].sort());
    expect(out.filter((e) => e.t === "close").map((e) => (e as { conn: number; code: number }).code)).toEqual([1011, 1011]);
    expect(out.some((e) => e.t === "discarded" && e.room === "desa-b/minutes")).toBe(true);
    expect(storage.loadRoom("desa-a/minutes").updates).toHaveLength(1);
    expect(storage.loadRoom("desa-b/minutes").updates).toHaveLength(0);
  });
});

describe("a room's document can leave memory while its connections stay", () => {
  it("unloaded for memory, the next sync message loads it again from storage, and awareness flows meanwhile", () => {
    const storage = new RecordingStorage();
    const { engine, out } = harness(storage);
    const [a, b] = [conn(), conn()];
    engine.receive([
      { t: "attach", room: "desa-a/minutes", conn: a!, greet: true },
      { t: "attach", room: "desa-a/minutes", conn: b!, greet: true },
      { t: "frame", conn: a!.id, data: syncFrame(edit(301, "sebelum")) },
    ]);
    engine.drainNow();
    engine.receive([{ t: "unload", room: "desa-a/minutes", why: "memory" }]);
    engine.drainNow();
    expect(out.filter((e) => e.t === "room").at(-1)).toMatchObject({ loaded: false });
    out.length = 0;
    engine.receive([{ t: "frame", conn: b!.id, data: syncFrame(edit(302, "sesudah")) }]);
    engine.drainNow();
    expect(out.find((e) => e.t === "room")).toMatchObject({ loaded: true });
    const toA = out.filter((e): e is Extract<OutEvent, { t: "send" }> => e.t === "send" && e.to.includes(a!.id));
    const doc = new Y.Doc();
    for (const u of sentUpdates(toA.map((e) => e.frame))) Y.applyUpdate(doc, u);
    expect(doc.getMap("notes").get("k302")).toBe("sesudah");
    // the first update went into the snapshot when the document left memory (worth it: no snapshot yet)
    expect(storage.listUpdateAudit("desa-a/minutes").map((u) => u.seq)).toEqual([1, 2]);
    expect(storage.loadRoom("desa-a/minutes")).toMatchObject({ snapshotUptoSeq: 1, updates: [{ seq: 2 }] });
  });
});

/** A store with an update journal whose fold into the database fails while `failFlush` (a full disk). */
class JournalingStorage extends RecordingStorage {
  failFlush = false;
  flushes = 0;

  flush(): void {
    this.flushes++;
    if (this.failFlush) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
  }
}

describe("a room leaves its engine only once the journal is folded", () => {
  const setUp = (flushRetryMs: number) => {
    const storage = new JournalingStorage();
    const out: OutEvent[] = [];
    const engine = new RoomEngine(storage, DEFAULT_COMPACTION, (events) => out.push(...events), { flushRetryMs });
    const a = conn();
    engine.receive([
      { t: "attach", room: "desa-a/minutes", conn: a, greet: true },
      { t: "frame", conn: a.id, data: syncFrame(edit(501, "tersimpan di jurnal")) },
      { t: "detach", conn: a.id },
    ]);
    engine.drainNow();
    return { storage, out, engine };
  };

  it.each([
    ["an idle unload", { t: "unload", room: "desa-a/minutes", why: "idle" } as const, "unloaded"],
    ["a hand-over to another engine", { t: "evict", room: "desa-a/minutes" } as const, "evicted"],
  ])("%s waits while the fold fails, and happens once a retried flush succeeds", async (_what, event, answer) => {
    const { storage, out, engine } = setUp(5);
    storage.failFlush = true;
    engine.receive([event]);
    engine.drainNow();
    expect(out.some((e) => e.t === answer)).toBe(false);
    expect(out.some((e) => e.t === "log" && e.event === "storage.flush_failed")).toBe(true);
    expect(engine.roomCount).toBe(1);
    // retried on its own while the disk stays full: still here
    const tried = storage.flushes;
    await until(() => storage.flushes > tried + 3);
    expect(out.some((e) => e.t === answer)).toBe(false);
    // the retries are not each logged: the first failure is, then a line a minute
    const logged = (name: string) => out.filter((e): e is Extract<OutEvent, { t: "log" }> => e.t === "log" && e.event === name);
    expect(logged("storage.flush_failed")).toHaveLength(1);
    storage.failFlush = false;
    await until(() => out.some((e) => e.t === answer));
    expect(engine.roomCount).toBe(0);
    expect(logged("storage.flush_recovered")).toHaveLength(1);
    expect(logged("storage.flush_recovered")[0]!.fields.attempts).toBeGreaterThan(3);
  });

  it("a flush asked for (the audit trail of a worker's room) is answered after the turn's commit, with the journal folded", () => {
    const storage = new JournalingStorage();
    const out: OutEvent[] = [];
    const engine = new RoomEngine(storage, DEFAULT_COMPACTION, (events) => out.push(...events));
    const a = conn();
    engine.receive([
      { t: "attach", room: "desa-a/minutes", conn: a, greet: true },
      { t: "flush", id: 7 },
      { t: "frame", conn: a.id, data: syncFrame(edit(801, "dicatat")) },
    ]);
    engine.drainNow();
    expect(storage.commits.map((c) => c.length)).toEqual([1]);
    expect(storage.flushes).toBe(1);
    const kinds = out.map((e) => e.t).filter((t) => t === "send" || t === "flushed");
    expect(kinds.at(-1)).toBe("flushed");
    expect(out.filter((e) => e.t === "flushed")).toEqual([{ t: "flushed", id: 7 }]);
  });

  it("a memory unload need not wait: the room stays in this engine, whose next load reads through the store", () => {
    const { storage, out, engine } = setUp(60_000);
    storage.failFlush = true;
    engine.receive([{ t: "unload", room: "desa-a/minutes", why: "memory" }]);
    engine.drainNow();
    expect(out.filter((e) => e.t === "room").at(-1)).toMatchObject({ loaded: false });
  });
});

describe("a store that answers later (PostgreSQL, issue 18) keeps the same order", () => {
  it("outputs leave after the commit resolves, and what arrives meanwhile waits for the next batch", async () => {
    const storage = new LaterStorage();
    const { engine, out } = harness(storage);
    const [a, b] = [conn(), conn()];
    engine.receive([
      { t: "attach", room: "desa-a/minutes", conn: a!, greet: true },
      { t: "attach", room: "desa-a/minutes", conn: b!, greet: true },
    ]);
    await until(() => out.filter((e) => e.t === "send").length >= 2); // both greeted once loaded
    storage.timeline.length = 0;
    engine.receive([{ t: "frame", conn: a!.id, data: syncFrame(edit(401, "satu")) }]);
    await new Promise((r) => setImmediate(r));
    engine.receive([{ t: "frame", conn: b!.id, data: syncFrame(edit(402, "dua")) }]);
    await until(() => storage.commits.length >= 2 && storage.timeline.filter((t) => t === "send").length >= 2);
    // each update's relay and echo are one send (the same frame to both connections)
    expect(storage.timeline).toEqual(["commit 1", "send", "commit 1", "send"]);
    expect(storage.listUpdateAudit("desa-a/minutes").map((u) => u.seq)).toEqual([1, 2]);
  });
});

async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 2));
  }
}
