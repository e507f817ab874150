import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Prng } from "@shared/testing/prng.ts";
import { carriesNews } from "./carriesNews.ts";
import { DeletedRanges } from "./deletedRanges.ts";
import { scanUpdate } from "./updateScan.ts";

/** Every clock the document holds as deleted, by Yjs's own account. */
function deletedClocks(doc: Y.Doc): Set<string> {
  const out = new Set<string>();
  const ds = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, items] of ds.clients) for (const { clock, len } of items) for (let c = clock; c < clock + len; c++) out.add(`${client}:${c}`);
  return out;
}

describe("DeletedRanges follows the document", () => {
  it.each([1, 2, 3])("seed %i: after random edits from several devices (deletions, GC'd content arriving), it covers exactly what Yjs holds as deleted", (seed) => {
    const prng = new Prng(seed);
    const relay = new Y.Doc();
    const index = new DeletedRanges(relay);
    const devices = [11, 12, 13].map((id) => {
      const d = new Y.Doc();
      d.clientID = id;
      return d;
    });
    for (let step = 0; step < 300; step++) {
      const device = devices[prng.int(0, devices.length - 1)]!;
      const text = device.getText("t");
      const list = device.getArray<number>("l");
      if (prng.bool(0.5)) text.insert(prng.int(0, text.length), prng.letters(1, 6));
      else if (text.length > 3) text.delete(prng.int(0, text.length - 3), prng.int(1, 3));
      if (prng.bool(0.3)) list.push([step]);
      if (prng.bool(0.2) && list.length > 0) list.delete(0, 1);
      // devices sync with the relay now and then (their content deleted meanwhile arrives GC'd)
      if (prng.bool(0.3)) {
        Y.applyUpdate(relay, Y.encodeStateAsUpdate(device, Y.encodeStateVector(relay)));
        Y.applyUpdate(device, Y.encodeStateAsUpdate(relay, Y.encodeStateVector(device)));
      }
    }
    const truth = deletedClocks(relay);
    for (const [client] of relay.store.clients) {
      const state = Y.getState(relay.store, client);
      for (let c = 0; c < state; c++) expect(index.covers(client, c, c + 1), `${client}:${c}`).toBe(truth.has(`${client}:${c}`));
    }
    index.destroy();
  });
});

describe("carriesNews: is a read-only client's message news to the relay?", () => {
  function synced() {
    const relay = new Y.Doc();
    const writer = new Y.Doc();
    writer.getText("t").insert(0, "halo dunia, apa kabar");
    for (let i = 0; i < 5; i++) writer.getText("t").delete(i * 2, 1);
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(writer));
    const reader = new Y.Doc();
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(relay));
    return { relay, reader, index: new DeletedRanges(relay) };
  }
  const stepTwo = (from: Y.Doc, to: Y.Doc) => scanUpdate(Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

  it("the step 2 of a synced client, which repeats the whole delete set: no news", () => {
    const { relay, reader, index } = synced();
    const scan = stepTwo(reader, relay);
    expect(scan.deletes.size).toBe(1);
    expect(carriesNews(relay, index, scan)).toBe(false);
  });

  it("a new struct or a new deletion: news", () => {
    const { relay, reader, index } = synced();
    const edited = new Y.Doc();
    Y.applyUpdate(edited, Y.encodeStateAsUpdate(reader));
    edited.getText("t").insert(0, "X");
    expect(carriesNews(relay, index, stepTwo(edited, relay))).toBe(true);
    const deleting = new Y.Doc();
    Y.applyUpdate(deleting, Y.encodeStateAsUpdate(reader));
    deleting.getText("t").delete(0, 1);
    expect(carriesNews(relay, index, stepTwo(deleting, relay))).toBe(true);
  });

  it("a deletion the relay has received meanwhile from a writer is no longer news", () => {
    const { relay, reader, index } = synced();
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(relay));
    writer.getText("t").delete(0, 2);
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(writer, Y.encodeStateVector(relay)));
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(relay));
    expect(carriesNews(relay, index, stepTwo(reader, relay))).toBe(false);
  });
});
