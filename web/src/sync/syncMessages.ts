import type { WebsocketProvider } from "y-websocket";
import { messageSync } from "y-websocket";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { PendingTracker } from "./pendingTracker.ts";

const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/**
 * Wraps the provider's sync handler to show the tracker what the relay echoes and what we answer, and
 * to skip applying the relay's echo of a change this copy made (relay/PROTOCOL.md, "Echo"): the copy
 * holds every byte of it already, and applying it again is a no-op that still decodes all of it. For a
 * large change (an import's batch written in one transaction, 4.6 MiB for 20,800 families) that was a
 * main-thread task of most of a second on a slow phone, arriving while the person was already at the
 * next step.
 */
export function watchSyncMessages(provider: WebsocketProvider, tracker: PendingTracker): void {
  const original = provider.messageHandlers[messageSync]!;
  provider.messageHandlers[messageSync] = (encoder, decoder, prov, emitSynced, messageType) => {
    // emitSynced is false for messages from other tabs (BroadcastChannel): those are not the relay.
    const peek = decoding.clone(decoder);
    const subtype = decoding.readVarUint(peek);
    if (emitSynced && (subtype === SYNC_STEP2 || subtype === SYNC_UPDATE)) {
      const echo = tracker.remoteUpdate(decoding.readVarUint8Array(peek));
      if (echo && subtype === SYNC_UPDATE) return;
    }
    const before = encoding.length(encoder);
    original(encoder, decoder, prov, emitSynced, messageType);
    if (emitSynced && subtype === SYNC_STEP1 && encoding.length(encoder) > before) {
      const reply = decoding.createDecoder(encoding.toUint8Array(encoder));
      decoding.readVarUint(reply); // message type (sync)
      if (decoding.readVarUint(reply) === SYNC_STEP2) tracker.sentStep2(decoding.readVarUint8Array(reply));
    }
  };
}
