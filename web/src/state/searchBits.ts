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

/** Query words prepared for a pass: the bits a text needs (int32), and the words its bits alone cannot decide. */
export interface PreparedTerms {
  need: number;
  check: string[];
}

export function prepareTerms(terms: readonly string[]): PreparedTerms {
  let need = 0;
  const check: string[] = [];
  for (const term of terms) {
    need |= charBits(term);
    // one letter a-z has a bit of its own: having the bit is containing the letter
    const code = term.charCodeAt(0);
    if (!(term.length === 1 && code >= 97 && code <= 122)) check.push(term);
  }
  return { need, check }; // an int32, as `bits[i] & need` is
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
 * for the roster index and the map's filter): an index
 * rebuilt after one family changed on another phone looks the other 19,999 up instead of
 * building their texts again.
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
