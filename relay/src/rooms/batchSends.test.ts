import { describe, expect, it } from "vitest";
import type { OutEvent } from "./engineProtocol.ts";
import { socketsWithSeveralFrames } from "./batchSends.ts";

const send = (...to: number[]): OutEvent => ({ t: "send", to, frame: new Uint8Array([0, 2, 0]) });

describe("which sockets of a batch are corked: those two frames or more go to", () => {
  it.each<[string, OutEvent[], number[] | null]>([
    ["one update: the relay to the others and the echo, one send", [send(1, 2, 3)], null],
    ["updates of three rooms, each socket one frame (fan-out)", [send(1, 2), send(3, 4), send(5, 6)], null],
    ["a busy room: two updates, every socket gets both", [send(2, 3, 1), send(1, 3, 2)], [1, 2, 3]],
    ["an echo and a relay to the same socket in different events", [send(1), send(2, 1)], [1]],
    ["other events do not count", [{ t: "log", level: "info", event: "x", fields: {} }, send(7), { t: "close", conn: 7, code: 4000, reason: "" }], null],
    ["a socket named three times counts once", [send(4), send(4), send(4), send(5)], [4]],
  ])("%s", (_what, events, expected) => {
    const several = socketsWithSeveralFrames(events);
    expect(several === null ? null : [...several].sort((a, b) => a - b)).toEqual(expected);
  });
});
