import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type * as YModule from "yjs";
import { addComment, claim, claimTargetOf, claimsMap, publishNeed, readClaims, readConfirmations } from "@shared/crdt/index.ts";
import { MemoryStorage } from "../storage/memory.ts";
import { encodeSyncStep1 } from "./messages.ts";
import type * as Dependencies from "./missingDependencies.ts";
import { connect, loadTestRoom, parkedBehind, sentUpdates, syncFrame, testToken, writeBlocks } from "./testSupport.ts";

// Two seams for the paths no honest or known input reaches: the dependency check can be told
// to see nothing (the safety net after apply), and a connection's apply can be made to throw
// after Yjs applied it (the apply_failed path).
const seams = vi.hoisted(() => ({ skipDependencyCheck: false, failApplyOf: null as string | null }));
vi.mock("./missingDependencies.ts", async (importOriginal) => {
  const real = await importOriginal<typeof Dependencies>();
  return { ...real, findMissingDependency: (...args: Parameters<typeof real.findMissingDependency>) => (seams.skipDependencyCheck ? null : real.findMissingDependency(...args)) };
});
vi.mock("yjs", async (importOriginal) => {
  const real = await importOriginal<typeof YModule>();
  return {
    ...real,
    applyUpdate: (doc: Y.Doc, update: Uint8Array, origin?: unknown) => {
      real.applyUpdate(doc, update, origin);
      const jti = (origin as { token?: { jti?: string } } | null)?.token?.jti;
      if (jti !== undefined && jti === seams.failApplyOf) throw new Error("simulated apply failure");
    },
  };
});

const NOW = new Date("2026-01-01T00:00:00Z");
const RESYNC = { code: 4500, reason: "sinkronkan ulang" };

/** A device holding the room's state. */
function deviceOf(room: { doc: Y.Doc }, clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  return doc;
}

function diff(device: Y.Doc, room: { doc: Y.Doc }): Uint8Array {
  return Y.encodeStateAsUpdate(device, Y.encodeStateVector(room.doc));
}

const dlhkClaim = (id: string, family: string) => (doc: Y.Doc) =>
  claim(doc, id, { target: claimTargetOf("family", family), familyId: family, domain: "pantas_sehat", agency: "DLHK", note: "" }, "Pak Dedi", NOW);
const forgedClaim = (doc: Y.Doc) =>
  claim(doc, "c-forged", { target: claimTargetOf("family", "kel-9"), familyId: "kel-9", domain: "pantas_sehat", agency: "DINKES", note: "" }, "x", NOW);

function storedRows(storage: MemoryStorage, name: string): number {
  const stored = storage.loadRoom(name);
  return stored.updates.length + (stored.snapshot ? 1 : 0);
}

describe("a room refuses an update with missing dependencies", () => {
  it.each(["roster", "board", "minutes", "meta"])("%s: not judged, stored, applied, relayed or echoed; the sender is told to sync again", (kind) => {
    const name = `desa-uji/${kind}`;
    const { room, storage, log, dropped } = loadTestRoom(name);
    const other = connect(room, testToken("lurah", "lurah-jti"));
    const sender = connect(room, testToken(kind === "board" ? "opd" : "kader", "sender-jti", kind === "board" ? "DLHK" : undefined));
    const a = new Y.Doc();
    a.clientID = 800;
    a.getText("t").insert(0, "tidak pernah dikirim");
    const b = deviceOf({ doc: a }, 700);
    const parked = (() => {
      const out: Uint8Array[] = [];
      b.on("update", (u: Uint8Array) => out.push(u));
      b.getText("t").insert(5, "X"); // origin in client 800's text, which the relay never got
      return out[0]!;
    })();
    const rowsBefore = storedRows(storage, name);
    const sentBefore = other.sent.length;
    const stateBefore = Y.encodeStateVector(room.doc);

    room.receive(sender.conn, syncFrame(parked));

    expect(sender.closed).toEqual([RESYNC]);
    expect(sentUpdates(sender.sent)).toEqual([]); // no echo
    expect(other.sent.length).toBe(sentBefore);
    expect(storedRows(storage, name)).toBe(rowsBefore);
    expect(Y.encodeStateVector(room.doc)).toEqual(stateBefore);
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(dropped).toEqual(["sender-jti"]);
    const lines = log.lines.filter((l) => l.includes("room.update.missing_dependency"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`ws=desa-uji doc=${kind} role=\\S+ jti=sender needs=origin client=800 clock=\\d+ bytes=\\d+$`));
  });

  it("the reviewer's forged claim on the relay's next confirmation: refused, and the next confirmation releases nothing", () => {
    const { room, storage } = loadTestRoom();
    const dlhk = connect(room, testToken("opd", "dlhk-jti", "DLHK"));
    const phone = deviceOf(room, 500);
    dlhkClaim("c-own-1", "kel-1")(phone);
    room.receive(dlhk.conn, syncFrame(diff(phone, room)));
    expect(readConfirmations(room.doc).has("c-own-1")).toBe(true);

    const attacker = connect(room, testToken("opd", "attacker-jti", "DLHK"));
    const relayNext = Y.createID(room.doc.clientID, Y.getState(room.doc.store, room.doc.clientID));
    room.receive(attacker.conn, syncFrame(parkedBehind(room.doc, relayNext, forgedClaim), 1)); // as a step 2, too
    expect(attacker.closed).toEqual([RESYNC]);

    dlhkClaim("c-own-2", "kel-2")(phone);
    room.receive(dlhk.conn, syncFrame(diff(phone, room)));
    publishNeed(phone, "n-x", { familyId: "kel-3", label: "Kel. C.", rt: 3, domain: "pantas_sehat", reason: "stunting" }, "x", NOW);
    room.receive(dlhk.conn, syncFrame(diff(phone, room)));
    expect(dlhk.closed).toEqual([{ code: 4403, reason: "perubahan ditolak" }]); // a liaison may not publish needs: judged as DLHK's own
    expect(readClaims(room.doc).map((c) => c.id).sort()).toEqual(["c-own-1", "c-own-2"]);
    expect([...readConfirmations(room.doc).keys()].sort()).toEqual(["c-own-1", "c-own-2"]);

    const reloaded = loadTestRoom("desa-uji/board", storage).room;
    expect(readClaims(reloaded.doc).map((c) => c.id).sort()).toEqual(["c-own-1", "c-own-2"]);
    expect(reloaded.doc.store.pendingStructs).toBeNull();
  });

  it("a layout no Yjs encoder writes (a client in two blocks) is malformed: 4400", () => {
    const { room } = loadTestRoom("desa-uji/minutes");
    const sender = connect(room, testToken("kader", "k-jti"));
    const item = (clock: number, origin: Y.ID | null) => new Y.Item(Y.createID(5, clock), null, origin, null, null, origin ? null : ("t" as never), null, new Y.ContentString("a"));
    room.receive(sender.conn, syncFrame(writeBlocks([{ client: 5, clock: 0, structs: [item(0, null)] }, { client: 5, clock: 1, structs: [item(1, Y.createID(5, 0))] }])));
    expect(sender.closed).toEqual([{ code: 4400, reason: "pesan rusak" }]);
    expect(Y.getState(room.doc.store, 5)).toBe(0);
  });
});

describe("safety net: an apply that parks anyway", () => {
  it("stores nothing, closes every connection with 4500 and drops the room, which reloads clean from storage", () => {
    const { room, storage, log, discarded } = loadTestRoom();
    const lurah = connect(room, testToken("lurah", "lurah-jti"));
    const phone = deviceOf(room, 600);
    dlhkClaim("c-1", "kel-1")(phone);
    room.receive(lurah.conn, syncFrame(diff(phone, room)));
    const attacker = connect(room, testToken("opd", "attacker-jti", "DLHK"));
    const rows = storedRows(storage, room.name);
    const lurahFrames = lurah.sent.length;

    seams.skipDependencyCheck = true;
    try {
      // a change that waits on the lurah's next write, with one struct that does apply in front of it
      const waits = parkedBehind(room.doc, Y.createID(600, Y.getState(room.doc.store, 600)), forgedClaim);
      const front = (() => {
        const dev = deviceOf(room, 778);
        addComment(dev, "k-1", "i-1", "ikut", "Pak Dedi", NOW);
        return diff(dev, room);
      })();
      room.receive(attacker.conn, syncFrame(Y.mergeUpdates([front, waits])));
    } finally {
      seams.skipDependencyCheck = false;
    }

    expect(attacker.closed).toEqual([RESYNC]);
    expect(lurah.closed).toEqual([RESYNC]);
    expect(lurah.sent.length).toBe(lurahFrames); // nothing relayed
    expect(sentUpdates(attacker.sent.slice(1))).toEqual([]); // nothing echoed
    expect(room.isDestroyed).toBe(true);
    expect(discarded).toEqual([room]);
    expect(storedRows(storage, room.name)).toBe(rows);
    expect(log.lines.filter((l) => l.includes("room.update.parked_after_apply"))).toHaveLength(1);

    const reloaded = loadTestRoom("desa-uji/board", storage).room;
    expect(reloaded.doc.store.pendingStructs).toBeNull();
    expect(Y.getState(reloaded.doc.store, 777)).toBe(0);
    expect(Y.getState(reloaded.doc.store, 778)).toBe(0);
    expect(readConfirmations(reloaded.doc).has("c-1")).toBe(true);
  });
});

describe("loading a room drops what an older relay stored parked", () => {
  it("the parked structs and deletions are dropped, the room is compacted without them, and the next write releases nothing", () => {
    const storage = new MemoryStorage();
    const name = "desa-uji/board";
    const { room: first } = loadTestRoom(name, storage);
    const lurah = connect(first, testToken("lurah", "lurah-jti"));
    const phone = deviceOf(first, 600);
    dlhkClaim("c-1", "kel-1")(phone);
    first.receive(lurah.conn, syncFrame(diff(phone, first)));
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(first.doc));
    // what a relay before the refusal stored: the raw parked bytes, and a deletion waiting for future clocks
    storage.appendUpdate(name, parkedBehind(first.doc, Y.createID(600, Y.getState(phone.store, 600)), forgedClaim));
    storage.appendUpdate(name, writeBlocks([], [[first.doc.clientID, 1_000, 10]]));
    first.destroy();

    const { room, log } = loadTestRoom(name, storage);
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(room.doc.store.pendingDs).toBeNull();
    expect(log.lines.filter((l) => l.includes("room.load.parked_dropped"))).toEqual([expect.stringMatching(/structs=true deletes=true$/)]);
    const stored = storage.loadRoom(name);
    expect(stored.updates).toEqual([]);
    const replay = new Y.Doc();
    Y.applyUpdate(replay, stored.snapshot!);
    expect(replay.store.pendingStructs).toBeNull();
    expect(replay.store.pendingDs).toBeNull();

    // the lurah's next write is the clock the forgery waited for
    const again = connect(room, testToken("lurah", "lurah-jti"));
    publishNeed(phone, "n-1", { familyId: "kel-3", label: "Kel. C.", rt: 3, domain: "pantas_sehat", reason: "stunting" }, "Lurah", NOW);
    room.receive(again.conn, syncFrame(diff(phone, room)));
    expect(again.closed).toEqual([]);
    expect(readClaims(room.doc).map((c) => c.id)).toEqual(["c-1"]);

    // a fresh device gets nothing parked in its step 2
    const fresh = connect(room, testToken("kader", "kader-jti"));
    room.receive(fresh.conn, encodeSyncStep1(new Y.Doc()));
    const freshDoc = new Y.Doc();
    for (const update of sentUpdates(fresh.sent)) Y.applyUpdate(freshDoc, update);
    expect(freshDoc.store.pendingStructs).toBeNull();
    expect(readClaims(freshDoc).map((c) => c.id)).toEqual(["c-1"]);
  });
});

describe("claim confirmations", () => {
  it("a claim in an update whose apply failed half-way is confirmed with it, not by whichever update comes next", () => {
    const { room } = loadTestRoom();
    const lurah = connect(room, testToken("lurah", "lurah-jti"));
    const witness = connect(room, testToken("kader", "kader-jti", undefined, "Kader"));
    const phone = deviceOf(room, 600);
    dlhkClaim("c-1", "kel-1")(phone);

    seams.failApplyOf = "lurah-jti";
    try {
      room.receive(lurah.conn, syncFrame(diff(phone, room)));
    } finally {
      seams.failApplyOf = null;
    }
    expect(lurah.closed).toEqual([{ code: 4400, reason: "pesan rusak" }]);
    // the part that applied is stored and relayed, and its claim confirmed right away
    const witnessDoc = new Y.Doc();
    for (const update of sentUpdates(witness.sent)) Y.applyUpdate(witnessDoc, update);
    expect(readClaims(witnessDoc).map((c) => c.id)).toEqual(["c-1"]);
    expect(readConfirmations(witnessDoc).get("c-1")).toMatchObject({ seq: 1 });

    // the next update carries no claim and makes the relay write nothing
    const kader = deviceOf(room, 601);
    kader.getMap("comments");
    publishNeed(kader, "n-1", { familyId: "kel-3", label: "Kel. C.", rt: 3, domain: "pantas_sehat", reason: "stunting" }, "Kader", NOW);
    const relayClock = Y.getState(room.doc.store, room.doc.clientID);
    room.receive(witness.conn, syncFrame(diff(kader, room)));
    expect(witness.closed).toEqual([]);
    expect(Y.getState(room.doc.store, room.doc.clientID)).toBe(relayClock);
  });
});

describe("log lines stay short whatever the update", () => {
  it("a refused update with many long record ids writes one bounded line", () => {
    const { room, log } = loadTestRoom();
    const dlhk = connect(room, testToken("opd", "dlhk-jti", "DLHK"));
    const forge = deviceOf(room, 900);
    forge.transact(() => {
      for (let i = 0; i < 200; i++) claimsMap(forge).set(`${i}-${"x".repeat(10_000)}`, new Y.Map([["agency", "DINKES"]]));
    });
    const update = diff(forge, room);
    expect(update.length).toBeGreaterThan(2_000_000);
    room.receive(dlhk.conn, syncFrame(update));
    expect(dlhk.closed).toEqual([{ code: 4403, reason: "perubahan ditolak" }]);
    const line = log.lines.find((l) => l.includes("board.update.refused"))!;
    expect(line.length).toBeLessThan(1_000);
    expect(line).toContain("(+195 more)");
    expect(line).toContain(`claims/0-${"x".repeat(62)}…: malformed claim`);
  });
});
