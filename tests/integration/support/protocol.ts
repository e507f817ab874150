import * as decoding from "lib0/decoding";

export {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncUpdate,
} from "../../../relay/src/rooms/messages.ts";

/** Decoded sync messages of type 0, for byte-level assertions. */
export function syncPayloads(messages: Uint8Array[], subtype: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== 0) continue;
    if (decoding.readVarUint(decoder) !== subtype) continue;
    out.push(decoding.readVarUint8Array(decoder).slice());
  }
  return out;
}
