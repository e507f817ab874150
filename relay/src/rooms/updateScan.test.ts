import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Prng } from "@shared/testing/prng.ts";
import { insertedRanges, newStructBytes, S_BYTES, S_CLOCK, S_KIND, S_LENGTH, S_ORIGIN, S_PARENT, S_RIGHT, ScanRefusal, scanUpdate, STRUCT_FIELDS, STRUCT_GC, STRUCT_ITEM, STRUCT_SKIP } from "./updateScan.ts";
import { writeBlocks } from "./testSupport.ts";

/** Random edits on a few docs of different clients that sync now and then: maps, text, arrays, deletions, nested types. */
function randomUpdates(seed: number, count: number): Uint8Array[] {
  const prng = new Prng(seed);
  const docs = [1, 2, 3].map((id) => {
    const doc = new Y.Doc();
    doc.clientID = id * 1000 + seed;
    return doc;
  });
  const out: Uint8Array[] = [];
  for (const doc of docs) doc.on("update", (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) {
    const doc = docs[prng.int(0, 2)]!;
    const text = doc.getText("notes");
    const map = doc.getMap("records");
    const array = doc.getArray("list");
    switch (prng.int(0, 6)) {
      case 0:
        text.insert(prng.int(0, text.length), prng.words(1, 4));
        break;
      case 1:
        if (text.length > 2) text.delete(prng.int(0, text.length - 2), prng.int(1, 2));
        break;
      case 2:
        map.set(`k${prng.int(0, 20)}`, { n: prng.int(0, 1000), s: prng.letters(0, 30), ok: prng.bool(), nested: [1, null, "x"] });
        break;
      case 3: {
        const inner = new Y.Map<unknown>();
        map.set(`m${prng.int(0, 5)}`, inner);
        inner.set("a", prng.letters(1, 10));
        break;
      }
      case 4:
        array.insert(prng.int(0, array.length), [prng.int(0, 9), prng.letters(1, 5), new Uint8Array([1, 2, 3])]);
        break;
      case 5:
        if (array.length > 0) array.delete(prng.int(0, array.length - 1), 1);
        break;
      default: {
        const [a, b] = [docs[prng.int(0, 2)]!, docs[prng.int(0, 2)]!];
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
      }
    }
  }
  out.push(...docs.map((d) => Y.encodeStateAsUpdate(d)));
  return out;
}

/** What Yjs's own decoder says, in the scan's terms. */
function viaYjs(update: Uint8Array) {
  const { structs, ds } = Y.decodeUpdate(update);
  const records: number[] = [];
  const id = (x: Y.ID | null | undefined) => (x ? [x.client, x.clock] : [-1, -1]);
  for (const s of structs as Array<Y.Item | Y.GC | Y.Skip>) {
    const kind = s instanceof Y.Item ? STRUCT_ITEM : s instanceof Y.GC ? STRUCT_GC : STRUCT_SKIP;
    const item = s instanceof Y.Item ? s : null;
    records.push(kind, s.id.clock, s.length, ...id(item?.origin), ...id(item?.rightOrigin), ...id(item && item.parent instanceof Y.ID ? item.parent : null));
  }
  const deletes = new Map<number, number[]>();
  for (const [client, items] of ds.clients) deletes.set(client, items.flatMap((d) => [d.clock, d.len]));
  return { records, deletes };
}

describe("scanUpdate reads what Yjs reads", () => {
  it.each([1, 2, 3, 4])("random edits, seed %i: the same structs, ids, lengths, references and delete ranges as Y.decodeUpdate", (seed) => {
    for (const update of randomUpdates(seed, 150)) {
      const scan = scanUpdate(update);
      const yjs = viaYjs(update);
      // the same records, but for the encoded size the scan adds to each
      expect(scan.structs.filter((_, i) => i % STRUCT_FIELDS !== S_BYTES)).toEqual(yjs.records);
      expect(scan.structs.filter((_, i) => i % STRUCT_FIELDS === S_BYTES).reduce((a, b) => a + b, 0)).toBeLessThan(update.length);
      expect(scan.deletes).toEqual(yjs.deletes);
      expect(scan.bytes).toBe(update.length);
    }
  });

  it("names the root types and measures the largest content", () => {
    const doc = new Y.Doc();
    doc.getMap("claims").set("a", "x".repeat(5000));
    doc.getText("notes").insert(0, "hai");
    const scan = scanUpdate(Y.encodeStateAsUpdate(doc));
    expect([...scan.roots].sort()).toEqual(["claims", "notes"]);
    expect(scan.largestContent).toBeGreaterThan(5000);
    expect(scan.largestContent).toBeLessThan(5100);
    expect(scan.subdocs).toBe(0);
  });

  it("counts the bytes that would be new to a document", () => {
    const relay = new Y.Doc();
    relay.getText("t").insert(0, "a".repeat(1000));
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(relay));
    device.getText("t").insert(0, "b".repeat(500));
    const scan = scanUpdate(Y.encodeStateAsUpdate(device));
    const stateOf = (client: number) => Y.getState(relay.store, client);
    expect(newStructBytes(scan, stateOf)).toBeGreaterThan(500);
    expect(newStructBytes(scan, stateOf)).toBeLessThan(600);
    expect(newStructBytes(scanUpdate(Y.encodeStateAsUpdate(relay)), stateOf)).toBe(0);
  });

  it("counts subdocuments", () => {
    const doc = new Y.Doc();
    doc.getMap("m").set("sub", new Y.Doc());
    expect(scanUpdate(Y.encodeStateAsUpdate(doc)).subdocs).toBe(1);
  });

  it("gives the inserted ranges per client, merged, without Skip structs", () => {
    const doc = new Y.Doc();
    doc.clientID = 42;
    doc.getText("t").insert(0, "abc");
    doc.getMap("m").set("k", 1);
    expect(insertedRanges(scanUpdate(Y.encodeStateAsUpdate(doc)))).toEqual([[42, 0, 4]]);
    const gap = writeBlocks([{ client: 7, clock: 0, structs: [new Y.GC(Y.createID(7, 0), 2), new Y.Skip(Y.createID(7, 2), 3), new Y.GC(Y.createID(7, 5), 1)] }]);
    expect(insertedRanges(scanUpdate(gap))).toEqual([[7, 0, 2], [7, 5, 1]]);
    const scan = scanUpdate(gap);
    expect([0, 1, 2].map((i) => scan.structs[i * STRUCT_FIELDS + S_KIND])).toEqual([STRUCT_GC, STRUCT_SKIP, STRUCT_GC]);
    expect(scan.maxClock).toBe(6);
  });

  it("keeps the field offsets the checks read", () => {
    const doc = new Y.Doc();
    doc.clientID = 5;
    doc.getText("t").insert(0, "ab");
    const other = new Y.Doc();
    other.clientID = 6;
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const out: Uint8Array[] = [];
    other.on("update", (u: Uint8Array) => out.push(u));
    other.getText("t").insert(1, "X");
    const s = scanUpdate(out[0]!).structs;
    expect([s[S_KIND], s[S_CLOCK], s[S_LENGTH], s[S_ORIGIN], s[S_ORIGIN + 1], s[S_RIGHT], s[S_RIGHT + 1], s[S_PARENT]]).toEqual([STRUCT_ITEM, 0, 1, 5, 0, 5, 1, -1]);
  });
});

describe("scanUpdate throws where Yjs throws", () => {
  it.each([11, 12, 13])("seeded corruptions of real updates, seed %i: the scan fails exactly when Y.decodeUpdate fails", (seed) => {
    const prng = new Prng(seed);
    const updates = randomUpdates(seed, 60).filter((u) => u.length > 4);
    let failures = 0;
    for (let i = 0; i < 600; i++) {
      const update = updates[prng.int(0, updates.length - 1)]!.slice();
      const at = prng.int(0, update.length - 1);
      if (prng.bool()) update[at] = prng.int(0, 255);
      const bytes = prng.bool(0.2) ? update.subarray(0, prng.int(0, update.length - 1)) : update;
      let yjsThrew = false;
      try {
        Y.decodeUpdate(bytes);
      } catch {
        yjsThrew = true;
      }
      let scanThrew = false;
      try {
        scanUpdate(bytes);
      } catch (error) {
        // the scan's own refusals are layouts Yjs reads but no encoder writes
        scanThrew = !(error instanceof ScanRefusal);
        if (error instanceof ScanRefusal) continue;
      }
      if (yjsThrew) failures++;
      expect(scanThrew, `corruption ${i}`).toBe(yjsThrew);
    }
    expect(failures).toBeGreaterThan(50);
  });
});

describe("scanUpdate refuses layouts no Yjs encoder writes", () => {
  const item = (client: number, clock: number) => new Y.Item(Y.createID(client, clock), null, null, null, null, "t" as never, null, new Y.ContentString("a"));
  it("a client in two blocks, or an empty block", () => {
    expect(() => scanUpdate(writeBlocks([{ client: 5, clock: 0, structs: [item(5, 0)] }, { client: 5, clock: 1, structs: [item(5, 1)] }]))).toThrow(ScanRefusal);
    expect(() => scanUpdate(writeBlocks([{ client: 5, clock: 0, structs: [] }]))).toThrow(ScanRefusal);
  });

  it("delete ranges out of order or overlapping (Yjs would walk the document once per range)", () => {
    expect(() => scanUpdate(writeBlocks([], [[9, 10, 5], [9, 0, 5]]))).toThrow(ScanRefusal);
    expect(() => scanUpdate(writeBlocks([], [[9, 0, 10], [9, 5, 5]]))).toThrow(ScanRefusal);
    expect(scanUpdate(writeBlocks([], [[9, 0, 5], [9, 5, 5], [8, 0, 1]])).deletes).toEqual(new Map([[9, [0, 5, 5, 5]], [8, [0, 1]]]));
  });
});
