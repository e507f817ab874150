/**
 * lib0/decoding with a faster string read, for the app's build only: vite.config.ts aliases the
 * specifier "lib0/decoding" (what yjs, y-protocols and y-indexeddb import) to this module, which
 * takes everything else from the real module under its other name, "lib0/decoding.js".
 *
 * Why: Yjs reads every map key and every string inside a record through lib0's readVarString,
 * and lib0 calls TextDecoder once per string. In Chromium each call costs far more than the few
 * bytes it decodes: applying a stored 20,000-family roster (8.3 MiB) took 1,764 ms (median of 12,
 * 4x CPU throttling) and 1,096 ms with short ASCII strings made from their bytes, as here. That
 * update is what a cold start applies from IndexedDB before the table shows.
 *
 * The result is the same string: only strings of at most 32 bytes, all below 0x80, are made here
 * (ASCII bytes are their own UTF-16 code units); any other string is read by lib0 itself, from
 * the same position (fastDecoding.test.ts compares the two over a table of values).
 * readAny is repeated because lib0's own readAny reads strings through its module-local
 * readVarString, which an alias cannot reach; it is lib0 0.2's readAny otherwise (MIT, Kevin Jahns).
 */
import {
  readAny as lib0ReadAny, readBigInt64, readFloat32, readFloat64, readUint8, readVarInt, readVarString as lib0ReadVarString, readVarUint, readVarUint8Array,
  type Decoder,
} from "lib0/decoding.js";

export * from "lib0/decoding.js";

const SHORT = 32;
const fromCodes = String.fromCharCode;

export function readVarString(decoder: Decoder): string {
  const at = decoder.pos;
  const length = readVarUint(decoder);
  const start = decoder.pos;
  const end = start + length;
  const bytes = decoder.arr;
  if (length <= SHORT && end <= bytes.length) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (bytes[i]! > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      decoder.pos = end;
      // apply takes the typed array as an array-like of code units; spread would run its iterator
      // eslint-disable-next-line prefer-spread
      return fromCodes.apply(null, bytes.subarray(start, end) as unknown as number[]);
    }
  }
  decoder.pos = at;
  return lib0ReadVarString(decoder);
}

const readAnyLookupTable: Array<(decoder: Decoder) => unknown> = [
  () => undefined, // 127: undefined
  () => null, // 126: null
  readVarInt, // 125: integer
  readFloat32, // 124: float32
  readFloat64, // 123: float64
  readBigInt64, // 122: bigint
  () => false, // 121: false
  () => true, // 120: true
  readVarString, // 119: string
  (decoder) => {
    // 118: object
    const length = readVarUint(decoder);
    const object: Record<string, unknown> = {};
    for (let i = 0; i < length; i++) {
      const key = readVarString(decoder);
      object[key] = readAny(decoder);
    }
    return object;
  },
  (decoder) => {
    // 117: array
    const length = readVarUint(decoder);
    const array: unknown[] = [];
    for (let i = 0; i < length; i++) array.push(readAny(decoder));
    return array;
  },
  readVarUint8Array, // 116: Uint8Array
];

// lib0 types readAny as returning any; so does this one, to stay a drop-in replacement
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readAny(decoder: Decoder): any {
  const at = decoder.pos;
  const read = readAnyLookupTable[127 - readUint8(decoder)];
  if (read) return read(decoder);
  // a type this copy does not know (a newer lib0 within ^0.2, or a broken frame): lib0 decides
  decoder.pos = at;
  return lib0ReadAny(decoder);
}
