/**
 * The matcher: families against a social list (one row to at most one family, a
 * family to one row per person), or families against families (a new version of a
 * list, a list against the roster: one to one). Pure and deterministic: plain records
 * in, scored pairs with evidence out; runs in Node and in a Web Worker.
 *
 * normalise -> block -> compare -> estimate (u from random pairs, m by EM) -> assign.
 */
import { assignPairs, type AssignMode } from "./assign.ts";
import { candidatePairs } from "./blocking.ts";
import { comparePair, F_NAME, F_NAME2, FIELD_COUNT, FIELDS, LEVELS, newDetail } from "./compare.ts";
import { fitEm, PatternCounts, RandomPairStats } from "./estimate.ts";
import { buildEvidence } from "./evidence.ts";
import { prepareFamily, prepareSocialRow, type Unit } from "./prepare.ts";
import { seededRandom } from "./random.ts";
import { TokenTable } from "./tokens.ts";
import type { MatchFamily, MatchModelSummary, MatchOptions, MatchPair, MatchProgress, MatchResult, MatchSocialRow } from "./types.ts";
import { RULE_VERSION } from "./version.ts";

export const DEFAULT_AUTO_THRESHOLD = 10;
export const DEFAULT_REVIEW_THRESHOLD = -3;
const DEFAULT_RANDOM_PAIRS = 100_000;
/** A name's rarity moves its weight by at most this many bits either way. */
const TF_CAP_BITS = 5;

type Progress = (progress: MatchProgress) => void;

export function matchSocialToFamilies(
  families: readonly MatchFamily[],
  social: readonly MatchSocialRow[],
  options: MatchOptions = {},
  onProgress?: Progress,
): MatchResult {
  const table = new TokenTable();
  const total = families.length + social.length;
  const bUnits = families.map((f, i) => {
    if (i % 2000 === 0) onProgress?.({ phase: "normalise", done: i, total });
    return prepareFamily(f, i, table, options.today);
  });
  const aUnits = social.map((r, i) => {
    if (i % 2000 === 0) onProgress?.({ phase: "normalise", done: families.length + i, total });
    return prepareSocialRow(r, i, table, options.today);
  });
  onProgress?.({ phase: "normalise", done: total, total });
  return run(aUnits, bUnits, table, "social", options, onProgress);
}

export function matchFamiliesToFamilies(
  families: readonly MatchFamily[],
  others: readonly MatchFamily[],
  options: MatchOptions = {},
  onProgress?: Progress,
): MatchResult {
  const table = new TokenTable();
  const total = families.length + others.length;
  const bUnits = families.map((f, i) => {
    if (i % 2000 === 0) onProgress?.({ phase: "normalise", done: i, total });
    return prepareFamily(f, i, table, options.today);
  });
  const aUnits = others.map((f, i) => {
    if (i % 2000 === 0) onProgress?.({ phase: "normalise", done: families.length + i, total });
    return prepareFamily(f, i, table, options.today);
  });
  onProgress?.({ phase: "normalise", done: total, total });
  return run(aUnits, bUnits, table, "oneToOne", options, onProgress);
}

function run(aUnits: Unit[], bUnits: Unit[], table: TokenTable, mode: AssignMode, options: MatchOptions, onProgress?: Progress): MatchResult {
  const autoThreshold = options.autoThreshold ?? DEFAULT_AUTO_THRESHOLD;
  const reviewThreshold = Math.min(options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD, autoThreshold);

  // block
  const candidates = candidatePairs(aUnits, bUnits, table, (done, total) => onProgress?.({ phase: "block", done, total }));
  const n = candidates.count;

  // compare
  const levels = new Int8Array(n * FIELD_COUNT);
  const nameTf = new Float64Array(n);
  const name2Tf = new Float64Array(n);
  const slot = new Int32Array(n);
  const patterns = new PatternCounts();
  const scratch = new Int8Array(FIELD_COUNT);
  const detail = newDetail();
  for (let k = 0; k < n; k++) {
    comparePair(aUnits[candidates.a[k] ?? 0] as Unit, bUnits[candidates.b[k] ?? 0] as Unit, table, scratch, detail);
    levels.set(scratch, k * FIELD_COUNT);
    nameTf[k] = detail.nameLnTf;
    name2Tf[k] = detail.name2LnTf;
    slot[k] = detail.slot;
    patterns.add(scratch);
    if (k % 10000 === 0) onProgress?.({ phase: "compare", done: k, total: n });
  }
  onProgress?.({ phase: "compare", done: n, total: n });

  // estimate: u from random pairs, m by EM on the candidates
  const random = sampleRandomPairs(aUnits, bUnits, table, options, onProgress);
  const em = fitEm(patterns, options.maxEmIterations === undefined ? {} : { maxIterations: options.maxEmIterations });
  const allPairs = Math.max(1, aUnits.length * bUnits.length);
  const expectedPairs = em.lambda * n;
  const prior = Math.min(0.5, Math.max(expectedPairs, 0.5) / allPairs);
  const priorLog2Odds = Math.log2(prior / (1 - prior));
  // random pairs hold a few true pairs (share `prior`, with the level shares m): taken out,
  // or a rare agreement such as the same NIK would look as common among non-matches as
  // true pairs make it
  const u = random.u(em.m, prior);
  // a level seen neither among the candidates nor the random pairs says nothing (its m and
  // u would be smoothing alone)
  const seen = (f: number, l: number) => ((em.observed[f] as number[])[l] ?? 0) > 0 || ((random.counts[f] as number[])[l] ?? 0) > 0;
  const weights = em.m.map((levelsM, f) => levelsM.map((m, l) => (seen(f, l) ? Math.log2(m / ((u[f] as number[])[l] ?? 1)) : 0)));
  const tfBase = random.tfBase(u);
  onProgress?.({ phase: "estimate", done: 1, total: 1 });

  const tfBits = (f: number, level: number, lnTf: number): number => {
    if (level < 0 || Number.isNaN(lnTf)) return 0;
    const base = (tfBase[f === F_NAME ? 0 : 1] as number[])[level] ?? 0;
    return Math.max(-TF_CAP_BITS, Math.min(TF_CAP_BITS, (base - lnTf) / Math.LN2));
  };
  const score = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = priorLog2Odds;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const l = levels[k * FIELD_COUNT + f] ?? -1;
      if (l >= 0) s += (weights[f] as number[])[l] ?? 0;
    }
    s += tfBits(F_NAME, levels[k * FIELD_COUNT + F_NAME] ?? -1, nameTf[k] ?? 0);
    s += tfBits(F_NAME2, levels[k * FIELD_COUNT + F_NAME2] ?? -1, name2Tf[k] ?? 0);
    score[k] = s;
  }

  // assign
  onProgress?.({ phase: "assign", done: 0, total: 1 });
  const assignment = assignPairs(
    { a: candidates.a, b: candidates.b, score, slot, count: n },
    aUnits.length,
    (b) => bUnits[b]?.people.length ?? 1,
    mode,
    reviewThreshold,
  );
  const kkFamily = new Map<string, number>();
  if (mode === "social") for (const unit of bUnits) if (unit.kk !== "" && !kkFamily.has(unit.kk)) kkFamily.set(unit.kk, unit.index);

  const pairs: MatchPair[] = [];
  const pairLevels = new Int8Array(FIELD_COUNT);
  for (const k of assignment.chosen) {
    const adjusted = assignment.adjusted[k] ?? 0;
    const a = aUnits[candidates.a[k] ?? 0] as Unit;
    const b = bUnits[candidates.b[k] ?? 0] as Unit;
    const pairDetail = newDetail();
    comparePair(a, b, table, pairLevels, pairDetail);
    const fieldWeights = Array.from(pairLevels, (l, f) => (l < 0 ? 0 : ((weights[f] as number[])[l] ?? 0)));
    const rivalIndex = assignment.rival[k] ?? -1;
    const rivalId =
      rivalIndex < 0
        ? null
        : candidates.a[rivalIndex] === candidates.a[k]
          ? (bUnits[candidates.b[rivalIndex] ?? 0]?.id ?? null)
          : (aUnits[candidates.a[rivalIndex] ?? 0]?.id ?? null);
    const oldKk = mode === "social" && (pairLevels[1] ?? -1) >= 2 ? kkFamily.get(a.kk) : undefined;
    const evidence = buildEvidence(
      a,
      b,
      pairLevels,
      pairDetail,
      {
        prior: priorLog2Odds,
        fields: fieldWeights,
        nameTf: tfBits(F_NAME, pairLevels[F_NAME] ?? -1, pairDetail.nameLnTf),
        name2Tf: tfBits(F_NAME2, pairLevels[F_NAME2] ?? -1, pairDetail.name2LnTf),
        rivals: adjusted - (score[k] ?? 0),
      },
      rivalId,
      oldKk !== undefined && oldKk !== b.index ? (bUnits[oldKk]?.id ?? null) : null,
    );
    pairs.push({
      familyId: b.id,
      otherId: a.id,
      score: Math.round(adjusted * 100) / 100,
      decision: adjusted >= autoThreshold ? "auto" : "review",
      evidence,
    });
  }
  onProgress?.({ phase: "assign", done: 1, total: 1 });

  const model: MatchModelSummary = {
    ruleVersion: RULE_VERSION,
    fields: FIELDS.map((field, f) => ({
      field,
      // a level seen nowhere shows 0s (its m and u would be smoothing alone)
      levels: LEVELS[field].map((level, l) => ({
        level,
        m: seen(f, l) ? ((em.m[f] as number[])[l] ?? 0) : 0,
        u: seen(f, l) ? ((u[f] as number[])[l] ?? 0) : 0,
        weight: (weights[f] as number[])[l] ?? 0,
      })),
    })),
    priorLog2Odds,
    expectedPairs,
    candidatePairs: n,
    randomPairs: random.sampled,
    em: { iterations: em.iterations, converged: em.converged },
    thresholds: { auto: autoThreshold, review: reviewThreshold },
  };
  return { ruleVersion: RULE_VERSION, pairs, model };
}

/** Random pairs of the two lists (all of them when there are fewer than asked), for u. */
function sampleRandomPairs(aUnits: Unit[], bUnits: Unit[], table: TokenTable, options: MatchOptions, onProgress?: Progress): RandomPairStats {
  const stats = new RandomPairStats();
  const wanted = options.randomPairs ?? DEFAULT_RANDOM_PAIRS;
  const all = aUnits.length * bUnits.length;
  const levels = new Int8Array(FIELD_COUNT);
  const detail = newDetail();
  const total = Math.min(wanted, all);
  const visit = (i: number, j: number, done: number) => {
    comparePair(aUnits[i] as Unit, bUnits[j] as Unit, table, levels, detail);
    stats.add(levels, detail.nameLnTf, detail.name2LnTf);
    if (done % 20000 === 0) onProgress?.({ phase: "estimate", done, total });
  };
  if (all <= wanted) {
    let done = 0;
    for (let i = 0; i < aUnits.length; i++) for (let j = 0; j < bUnits.length; j++) visit(i, j, done++);
  } else {
    const next = seededRandom(options.seed ?? 1);
    for (let r = 0; r < wanted; r++) visit(Math.floor(next() * aUnits.length), Math.floor(next() * bUnits.length), r);
  }
  return stats;
}
