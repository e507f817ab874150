import { isUtf8 } from "node:buffer";
import * as decoding from "lib0/decoding";

/**
 * One pass over a Yjs V1 update, before anything is applied: the relay's single decode of
 * what a client sent (issue 17, "decode once"). Every check of the room reads this scan
 * instead of decoding the update again: the quotas (quotas.ts), the dependency check
 * (missingDependencies.ts), whether a read-only client's message holds news
 * (carriesNews.ts), and the ids the audit keeps. Only Yjs's own apply (and, on the board,
 * the guard's apply to its copy) reads the bytes again.
 *
 * The grammar and every failure are Yjs 13.6's own (readClientsStructRefs in
 * yjs/src/utils/encoding.js, readDeleteSet in DeleteSet.js, readItemContent and the content
 * readers, with lib0's readVarString (fatal UTF-8) and readAny): a scan that passes means
 * Yjs decodes the update without throwing, so an apply cannot stop half-way on bytes. It
 * keeps what the checks need (ids, lengths, references) and no content: strings are checked
 * for valid UTF-8 and counted in UTF-16 units without being made, values (lib0's "any") are
 * walked without being built, and no Yjs object is created (no Item per struct, no root
 * type, no subdocument). Values nested deeper than MAX_DEPTH are refused (no Rembuk document
 * nests a tenth of that).
 *
 * Stricter than Yjs, on purpose, for layouts no Yjs encoder writes and that would make Yjs's
 * own work grow with something other than the message (thrown as ScanRefusal, "malformed"):
 * a client's structs in two blocks, an empty block, a delete set naming a client twice, and
 * delete ranges of one client out of order or overlapping (Yjs walks the document's structs
 * once per range, so overlapping ranges cost ranges x document).
 *
 * Cost: linear in the update's bytes.
 */

export const STRUCT_ITEM = 0;
export const STRUCT_GC = 1;
export const STRUCT_SKIP = 2;
/** fields per struct in `UpdateScan.structs` */
export const STRUCT_FIELDS = 10;
/**
 * Offsets in a struct's record: kind, clock, length, then the origin, right origin and
 * parent ids as (client, clock) pairs, -1 when absent (a parent given by a root name, or
 * copied from the origins, is absent), then the struct's encoded bytes.
 */
export const S_KIND = 0;
export const S_CLOCK = 1;
export const S_LENGTH = 2;
export const S_ORIGIN = 3;
export const S_RIGHT = 5;
export const S_PARENT = 7;
export const S_BYTES = 9;

/** Content kinds of Yjs (info & 31). */
const CONTENT_DELETED = 1;
const CONTENT_JSON = 2;
const CONTENT_BINARY = 3;
const CONTENT_STRING = 4;
const CONTENT_EMBED = 5;
const CONTENT_FORMAT = 6;
const CONTENT_TYPE = 7;
const CONTENT_ANY = 8;
const CONTENT_DOC = 9;
const TYPE_REFS = 7; // YArray, YMap, YText, YXmlElement, YXmlFragment, YXmlHook, YXmlText

export interface ScanBlock {
  client: number;
  /** the first struct's clock */
  clock: number;
  /** clock after the last struct */
  end: number;
  /** index of the block's first struct in `structs` (in records, not numbers) */
  first: number;
  /** number of structs */
  count: number;
}

export interface UpdateScan {
  bytes: number;
  /** client blocks in the order the update holds them */
  blocks: ScanBlock[];
  /** flat struct records, STRUCT_FIELDS numbers each (see the S_* offsets) */
  structs: number[];
  /** delete ranges per client as flat [clock, length, clock, length, ...], ascending, not overlapping */
  deletes: Map<number, number[]>;
  /** names of root types the update's items hang from */
  roots: Set<string>;
  /** bytes of the largest single content (a string, a binary, one run of values) */
  largestContent: number;
  /** subdocuments (ContentDoc): every one is a Y.Doc in the relay's memory */
  subdocs: number;
  /** the highest clock any struct or delete range reaches */
  maxClock: number;
}

/** A layout Yjs would read but no Yjs encoder writes; the relay treats it as malformed. */
export class ScanRefusal extends Error {
  constructor(readonly reason: "client-blocks" | "delete-set-order") {
    super(reason);
  }
}

/** Throws on bytes Yjs could not decode (any Error), or a ScanRefusal. */
export function scanUpdate(update: Uint8Array): UpdateScan {
  const d = decoding.createDecoder(update);
  const scan: UpdateScan = { bytes: update.length, blocks: [], structs: [], deletes: new Map(), roots: new Set(), largestContent: 0, subdocs: 0, maxClock: 0 };
  const seen = new Set<number>();
  const blockCount = decoding.readVarUint(d);
  if (blockCount > update.length) throw new RangeError("more blocks than bytes");
  for (let b = 0; b < blockCount; b++) {
    const count = decoding.readVarUint(d);
    const client = decoding.readVarUint(d);
    let clock = decoding.readVarUint(d);
    // every struct takes at least one byte: a count beyond what is left is garbage, not a reason to loop
    if (count > update.length - d.pos) throw new RangeError("more structs than bytes");
    if (count === 0 || seen.has(client)) throw new ScanRefusal("client-blocks");
    seen.add(client);
    const block: ScanBlock = { client, clock, end: clock, first: scan.structs.length / STRUCT_FIELDS, count };
    for (let i = 0; i < count; i++) {
      const structStart = d.pos;
      const info = decoding.readUint8(d);
      const kind = info & 31;
      let length: number;
      if (kind === 0 || kind === 10) {
        length = decoding.readVarUint(d);
        scan.structs.push(kind === 0 ? STRUCT_GC : STRUCT_SKIP, clock, length, -1, -1, -1, -1, -1, -1, d.pos - structStart);
      } else {
        const record = [STRUCT_ITEM, clock, 0, -1, -1, -1, -1, -1, -1, 0];
        if ((info & 128) !== 0) {
          record[S_ORIGIN] = decoding.readVarUint(d);
          record[S_ORIGIN + 1] = decoding.readVarUint(d);
        }
        if ((info & 64) !== 0) {
          record[S_RIGHT] = decoding.readVarUint(d);
          record[S_RIGHT + 1] = decoding.readVarUint(d);
        }
        if ((info & (128 | 64)) === 0) {
          if (decoding.readVarUint(d) === 1) scan.roots.add(decoding.readVarString(d));
          else {
            record[S_PARENT] = decoding.readVarUint(d);
            record[S_PARENT + 1] = decoding.readVarUint(d);
          }
          if ((info & 32) !== 0) skipString(d); // parentSub (a map key)
        }
        const start = d.pos;
        length = readContentLength(d, kind, scan);
        if (d.pos - start > scan.largestContent) scan.largestContent = d.pos - start;
        record[S_LENGTH] = length;
        record[S_BYTES] = d.pos - structStart;
        for (const n of record) scan.structs.push(n);
      }
      clock += length;
    }
    block.end = clock;
    if (clock > scan.maxClock) scan.maxClock = clock;
    scan.blocks.push(block);
  }
  const dsClients = decoding.readVarUint(d);
  if (dsClients > update.length) throw new RangeError("more delete-set clients than bytes");
  for (let i = 0; i < dsClients; i++) {
    const client = decoding.readVarUint(d);
    const n = decoding.readVarUint(d);
    if (n > update.length - d.pos) throw new RangeError("more delete ranges than bytes");
    if (n === 0) continue; // Yjs reads nothing for it either
    if (scan.deletes.has(client)) throw new ScanRefusal("delete-set-order");
    const ranges: number[] = [];
    let previousEnd = 0;
    for (let r = 0; r < n; r++) {
      const clock = decoding.readVarUint(d);
      const len = decoding.readVarUint(d);
      if (clock < previousEnd) throw new ScanRefusal("delete-set-order");
      previousEnd = clock + len;
      if (previousEnd > scan.maxClock) scan.maxClock = previousEnd;
      ranges.push(clock, len);
    }
    scan.deletes.set(client, ranges);
  }
  // Yjs ignores what follows the delete set; so does the scan (the frame's own trailing bytes are checked in messages.ts)
  return scan;
}

/** Reads one item's content as Yjs would (same reads, same throws) and returns its length in clock units. */
function readContentLength(d: decoding.Decoder, kind: number, scan: UpdateScan): number {
  switch (kind) {
    case CONTENT_DELETED:
      return decoding.readVarUint(d);
    case CONTENT_JSON: {
      const len = decoding.readVarUint(d);
      if (len > d.arr.length - d.pos) throw new RangeError("more values than bytes");
      for (let i = 0; i < len; i++) {
        const text = decoding.readVarString(d);
        if (text !== "undefined") JSON.parse(text);
      }
      return len;
    }
    case CONTENT_BINARY:
      decoding.readVarUint8Array(d);
      return 1;
    case CONTENT_STRING:
      return skipString(d);
    case CONTENT_EMBED:
      JSON.parse(decoding.readVarString(d));
      return 1;
    case CONTENT_FORMAT:
      skipString(d);
      JSON.parse(decoding.readVarString(d));
      return 1;
    case CONTENT_TYPE: {
      const ref = decoding.readVarUint(d);
      if (ref >= TYPE_REFS) throw new RangeError("unknown type ref");
      if (ref === 3 || ref === 5) skipString(d); // YXmlElement's node name, YXmlHook's hook name
      return 1;
    }
    case CONTENT_ANY: {
      const len = decoding.readVarUint(d);
      if (len > d.arr.length - d.pos) throw new RangeError("more values than bytes");
      for (let i = 0; i < len; i++) skipAny(d, 0);
      return len;
    }
    case CONTENT_DOC: {
      decoding.readVarString(d);
      const opts: unknown = decoding.readAny(d);
      // Yjs reads opts.shouldLoad: null or undefined throws there
      if (opts === null || opts === undefined) throw new TypeError("subdocument options");
      scan.subdocs++;
      return 1;
    }
    default:
      throw new RangeError(`unknown content ${kind}`);
  }
}

/**
 * lib0's readVarString without making the string: the same bytes read, the same refusal of
 * invalid UTF-8 (lib0's TextDecoder is fatal), and the string's length in UTF-16 code units
 * (what Yjs counts a ContentString's clock length in).
 */
function skipString(d: decoding.Decoder): number {
  const bytes = decoding.readVarUint8Array(d);
  if (!isUtf8(bytes)) throw new TypeError("invalid UTF-8");
  let units = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1; // a lead byte; four-byte sequences are surrogate pairs
  }
  return units;
}

const MAX_DEPTH = 100;

/** lib0's readAny (decoding.js) without building the value: the same bytes read, the same throws. */
function skipAny(d: decoding.Decoder, depth: number): void {
  if (depth > MAX_DEPTH) throw new RangeError("value nested too deep");
  const type = decoding.readUint8(d);
  switch (type) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125:
      decoding.readVarInt(d);
      return;
    case 124:
      decoding.readFloat32(d);
      return;
    case 123:
      decoding.readFloat64(d);
      return;
    case 122:
      decoding.readBigInt64(d);
      return;
    case 119:
      skipString(d);
      return;
    case 118: {
      const len = decoding.readVarUint(d);
      for (let i = 0; i < len; i++) {
        skipString(d);
        skipAny(d, depth + 1);
      }
      return;
    }
    case 117: {
      const len = decoding.readVarUint(d);
      for (let i = 0; i < len; i++) skipAny(d, depth + 1);
      return;
    }
    case 116:
      decoding.readVarUint8Array(d);
      return;
    default:
      throw new RangeError(`unknown value type ${type}`);
  }
}

/**
 * Encoded bytes of the structs that would be new to a document whose state of a client is
 * `stateOf(client)`: what applying the update can add to the document's size (a synced
 * client's step 2 repeats what the relay has and adds nothing).
 */
export function newStructBytes(scan: UpdateScan, stateOf: (client: number) => number): number {
  let bytes = 0;
  for (const block of scan.blocks) {
    const state = stateOf(block.client);
    if (block.end <= state) continue;
    for (let i = 0; i < block.count; i++) {
      const at = (block.first + i) * STRUCT_FIELDS;
      if (scan.structs[at + S_CLOCK]! + scan.structs[at + S_LENGTH]! > state) bytes += scan.structs[at + S_BYTES]!;
    }
  }
  return bytes;
}

/** Items the update inserts, per client: [clock, end) of its blocks, Skip structs left out. */
export function insertedRanges(scan: UpdateScan): Array<[client: number, clock: number, length: number]> {
  const out: Array<[number, number, number]> = [];
  for (const block of scan.blocks) {
    for (let i = 0; i < block.count; i++) {
      const at = (block.first + i) * STRUCT_FIELDS;
      if (scan.structs[at + S_KIND] === STRUCT_SKIP) continue;
      const clock = scan.structs[at + S_CLOCK]!;
      const length = scan.structs[at + S_LENGTH]!;
      const last = out[out.length - 1];
      if (last && last[0] === block.client && last[1] + last[2] === clock) last[2] += length;
      else out.push([block.client, clock, length]);
    }
  }
  return out;
}
