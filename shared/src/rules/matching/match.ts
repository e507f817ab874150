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
import { comparePair, F_KK, F_NAME, F_NAME2, FIELD_COUNT, newDetail } from "./compare.ts";
import { fitEm, PatternCounts, RandomPairStats } from "./estimate.ts";
import { buildEvidence } from "./evidence.ts";
import { fitModel } from "./model.ts";
import { prepareFamily, prepareSocialRow, type Unit } from "./prepare.ts";
import { seededRandom } from "./random.ts";
import { TokenTable } from "./tokens.ts";
import type { MatchFamily, MatchOptions, MatchPair, MatchProgress, MatchResult, MatchSocialRow } from "./types.ts";
import { RULE_VERSION } from "./version.ts";

export const DEFAULT_AUTO_THRESHOLD = 10;
export const DEFAULT_REVIEW_THRESHOLD = -3;
const DEFAULT_RANDOM_PAIRS = 100_000;

type Progress = (progress: MatchProgress) => void;

// a local copy of an imported constant used once per pair
const FIELDS_N = FIELD_COUNT;

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
  const levels = new Int8Array(n * FIELDS_N);
  const nameTf = new Float64Array(n);
  const name2Tf = new Float64Array(n);
  const slot = new Int32Array(n);
  const patterns = new PatternCounts();
  const scratch = new Int8Array(FIELD_COUNT);
  const detail = newDetail();
  for (let k = 0; k < n; k++) {
    comparePair(aUnits[candidates.a[k] ?? 0] as Unit, bUnits[candidates.b[k] ?? 0] as Unit, table, scratch, detail);
    for (let f = 0; f < FIELDS_N; f++) levels[k * FIELDS_N + f] = scratch[f] ?? -1;
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
  const model = fitModel(em, random, n, aUnits.length * bUnits.length);
  onProgress?.({ phase: "estimate", done: 1, total: 1 });
  const score = new Float64Array(n);
  for (let k = 0; k < n; k++) score[k] = model.score(levels, k * FIELDS_N, nameTf[k] ?? 0, name2Tf[k] ?? 0);

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
    const fieldWeights = Array.from(pairLevels, (l, f) => (l < 0 ? 0 : ((model.weights[f] as number[])[l] ?? 0)));
    const rivalIndex = assignment.rival[k] ?? -1;
    const rivalId =
      rivalIndex < 0
        ? null
        : candidates.a[rivalIndex] === candidates.a[k]
          ? (bUnits[candidates.b[rivalIndex] ?? 0]?.id ?? null)
          : (aUnits[candidates.a[rivalIndex] ?? 0]?.id ?? null);
    const oldKk = mode === "social" && (pairLevels[F_KK] ?? -1) >= 2 ? kkFamily.get(a.kk) : undefined;
    const evidence = buildEvidence(
      a,
      b,
      pairLevels,
      pairDetail,
      {
        prior: model.priorLog2Odds,
        fields: fieldWeights,
        nameTf: model.tfBits(F_NAME, pairLevels[F_NAME] ?? -1, pairDetail.nameLnTf),
        name2Tf: model.tfBits(F_NAME2, pairLevels[F_NAME2] ?? -1, pairDetail.name2LnTf),
        rivals: adjusted - (score[k] ?? 0),
      },
      rivalId,
      oldKk !== undefined && oldKk !== b.index ? (bUnits[oldKk]?.id ?? null) : null,
    );
    // decided on the score as shown, so that a pair shown at 10.00 is never left for review
    const shown = Math.round(adjusted * 100) / 100;
    pairs.push({ familyId: b.id, otherId: a.id, score: shown, decision: shown >= autoThreshold ? "auto" : "review", evidence });
  }
  onProgress?.({ phase: "assign", done: 1, total: 1 });

  return { ruleVersion: RULE_VERSION, pairs, model: model.summary(n, { auto: autoThreshold, review: reviewThreshold }) };
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
