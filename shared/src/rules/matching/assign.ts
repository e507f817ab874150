/**
 * From scored candidate pairs to links: competing candidates lower each other's
 * score, then each record is linked at most once.
 *
 * Competition: a social-list row belongs to at most one family, and a family's
 * person to at most one row, so the candidates of one row (and those for one person
 * of a family) are exclusive alternatives. With odds o = 2^score, a pair's odds among
 * its rivals are o / (1 + the rivals' odds): two namesakes with the same evidence
 * both fall to about even, one clear pair beside weak rivals keeps its score.
 *
 * Assignment: greedy by the adjusted score, ties by input order: a row takes its best
 * family if that family still has room (one row per person: head, wife; a row whose
 * person is unknown takes any free place). Family against family is one to one.
 */

export type AssignMode = "social" | "oneToOne";

export interface ScoredPairs {
  a: Int32Array;
  b: Int32Array;
  /** log2 odds before competition */
  score: Float64Array;
  /** the person of b the pair stands for (-1 unknown); ignored one to one */
  slot: Int32Array;
  count: number;
}

export interface Assignment {
  /** candidate indices that were linked, best first */
  chosen: number[];
  /** score after competition, per candidate */
  adjusted: Float64Array;
  /** the strongest rival of each candidate (-1 none) */
  rival: Int32Array;
}

const MAX_LOG2 = 1000;
const odds = (score: number) => Math.pow(2, Math.min(MAX_LOG2, score));

/** Pairs whose adjusted score stays under minScore are never linked (they would not be output). */
export function assignPairs(
  pairs: ScoredPairs,
  aCount: number,
  bCapacity: (b: number) => number,
  mode: AssignMode,
  minScore: number,
): Assignment {
  const n = pairs.count;
  // the rivals' odds: per a record, and per b record (one to one) or b person (social)
  const sumA = new Float64Array(aCount);
  const sumB = new Map<number, number>();
  const groupB = (k: number): number => {
    const slot = pairs.slot[k] ?? -1;
    if (mode === "oneToOne") return pairs.b[k] ?? 0;
    return slot < 0 ? -1 : (pairs.b[k] ?? 0) * 64 + Math.min(slot, 63);
  };
  const bestA = new Int32Array(aCount).fill(-1);
  const secondA = new Int32Array(aCount).fill(-1);
  const bestB = new Map<number, [number, number]>();
  const better = (x: number, y: number) => y < 0 || (pairs.score[x] ?? 0) > (pairs.score[y] ?? 0);
  for (let k = 0; k < n; k++) {
    const o = odds(pairs.score[k] ?? 0);
    const a = pairs.a[k] ?? 0;
    sumA[a] = (sumA[a] ?? 0) + o;
    if (better(k, bestA[a] ?? -1)) {
      secondA[a] = bestA[a] ?? -1;
      bestA[a] = k;
    } else if (better(k, secondA[a] ?? -1)) secondA[a] = k;
    const g = groupB(k);
    if (g >= 0) {
      sumB.set(g, (sumB.get(g) ?? 0) + o);
      const top = bestB.get(g) ?? [-1, -1];
      if (better(k, top[0])) bestB.set(g, [k, top[0]]);
      else if (better(k, top[1])) bestB.set(g, [top[0], k]);
    }
  }

  const adjusted = new Float64Array(n);
  const rival = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const score = pairs.score[k] ?? 0;
    const o = odds(score);
    const a = pairs.a[k] ?? 0;
    const g = groupB(k);
    const othersA = Math.max(0, (sumA[a] ?? 0) - o);
    const othersB = g >= 0 ? Math.max(0, (sumB.get(g) ?? 0) - o) : 0;
    adjusted[k] = score - Math.log2(1 + othersA + othersB);
    const rivalA = bestA[a] === k ? (secondA[a] ?? -1) : (bestA[a] ?? -1);
    const topB = g >= 0 ? (bestB.get(g) ?? [-1, -1]) : [-1, -1];
    const rivalB = topB[0] === k ? (topB[1] ?? -1) : (topB[0] ?? -1);
    rival[k] = rivalA < 0 ? rivalB : rivalB < 0 ? rivalA : better(rivalA, rivalB) ? rivalA : rivalB;
  }

  const order: number[] = [];
  for (let k = 0; k < n; k++) if ((adjusted[k] ?? 0) >= minScore) order.push(k);
  order.sort(
    (x, y) => (adjusted[y] ?? 0) - (adjusted[x] ?? 0) || (pairs.a[x] ?? 0) - (pairs.a[y] ?? 0) || (pairs.b[x] ?? 0) - (pairs.b[y] ?? 0),
  );
  const aTaken = new Uint8Array(aCount);
  const bUsed = new Map<number, { count: number; slots: Set<number> }>();
  const chosen: number[] = [];
  for (const k of order) {
    const a = pairs.a[k] ?? 0;
    if (aTaken[a]) continue;
    const b = pairs.b[k] ?? 0;
    const used = bUsed.get(b) ?? { count: 0, slots: new Set<number>() };
    const capacity = mode === "oneToOne" ? 1 : Math.max(1, bCapacity(b));
    if (used.count >= capacity) continue;
    const slot = mode === "oneToOne" ? -1 : (pairs.slot[k] ?? -1);
    if (slot >= 0 && used.slots.has(slot)) continue;
    if (slot >= 0) used.slots.add(slot);
    used.count++;
    bUsed.set(b, used);
    aTaken[a] = 1;
    chosen.push(k);
  }
  return { chosen, adjusted, rival };
}
