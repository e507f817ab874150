/**
 * Name tokens interned to small integers, with how often each occurs (for the
 * term-frequency adjustment: a rarer name weighs more) and a cache of how alike
 * two tokens are (each pair of distinct tokens is measured once).
 */
import { BIRTH_ORDER_NAMES, isOptionalToken, normaliseName } from "./normaliseName.ts";

/** A person's name ready for comparison. */
export interface PreparedName {
  /** token ids in written order */
  ids: number[];
  /** ids of the patronym (after bin/binti) */
  patronym: number[];
  /** the folded tokens joined without spaces ("YusufNasrullah" = "Yusuf Nasrullah") */
  joined: string;
  /** sorted ids: equal keys = the same name whatever the order */
  key: string;
  nyonya: boolean;
}

export class TokenTable {
  readonly strings: string[] = [];
  readonly optional: boolean[] = [];
  readonly birthOrder: boolean[] = [];
  /** which letters a-z a token has (bit 0 = a): a cheap test before measuring edits */
  private readonly letters: number[] = [];
  /** number of names containing the token */
  readonly nameCount: number[] = [];
  /** number of names with this key (sorted tokens) */
  private readonly keyCount = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private readonly similarity = new Map<number, number>();
  totalNames = 0;

  intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(token, id);
      this.strings.push(token);
      this.optional.push(isOptionalToken(token));
      this.birthOrder.push(BIRTH_ORDER_NAMES.has(token));
      this.letters.push(letterMask(token));
      this.nameCount.push(0);
    }
    return id;
  }

  private readonly names = new Map<string, PreparedName>();

  /**
   * A name as written, normalised and interned, and counted for the term frequencies
   * (call once per name in the lists). The same text is normalised once.
   */
  addName(raw: string): PreparedName {
    let prepared = this.names.get(raw);
    if (prepared === undefined) {
      const name = normaliseName(raw);
      const ids = name.tokens.map((t) => this.intern(t));
      prepared = {
        ids,
        patronym: name.patronym.map((t) => this.intern(t)),
        joined: name.tokens.join(""),
        key: [...ids].sort((x, y) => x - y).join(" "),
        nyonya: name.nyonya,
      };
      this.names.set(raw, prepared);
    }
    if (prepared.ids.length > 0) {
      this.totalNames++;
      for (let i = 0; i < prepared.ids.length; i++) {
        const id = prepared.ids[i] ?? 0;
        if (prepared.ids.indexOf(id) === i) this.nameCount[id] = (this.nameCount[id] ?? 0) + 1;
      }
      this.keyCount.set(prepared.key, (this.keyCount.get(prepared.key) ?? 0) + 1);
    }
    return prepared;
  }

  /** Share of names containing the token (at least one name's worth). */
  tokenFrequency(id: number): number {
    return Math.max(1, this.nameCount[id] ?? 0) / Math.max(1, this.totalNames);
  }

  /** Share of names that are this name (sorted tokens). */
  nameFrequency(key: string): number {
    return Math.max(1, this.keyCount.get(key) ?? 0) / Math.max(1, this.totalNames);
  }

  similar(a: number, b: number): number {
    if (a === b) return 1;
    // two edits change at most four letters of the set; a prefix or an initial has its letters in the other
    const la = this.letters[a] ?? 0;
    const lb = this.letters[b] ?? 0;
    if (bitCount(la ^ lb) > 4 && (la & ~lb) !== 0 && (lb & ~la) !== 0) return 0;
    const cacheKey = a < b ? a * 2097152 + b : b * 2097152 + a;
    let value = this.similarity.get(cacheKey);
    if (value === undefined) {
      value = tokenSimilarity(this.strings[a] ?? "", this.strings[b] ?? "");
      this.similarity.set(cacheKey, value);
    }
    return value;
  }
}

function letterMask(token: string): number {
  let mask = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

function bitCount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * 1 equal; 0.9 one edit (min length 4); 0.85 two edits (min length 7, where folding
 * can add one: "Nasrullah"/"Nasrulalh"); 0.7 one edit in a 3-letter name (weak: Ani
 * and Andi are two names); 0.6 an initial ("M." / Muhammad) or a short form ("Budi" /
 * "Budiasa"); else 0. Edits are Damerau (optimal string alignment): a swap of two
 * neighbouring letters is one edit.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length === 1) return long.startsWith(short) ? 0.6 : 0;
  if (long.length - short.length <= 2 && short.length >= 3) {
    const distance = boundedOsa(a, b, 2);
    if (distance <= 1 && short.length >= 4) return 0.9;
    if (distance <= 2 && short.length >= 7) return 0.85;
    if (distance <= 1) return 0.7;
  }
  if (short.length >= 3 && long.length >= short.length + 2 && long.startsWith(short)) return 0.6;
  return 0;
}

/** Optimal string alignment distance, or max + 1 once it is certainly above max. */
export function boundedOsa(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}
