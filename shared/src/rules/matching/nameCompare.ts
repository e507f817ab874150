/**
 * Two names compared token by token, so that word order, a dropped middle name, a
 * first name only, initials, typos and glued words ("YusufNasrullah") are seen for
 * what they are. Levels, best first:
 *
 * - SAME: the same tokens after normalisation (any order).
 * - VERY_SIMILAR: every token of the shorter name (2 or more) found in the other,
 *   each equal or one typo away; or the same letters (one typo aside) cut into other
 *   words ("YusufNasrullah", "Abdul Rahman" / "Abdurrahman"); or the names
 *   differ only in tokens often left out (Muhammad, Siti, Balinese birth-order names).
 * - SIMILAR: the shorter name is one token found in the other (first name only,
 *   a mononym, a fam alone), or all tokens found counting initials and short forms.
 * - PARTIAL: some token shared, but the shorter name has a token the other lacks
 *   (another given name, another fam or marga), or two different birth-order names,
 *   or two different patronyms; or only loosely alike tokens (an initial, a short
 *   form, a typo in a three-letter name).
 * - DIFFERENT: no token shared.
 *
 * Tokens are matched greedily by likeness. The term-frequency value (ln of how often
 * a random name would agree this way) is the name's frequency for SAME, else the
 * product of the matched tokens' frequencies: rare names weigh more.
 */
import { boundedOsa, type PreparedName, type TokenTable } from "./tokens.ts";

/** How alike two tokens must be (tokenSimilarity) to count: STRONG a typo at most, WEAK an initial, a short form, a typo in a three-letter name. */
export const STRONG = 0.85;
export const WEAK = 0.5;

export const NAME_SAME = 0;
export const NAME_VERY_SIMILAR = 1;
export const NAME_SIMILAR = 2;
export const NAME_PARTIAL = 3;
export const NAME_DIFFERENT = 4;
export const NAME_LEVELS = ["sama", "sangat_mirip", "mirip", "sebagian", "beda"] as const;

export interface NameComparison {
  /** NAME_SAME .. NAME_DIFFERENT, or -1 when a name is missing */
  level: number;
  /** ln of the share of random names that would agree this way (NaN: no adjustment) */
  lnTf: number;
}


// scratch arrays reused between calls (names have a handful of tokens)
const usedA: number[] = [];
const usedB: number[] = [];

interface Side {
  core: number;
  unmatched: number;
  weak: number;
  birthOrder: boolean;
}
const sideA: Side = { core: 0, unmatched: 0, weak: 0, birthOrder: false };
const sideB: Side = { core: 0, unmatched: 0, weak: 0, birthOrder: false };

/** What one name has left: core tokens (not often left out), unmatched, only loosely matched. */
function measureSide(ids: number[], used: number[], table: TokenTable, out: Side): Side {
  out.core = 0;
  out.unmatched = 0;
  out.weak = 0;
  out.birthOrder = false;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    if (table.birthOrder[id]) out.birthOrder = true;
    if (table.optional[id]) continue;
    out.core++;
    const u = used[i] ?? 0;
    if (u === 0) out.unmatched++;
    else if (u < STRONG) out.weak++;
  }
  return out;
}

function answer(out: NameComparison, level: number, lnTf: number): NameComparison {
  out.level = level;
  out.lnTf = lnTf;
  return out;
}

/** Compares two names; the result goes into `out` (a new object when none is given: the hot path reuses one). */
export function compareNames(a: PreparedName, b: PreparedName, table: TokenTable, out: NameComparison = { level: -1, lnTf: 0 }): NameComparison {
  const na = a.ids.length;
  const nb = b.ids.length;
  if (na === 0 || nb === 0) return answer(out, -1, 0);
  if (a.key === b.key) return answer(out, patronymsDiffer(a, b, table) ? NAME_PARTIAL : NAME_SAME, Math.log(table.nameFrequency(a.key)));

  // greedy matching: repeatedly take the most alike unused pair
  for (let i = 0; i < na; i++) usedA[i] = 0;
  for (let j = 0; j < nb; j++) usedB[j] = 0;
  let strong = 0;
  let lnTf = 0;
  let birthOrderMatched = false;
  for (;;) {
    let best = WEAK - 1e-9;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < na; i++) {
      if (usedA[i] !== 0) continue;
      const ta = a.ids[i] ?? 0;
      for (let j = 0; j < nb; j++) {
        if (usedB[j] !== 0) continue;
        const s = table.similar(ta, b.ids[j] ?? 0);
        if (s > best) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedA[bi] = best;
    usedB[bj] = best;
    const ta = a.ids[bi] ?? 0;
    const tb = b.ids[bj] ?? 0;
    if (best >= STRONG) {
      strong++;
      if (table.birthOrder[ta] && table.birthOrder[tb]) birthOrderMatched = true;
      lnTf += Math.log(Math.max(table.tokenFrequency(ta), table.tokenFrequency(tb)));
    }
  }

  // the same letters written as other words ("YusufNasrullah", "Abdul Rahman" / "Abdurrahman")
  const glued =
    a.joined === b.joined || (na !== nb && Math.min(a.joined.length, b.joined.length) >= 8 && boundedOsa(a.joined, b.joined, 1) <= 1);
  // only loosely alike tokens: no term frequency to speak of (NaN: no adjustment)
  if (strong === 0 && !glued) return weakMatched(usedA, na) ? answer(out, NAME_PARTIAL, Number.NaN) : answer(out, NAME_DIFFERENT, 0);

  const sa = measureSide(a.ids, usedA, table, sideA);
  const sb = measureSide(b.ids, usedB, table, sideB);
  const conflict = (sa.birthOrder && sb.birthOrder && !birthOrderMatched) || patronymsDiffer(a, b, table);
  if (conflict) return answer(out, NAME_PARTIAL, lnTf);
  if (glued) return answer(out, NAME_VERY_SIMILAR, Math.log(table.nameFrequency(a.key)));

  const shorter = sa.core < sb.core ? sa : sb.core < sa.core ? sb : sa.unmatched >= sb.unmatched ? sa : sb;
  if (shorter.core === 0) return answer(out, NAME_SIMILAR, lnTf);
  if (shorter.unmatched > 0) return answer(out, NAME_PARTIAL, lnTf);
  if (shorter.weak > 0) return answer(out, NAME_SIMILAR, lnTf);
  if (shorter.core >= 2) return answer(out, NAME_VERY_SIMILAR, lnTf);
  // one core token each, the same: they differ only in tokens often left out
  if (sa.core === sb.core && sa.unmatched === 0 && sb.unmatched === 0 && coreTokensEqual(a, b, table)) {
    return answer(out, NAME_VERY_SIMILAR, lnTf);
  }
  return answer(out, NAME_SIMILAR, lnTf);
}

function weakMatched(used: number[], n: number): boolean {
  for (let i = 0; i < n; i++) if ((used[i] ?? 0) > 0) return true;
  return false;
}

function coreTokensEqual(a: PreparedName, b: PreparedName, table: TokenTable): boolean {
  const core = (ids: number[]) => ids.filter((id) => !table.optional[id]).sort((x, y) => x - y).join(" ");
  return core(a.ids) === core(b.ids);
}

/** Both written with a patronym (bin/binti ...) and no token of the two alike: two people. */
function patronymsDiffer(a: PreparedName, b: PreparedName, table: TokenTable): boolean {
  if (a.patronym.length === 0 || b.patronym.length === 0) return false;
  for (const x of a.patronym) for (const y of b.patronym) if (table.similar(x, y) >= STRONG) return false;
  return true;
}
