import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * The y-websocket wire format (one message per binary frame):
 * varUint messageType, then for sync (0) a varUint subtype and a varUint8Array,
 * for awareness (1) a varUint8Array. Anything else is malformed.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: "sync-step1"; stateVector: Uint8Array }
  | { kind: "sync-step2"; update: Uint8Array }
  | { kind: "sync-update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array };

/** Decodes one frame; null when it is not exactly one well-formed message. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage | null {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    if (type === MESSAGE_SYNC) {
      const subtype = decoding.readVarUint(decoder);
      // Copy: the payload is stored and echoed, it must not alias the socket's buffer.
      const payload = decoding.readVarUint8Array(decoder).slice();
      if (subtype === SYNC_STEP1) message = { kind: "sync-step1", stateVector: payload };
      else if (subtype === SYNC_STEP2) message = { kind: "sync-step2", update: payload };
      else if (subtype === SYNC_UPDATE) message = { kind: "sync-update", update: payload };
      else return null;
    } else if (type === MESSAGE_AWARENESS) {
      message = { kind: "awareness", update: decoding.readVarUint8Array(decoder).slice() };
    } else {
      return null;
    }
    // Trailing bytes mean the sender does not speak this protocol.
    return decoding.hasContent(decoder) ? null : message;
  } catch {
    return null;
  }
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
