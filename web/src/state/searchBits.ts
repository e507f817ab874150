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
 * Which pairs of adjacent letters a-z a text holds, one bit per pair (676 pairs in PAIR_WORDS x
 * 30 bits; 30, so each word is a small integer to V8). Exact: a text contains "si" exactly when
 * it has that bit, so a two-letter word is decided without a substring search, and a text can
 * contain "sita" only if it has the bits of "si", "it" and "ta". Pairs with anything but a
 * letter have no bit (the digits of NIKs hold nearly every pair anyway).
 */
export const PAIR_WORDS = 23;

const isLetter = (code: number) => code >= 97 && code <= 122;

// each pair's word and bit, looked up rather than divided: the index sets them for 20,000 texts
const PAIR_WORD = new Uint8Array(26 * 26).map((_, bin) => (bin / 30) | 0);
const PAIR_BIT = new Int32Array(26 * 26).map((_, bin) => 1 << bin % 30);

/** Sets the letter-pair bits of `text` in out[at .. at + PAIR_WORDS). */
export function addPairBits(text: string, out: Int32Array, at = 0): void {
  let previous = text.charCodeAt(0) - 97;
  for (let p = 1; p < text.length; p++) {
    const letter = text.charCodeAt(p) - 97;
    // unsigned compare: 0..25 only (a-z)
    if (previous >>> 0 < 26 && letter >>> 0 < 26) {
      const bin = previous * 26 + letter;
      out[at + PAIR_WORD[bin]!]! |= PAIR_BIT[bin]!;
    }
    previous = letter;
  }
}

/**
 * Query words prepared for a pass: the letter bits (int32) and pair bits a text needs, and
 * the words its bits alone cannot decide. `pairWords` / `pairMasks`: the pair-bit words that
 * need any bit, and what they need (a short word needs one or two of the PAIR_WORDS).
 */
export interface PreparedTerms {
  need: number;
  pairWords: Int32Array;
  pairMasks: Int32Array;
  check: string[];
}

export function prepareTerms(terms: readonly string[]): PreparedTerms {
  let need = 0;
  const needPairs = new Int32Array(PAIR_WORDS);
  const check: string[] = [];
  for (const term of terms) {
    need |= charBits(term);
    addPairBits(term, needPairs);
    // one letter a-z, or two, has a bit of its own: having the bit is containing the word
    const decided = (term.length === 1 && isLetter(term.charCodeAt(0))) || (term.length === 2 && isLetter(term.charCodeAt(0)) && isLetter(term.charCodeAt(1)));
    if (!decided) check.push(term);
  }
  const pairWords = Int32Array.from(needPairs.keys()).filter((w) => needPairs[w] !== 0);
  const pairMasks = pairWords.map((w) => needPairs[w]!);
  return { need, pairWords, pairMasks, check }; // need is an int32, as `bits[i] & need` is
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
}

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
    entry = { text, bits: charBits(text) };
    entries.set(h, entry);
  }
  return entry;
}
