import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { WebsocketProvider, messageSync } from "y-websocket";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { PendingTracker } from "./pendingTracker.ts";
import { watchSyncMessages } from "./syncMessages.ts";

/** Never constructed: the provider below is not told to connect. */
class NeverDialled {}

/** A provider that never dials (connect: false): its message handlers are called as the socket would. */
function setUp() {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider("ws://127.0.0.1:9", "room", doc, { connect: false, disableBc: true, WebSocketPolyfill: NeverDialled as unknown as typeof WebSocket });
  const tracker = new PendingTracker();
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== provider) tracker.localUpdate(update);
  });
  watchSyncMessages(provider, tracker);
  /** Delivers a sync update message from the relay; returns the transactions it caused on the doc. */
  const receive = (update: Uint8Array): number => {
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, messageSync);
    syncProtocol.writeUpdate(message, update);
    const decoder = decoding.createDecoder(encoding.toUint8Array(message));
    decoding.readVarUint(decoder);
    let transactions = 0;
    const count = () => void (transactions += 1);
    doc.on("beforeTransaction", count);
    provider.messageHandlers[messageSync]!(encoding.createEncoder(), decoder, provider, true, messageSync);
    doc.off("beforeTransaction", count);
    return transactions;
  };
  return { doc, provider, tracker, receive };
}

describe("the relay's sync messages", () => {
  it("the echo of a change this copy made confirms it and is not applied again; another device's change is applied", () => {
    const { doc, provider, tracker, receive } = setUp();
    const sent: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => sent.push(u));
    doc.getMap("r").set("h1", ["Yohanes"]);
    expect(tracker.snapshot().count).toBe(1);
    // the echo: byte for byte what was sent
    expect(receive(sent[0]!)).toBe(0);
    expect(tracker.snapshot().count).toBe(0);

    const other = new Y.Doc();
    other.getMap("r").set("h2", ["Maria"]);
    expect(receive(Y.encodeStateAsUpdate(other))).toBe(1);
    expect(doc.getMap("r").get("h2")).toEqual(["Maria"]);
    // an echo that arrives once the change is confirmed otherwise is applied as any update (a no-op)
    expect(receive(sent[0]!)).toBe(1);
    provider.destroy();
  });
});
