import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type * as YModule from "yjs";
import { addComment, addMeeting } from "@shared/crdt/index.ts";
import { connect, loadTestRoom, syncFrame, testToken } from "./testSupport.ts";

// Counts what Yjs is asked to decode while the room handles one update. Before issue 17 an
// update was decoded about four times on its way: the dependency check (Y.decodeUpdate), the
// board guard's apply to its copy, the room's apply, and the copy following that apply.
const calls = vi.hoisted(() => ({ decodeUpdate: 0, applyUpdate: 0, parseUpdateMeta: 0, mergeUpdates: 0 }));
vi.mock("yjs", async (importOriginal) => {
  const real = await importOriginal<typeof YModule>();
  return {
    ...real,
    decodeUpdate: (...args: Parameters<typeof real.decodeUpdate>) => (calls.decodeUpdate++, real.decodeUpdate(...args)),
    applyUpdate: (...args: Parameters<typeof real.applyUpdate>) => (calls.applyUpdate++, real.applyUpdate(...args)),
    parseUpdateMeta: (...args: Parameters<typeof real.parseUpdateMeta>) => (calls.parseUpdateMeta++, real.parseUpdateMeta(...args)),
    mergeUpdates: (...args: Parameters<typeof real.mergeUpdates>) => (calls.mergeUpdates++, real.mergeUpdates(...args)),
  };
});

const NOW = new Date("2026-01-01T00:00:00Z");

function reset(): void {
  calls.decodeUpdate = calls.applyUpdate = calls.parseUpdateMeta = calls.mergeUpdates = 0;
}

/** A device's edit against the room's state, as its provider sends it. */
function deviceEdit(roomDoc: Y.Doc, write: (doc: Y.Doc) => void): Uint8Array {
  const device = new Y.Doc();
  Y.applyUpdate(device, Y.encodeStateAsUpdate(roomDoc));
  const before = Y.encodeStateVector(device);
  write(device);
  return Y.encodeStateAsUpdate(device, before);
}

describe("an update is decoded once on its way through the room", () => {
  it("minutes: scanned once by the relay, applied once by Yjs, never decoded again", () => {
    const { room } = loadTestRoom("desa-uji/minutes");
    const kader = connect(room, testToken("kader", "kader-jti"));
    const update = deviceEdit(room.doc, (d) => addMeeting(d, "rapat-1", { title: "Rembuk", date: "2026-11-22", place: "Balai" }, NOW));
    reset();
    room.receive(kader.conn, syncFrame(update));
    expect(kader.closed).toEqual([]);
    expect(calls).toEqual({ decodeUpdate: 0, applyUpdate: 1, parseUpdateMeta: 0, mergeUpdates: 0 });
  });

  it("board: applied to the guard's copy to judge it and to the room's document, and the copy does not apply it a second time", () => {
    const { room } = loadTestRoom("desa-uji/board");
    const kader = connect(room, testToken("kader", "kader-jti"));
    // the first update builds the guard's copy of the board; the second is the steady state
    room.receive(kader.conn, syncFrame(deviceEdit(room.doc, (d) => addComment(d, "k-1", "i-1", "pertama", "Pak Dedi", NOW))));
    const update = deviceEdit(room.doc, (d) => addComment(d, "k-2", "i-1", "kedua", "Pak Dedi", NOW));
    reset();
    room.receive(kader.conn, syncFrame(update));
    expect(kader.closed).toEqual([]);
    expect(calls).toEqual({ decodeUpdate: 0, applyUpdate: 2, parseUpdateMeta: 0, mergeUpdates: 0 });
  });
});
