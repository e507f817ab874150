import { describe, expect, it } from "vitest";
import * as ws from "ws";
import { binaryFrame } from "./wsFrame.ts";

// ws's own framing (what socket.send writes) is the reference: the same bytes for every length class.
// (ws exports Sender; its type definitions do not say so)
const { Sender } = ws as unknown as { Sender: { frame(data: Buffer, options: object): Buffer[] } };
const wsFrame = (payload: Buffer): Buffer => Buffer.concat(Sender.frame(payload, { fin: true, rsv1: false, opcode: 2, mask: false, readOnly: false }));

describe("a server's binary frame, framed once for every recipient", () => {
  it.each([0, 1, 70, 125, 126, 127, 65_535, 65_536, 300_000])("%i payload bytes: the bytes ws would write", (length) => {
    const payload = Buffer.alloc(length, length % 251);
    const ours = binaryFrame(payload);
    const theirs = wsFrame(payload);
    expect(ours.subarray(0, 10)).toEqual(theirs.subarray(0, 10));
    expect(Buffer.compare(ours, theirs)).toBe(0);
  });
});
