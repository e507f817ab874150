import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeSyncUpdate } from "./messages.ts";

describe("client message decoding", () => {
  const doc = new Y.Doc();
  doc.getMap("m").set("k", "v");
  const update = Y.encodeStateAsUpdate(doc);

  it("decodes sync step 1, update and awareness", () => {
    expect(decodeClientMessage(encodeSyncStep1(doc))?.kind).toBe("sync-step1");
    expect(decodeClientMessage(encodeSyncUpdate(update))).toEqual({ kind: "sync-update", update });
    expect(decodeClientMessage(new Uint8Array([0, 1, 2, 0, 0]))).toEqual({ kind: "sync-step2", update: new Uint8Array([0, 0]) });
    expect(decodeClientMessage(encodeAwareness(new Uint8Array([0])))).toEqual({ kind: "awareness", update: new Uint8Array([0]) });
  });

  it.each([
    ["empty", []],
    ["unknown type", [7, 0]],
    ["query awareness (type 3) is not accepted from clients", [3]],
    ["unknown sync subtype", [0, 3, 0]],
    ["truncated varint", [0x80]],
    ["truncated payload", [0, 2, 5, 1]],
    ["trailing bytes", [0, 2, 1, 9, 9]],
  ])("rejects %s", (_label, bytes) => {
    expect(decodeClientMessage(new Uint8Array(bytes))).toBeNull();
  });

  it("copies payloads out of the frame buffer", () => {
    const frame = encodeSyncUpdate(update);
    const message = decodeClientMessage(frame);
    frame.fill(0);
    expect(message).toEqual({ kind: "sync-update", update });
  });
});
