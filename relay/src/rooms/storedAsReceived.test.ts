import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connect, loadTestRoom, sentUpdates, syncFrame, testToken, writeBlocks } from "./testSupport.ts";

// An update message that holds nothing the room knows is stored and relayed as received (Yjs is
// not asked to encode the transaction again); anything else is stored as what it changed.

function setUp() {
  const t = loadTestRoom("desa-uji/minutes");
  const a = connect(t.room, testToken("kader", "jti-a"));
  const b = connect(t.room, testToken("kader", "jti-b"));
  const device = new Y.Doc();
  device.clientID = 41;
  return { ...t, a, b, device };
}

/** What `write` changes on the device, as its provider's update message carries it. */
function edit(device: Y.Doc, write: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(device);
  write(device);
  return Y.encodeStateAsUpdate(device, before);
}

const lastRow = (t: ReturnType<typeof setUp>) => t.storage.loadRoom("desa-uji/minutes").updates.at(-1)!;

describe("what the room stores and relays of an update message", () => {
  it("new to the room: the received bytes, stored and relayed as they came, with the audit's inserted ids", () => {
    const t = setUp();
    const update = edit(t.device, (d) => d.getMap("notes").set("agenda", "Posyandu Mawar"));
    const frame = syncFrame(update);
    t.b.sent.length = 0;
    t.room.receive(t.a.conn, frame);

    expect(lastRow(t).data).toEqual(update);
    expect(t.b.sent).toEqual([frame]);
    expect(t.a.sent.at(-1)).toEqual(frame);
    const audit = t.storage.listUpdateAudit("desa-uji/minutes").at(-1)!;
    expect(audit.inserted).toEqual([[41, 0, 1]]);
    expect(t.room.doc.getMap("notes").get("agenda")).toBe("Posyandu Mawar");
  });

  it("byte for byte: not encoded again (Yjs would store these two one-letter items merged into one)", () => {
    const t = setUp();
    const a = new Y.Item(Y.createID(41, 0), null, null, null, null, "catatan" as unknown as Y.AbstractType<unknown>, null, new Y.ContentString("a"));
    const b = new Y.Item(Y.createID(41, 1), null, Y.createID(41, 0), null, null, null, null, new Y.ContentString("b"));
    const update = writeBlocks([{ client: 41, clock: 0, structs: [a, b] }]);
    t.room.receive(t.a.conn, syncFrame(update));

    expect(t.room.doc.getText("catatan").toString()).toBe("ab");
    expect(lastRow(t).data).toEqual(update);
    expect(Y.decodeUpdate(lastRow(t).data).structs).toHaveLength(2);
  });

  it("partly known (it repeats an edit the room has): only what it changed is stored and relayed", () => {
    const t = setUp();
    t.room.receive(t.a.conn, syncFrame(edit(t.device, (d) => d.getMap("notes").set("agenda", "satu"))));
    // the device resends everything it has, the first edit with the second
    t.device.getMap("notes").set("tempat", "Balai RW 02");
    const repeated = Y.encodeStateAsUpdate(t.device);
    t.b.sent.length = 0;
    t.room.receive(t.a.conn, syncFrame(repeated));

    const stored = lastRow(t).data;
    expect(stored).not.toEqual(repeated);
    const meta = Y.parseUpdateMeta(stored);
    expect(meta.from.get(41)).toBe(1); // the first edit (clock 0) is not stored again
    expect(sentUpdates(t.b.sent)).toEqual([stored]);
    const replica = new Y.Doc();
    for (const row of t.storage.loadRoom("desa-uji/minutes").updates) Y.applyUpdate(replica, row.data);
    expect(replica.getMap("notes").toJSON()).toEqual({ agenda: "satu", tempat: "Balai RW 02" });
  });

  it("a step 2 carries its sender's whole delete set: the deletions the room had are not stored again", () => {
    const t = setUp();
    const notes = t.device.getMap("notes");
    t.device.transact(() => {
      for (let i = 0; i < 200; i++) notes.set(`k${i}`, i);
    });
    t.device.transact(() => {
      for (let i = 0; i < 200; i++) notes.delete(`k${i}`);
    });
    t.room.receive(t.a.conn, syncFrame(Y.encodeStateAsUpdate(t.device)));
    const before = Y.encodeStateVector(t.room.doc);
    notes.set("baru", "satu lagi");
    // what a reconnecting device sends: its changes since the room's state vector, and every deletion it knows
    const step2 = Y.encodeStateAsUpdate(t.device, before);
    t.room.receive(t.a.conn, syncFrame(step2, 1));

    const stored = lastRow(t).data;
    expect(Y.decodeUpdate(step2).ds.clients.get(41)?.length ?? 0).toBeGreaterThan(0);
    expect(Y.decodeUpdate(stored).ds.clients.size).toBe(0);
    expect(t.room.doc.getMap("notes").get("baru")).toBe("satu lagi");
  });

  it("a repeat of what the room has changes nothing: nothing stored, nothing relayed, the echo still confirms it", () => {
    const t = setUp();
    const update = edit(t.device, (d) => d.getMap("notes").set("agenda", "satu"));
    t.room.receive(t.a.conn, syncFrame(update));
    const rows = t.storage.loadRoom("desa-uji/minutes").updates.length;
    t.b.sent.length = 0;
    t.a.sent.length = 0;
    t.room.receive(t.a.conn, syncFrame(update));

    expect(t.storage.loadRoom("desa-uji/minutes").updates).toHaveLength(rows);
    expect(t.b.sent).toEqual([]);
    expect(t.a.sent).toEqual([syncFrame(update)]);
  });
});
