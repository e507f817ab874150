/**
 * Blocking: which pairs are compared at all. Never all pairs (20,800 x 16,999 would
 * be 350 million); instead the union of pairs that share at least one key:
 *
 * - a NIK (of any person on either side), the same or one digit off / two neighbours
 *   swapped: the number without one of its four 4-digit chunks, or without the two
 *   digits around a chunk border (a wrong digit or a swap leaves one of these whole);
 * - the No. KK, likewise;
 * - street and house number in the same RW;
 * - two name tokens in the same RW (any two: survives a dropped middle name, another
 *   word order, a typo in a third token);
 * - (a unit without RW: street and number, or two name tokens, in any RW; a unit with
 *   an RW also finds the units without one);
 * - one name token in the same RT and RW, when one side's name is one token (first
 *   name only, a mononym).
 *
 * Tokens often left out (Muhammad, Siti, birth-order names) do not form keys. Keys
 * are numbers (category * 2^48 + payload), the index an open-addressing table over
 * typed arrays: no strings, few objects, at 20,000 families.
 */
import type { Unit } from "./prepare.ts";
import type { TokenTable } from "./tokens.ts";

export interface CandidatePairs {
  /** index into the a units (social rows or the other family list) */
  a: Int32Array;
  /** index into the b units (families) */
  b: Int32Array;
  count: number;
}

const CATEGORY = 2 ** 48;
const NIK_CHUNK = 1; // 1..4: NIK without chunk 0..3
const NIK_BORDER = 5; // 5..7: NIK without the digits around border 4, 8, 12
const KK_CHUNK = 8; // 8..11
const KK_BORDER = 12; // 12..14
const NAME_PAIR = 15;
const TOKEN_IN_RT = 16;
const MONONYM_IN_RT = 17;
const ADDRESS = 18;
/** name pairs and addresses whatever the RW: looked up by a unit whose RW is unknown */
const NAME_PAIR_ANY_RW = 19;
const ADDRESS_ANY_RW = 20;
const UNKNOWN = 1023;

/** Adds the near-number keys of a 16-digit NIK or No. KK. */
function addIdKeys(digits: string, chunkCategory: number, borderCategory: number, out: number[]): void {
  const d = new Array<number>(16);
  for (let i = 0; i < 16; i++) d[i] = digits.charCodeAt(i) - 48;
  for (let chunk = 0; chunk < 4; chunk++) {
    let v = 0;
    for (let i = 0; i < 16; i++) if (i < chunk * 4 || i >= chunk * 4 + 4) v = v * 10 + (d[i] ?? 0);
    out.push((chunkCategory + chunk) * CATEGORY + v);
  }
  for (let k = 0; k < 3; k++) {
    const border = 4 + k * 4;
    let v = 0;
    for (let i = 0; i < 16; i++) if (i !== border - 1 && i !== border) v = v * 10 + (d[i] ?? 0);
    out.push((borderCategory + k) * CATEGORY + v);
  }
}

const small = (v: number | null) => (v === null || v < 0 || v >= UNKNOWN ? UNKNOWN : v);

/** The keys a unit is found under (b side, index) or looks up (a side, query). */
function keysOf(unit: Unit, table: TokenTable, addressId: (address: string) => number, side: "index" | "query", out: number[]): void {
  out.length = 0;
  const rw = small(unit.rw);
  const rt = small(unit.rt);
  // a unit without RW looks among every RW; one with an RW also among the units without
  const pairRws = side === "index" ? [rw] : rw === UNKNOWN ? [] : [rw, UNKNOWN];
  const anyRw = side === "index" || rw === UNKNOWN;
  for (const person of unit.people) {
    if (person.nik !== "") addIdKeys(person.nik, NIK_CHUNK, NIK_BORDER, out);
    const core = coreTokens(person.name.ids, table);
    for (let x = 0; x < core.length; x++) {
      for (let y = x + 1; y < core.length; y++) {
        const pair = (core[x] ?? 0) * 2 ** 19 + (core[y] ?? 0);
        for (const r of pairRws) out.push(NAME_PAIR * CATEGORY + r * 2 ** 38 + pair);
        if (anyRw) out.push(NAME_PAIR_ANY_RW * CATEGORY + pair);
      }
    }
    const rtrw = (rw * 1024 + rt) * 2 ** 19;
    if (side === "index") {
      for (const t of core) out.push(TOKEN_IN_RT * CATEGORY + rtrw + t);
      if (core.length === 1) out.push(MONONYM_IN_RT * CATEGORY + rtrw + (core[0] ?? 0));
    } else {
      // one token: look among every name of the RT; more tokens: among the RT's one-token names
      for (const t of core) out.push((core.length === 1 ? TOKEN_IN_RT : MONONYM_IN_RT) * CATEGORY + rtrw + t);
    }
  }
  if (unit.kk !== "") addIdKeys(unit.kk, KK_CHUNK, KK_BORDER, out);
  if (unit.street !== "" && unit.number !== "") {
    const address = addressId(`${unit.street}|${unit.number}`);
    for (const r of pairRws) out.push(ADDRESS * CATEGORY + r * 2 ** 38 + address);
    if (anyRw) out.push(ADDRESS_ANY_RW * CATEGORY + address);
  }
}

function coreTokens(ids: number[], table: TokenTable): number[] {
  const core: number[] = [];
  for (const id of ids) if (!table.optional[id] && id < 2 ** 19 && !core.includes(id)) core.push(id);
  if (core.length === 0) for (const id of ids) if (id < 2 ** 19 && !core.includes(id)) core.push(id);
  return core.sort((x, y) => x - y);
}

/** Growable Int32Array. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/**
 * key -> units, for numeric keys below 2^53: open addressing over typed arrays, each
 * key's units chained through `next` (no Map of 700,000 entries, little garbage).
 */
class KeyIndex {
  private readonly keys: Float64Array;
  private readonly heads: Int32Array;
  private readonly mask: number;
  readonly next: Int32Array;
  readonly unit: Int32Array;
  private entries = 0;

  constructor(maxEntries: number) {
    let size = 1024;
    while (size < maxEntries * 2) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.heads = new Int32Array(size);
    this.mask = size - 1;
    this.next = new Int32Array(Math.max(1, maxEntries));
    this.unit = new Int32Array(Math.max(1, maxEntries));
  }

  private slot(key: number): number {
    // murmur3's finaliser over the two 32-bit halves: every bit of the key moves the slot
    const lo = key % 4294967296;
    let h = (lo ^ Math.imul((key - lo) / 4294967296, 0x9e3779b1)) | 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const k = this.keys[i] ?? -1;
      if (k === key || k === -1) return i;
      i = (i + 1) & this.mask;
    }
  }

  add(key: number, unit: number): void {
    const i = this.slot(key);
    if (this.keys[i] === key) {
      const first = this.heads[i] ?? -1;
      if (this.unit[first] === unit) return;
      this.next[this.entries] = first;
    } else {
      this.keys[i] = key;
      this.next[this.entries] = -1;
    }
    this.unit[this.entries] = unit;
    this.heads[i] = this.entries++;
  }

  /** The first entry of the key, -1 when none; follow `next` for the others. */
  first(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? (this.heads[i] ?? -1) : -1;
  }
}

export function candidatePairs(
  aUnits: readonly Unit[],
  bUnits: readonly Unit[],
  table: TokenTable,
  onStep?: (done: number, total: number) => void,
): CandidatePairs {
  onStep?.(0, aUnits.length);
  const addresses = new Map<string, number>();
  const addressId = (address: string) => {
    let id = addresses.get(address);
    if (id === undefined) addresses.set(address, (id = addresses.size));
    return id;
  };

  // the b units' keys, then the index over them
  const keys: number[] = [];
  const bKeys: number[] = [];
  const bUnitOf = new IntList(bUnits.length * 32);
  for (const unit of bUnits) {
    keysOf(unit, table, addressId, "index", keys);
    for (const key of keys) {
      bKeys.push(key);
      bUnitOf.push(unit.index);
    }
  }
  const index = new KeyIndex(bKeys.length);
  for (let e = 0; e < bKeys.length; e++) index.add(bKeys[e] ?? 0, bUnitOf.data[e] ?? 0);
  bKeys.length = 0;

  const a = new IntList(aUnits.length * 8);
  const b = new IntList(aUnits.length * 8);
  const seen = new Int32Array(bUnits.length).fill(-1);
  for (let i = 0; i < aUnits.length; i++) {
    const unit = aUnits[i];
    if (!unit) continue;
    keysOf(unit, table, addressId, "query", keys);
    for (const key of keys) {
      for (let e = index.first(key); e >= 0; e = index.next[e] ?? -1) {
        const j = index.unit[e] ?? 0;
        if (seen[j] === i) continue;
        seen[j] = i;
        a.push(i);
        b.push(j);
      }
    }
    if (onStep && (i % 1000 === 999 || i === aUnits.length - 1)) onStep(i + 1, aUnits.length);
  }
  return { a: a.data.subarray(0, a.length), b: b.data.subarray(0, b.length), count: a.length };
}
