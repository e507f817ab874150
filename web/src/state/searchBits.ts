import type { Household } from "@shared/model/index.ts";

/**
 * Which characters a text holds, as bits: one per letter a-z (exact), five shared by the
 * digits, one shared by everything else. A text can contain a word only if it has all the
 * word's bits, so most rows are ruled out by one AND instead of a substring search.
 */
export function charBits(text: string): number {
  let bits = 0;
  for (let p = 0; p < text.length; p++) bits |= 1 << charBin(text.charCodeAt(p));
  return bits >>> 0;
}

function charBin(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return 26 + ((code - 48) % 5);
  return 31;
}

/**
 * Which pairs of adjacent characters a text holds, hashed into PAIR_WORDS x 30 bits (30, so each
 * word is a small integer to V8): a text can contain "sit" only if it has the bits of "si" and
 * "it". About a third of the bins are set for a family's text, so a two-letter word rules out
 * two rows in three before any substring search, and longer words more.
 */
export const PAIR_WORDS = 4;
const PAIR_BINS = PAIR_WORDS * 30;

function pairBin(a: number, b: number): number {
  return (Math.imul((a << 16) ^ b, 0x9e3779b1) >>> 0) % PAIR_BINS;
}

/** Sets the pair bits of `text` in out[0 .. PAIR_WORDS). */
export function addPairBits(text: string, out: Int32Array): void {
  for (let p = 1; p < text.length; p++) {
    const bin = pairBin(text.charCodeAt(p - 1), text.charCodeAt(p));
    out[(bin / 30) | 0]! |= 1 << bin % 30;
  }
}

/**
 * Query words prepared for a pass: the letter bits (int32) and pair bits a text needs, and
 * the words its bits alone cannot decide.
 */
export interface PreparedTerms {
  need: number;
  needPairs: Int32Array;
  check: string[];
}

export function prepareTerms(terms: readonly string[]): PreparedTerms {
  let need = 0;
  const needPairs = new Int32Array(PAIR_WORDS);
  const check: string[] = [];
  for (const term of terms) {
    need |= charBits(term);
    addPairBits(term, needPairs);
    // one letter a-z has a bit of its own: having the bit is containing the letter
    const code = term.charCodeAt(0);
    if (!(term.length === 1 && code >= 97 && code <= 122)) check.push(term);
  }
  return { need, needPairs, check }; // need is an int32, as `bits[i] & need` is
}

/**
 * The text a query's words are matched against, before lowercasing: names, NIKs, No. KK,
 * dusun and street, separated by NUL so a word never matches across two fields. Built by
 * concatenation (no intermediate arrays): the roster index builds it for 20,000 families.
 */
export function rawSearchText(h: Household): string {
  let raw = `${h.kepala}\u0000${h.noKk}\u0000${h.dusun}\u0000${h.alamat}`;
  for (const m of h.members) raw += `\u0000${m.nama}\u0000${m.nik}`;
  return raw;
}

export interface SearchEntry {
  /** rawSearchText(h) lowercased */
  text: string;
  /** charBits of the text */
  bits: number;
  /** the text's pair bits (addPairBits), as four small integers (no array per family) */
  p0: number;
  p1: number;
  p2: number;
  p3: number;
}

const scratchPairs = new Int32Array(PAIR_WORDS);

const entries = new WeakMap<Household, SearchEntry>();

/**
 * A household's search text and its bits, cached per record (records are immutable; one cache
 * for the roster index and the map's filter): an index rebuilt after one family changed on
 * another phone looks the other 19,999 up instead of building their texts again.
 */
export function searchEntry(h: Household): SearchEntry {
  let entry = entries.get(h);
  if (entry === undefined) {
    const text = rawSearchText(h).toLowerCase();
    scratchPairs.fill(0);
    addPairBits(text, scratchPairs);
    const [p0, p1, p2, p3] = scratchPairs as unknown as [number, number, number, number];
    entry = { text, bits: charBits(text), p0, p1, p2, p3 };
    entries.set(h, entry);
  }
  return entry;
}
