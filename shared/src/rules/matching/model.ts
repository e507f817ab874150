/**
 * The fitted Fellegi-Sunter model of one match: weights per field and level, the
 * prior, the names' term-frequency adjustment, and how it scores a comparison vector.
 * See estimate.ts for how m and u are found.
 */
import { F_NAME, F_NAME2, FIELD_COUNT, FIELDS, LEVELS } from "./compare.ts";
import type { EmResult, RandomPairStats } from "./estimate.ts";
import type { MatchModelSummary } from "./types.ts";
import { RULE_VERSION } from "./version.ts";

// local copies of imported constants used once per pair
const FIELDS_N = FIELD_COUNT;
const NAME_FIELD = F_NAME;
const NAME2_FIELD = F_NAME2;

/** A name's rarity moves its weight by at most this many bits either way. */
export const TF_CAP_BITS = 5;

export interface FittedModel {
  /** log2(m/u) per field and level (0 for a level seen nowhere) */
  weights: number[][];
  priorLog2Odds: number;
  expectedPairs: number;
  /** the term-frequency adjustment (bits) of a name level with this ln term frequency */
  tfBits(field: number, level: number, lnTf: number): number;
  /** log2 odds of a comparison vector (levels[offset .. offset + FIELD_COUNT)) with its names' ln term frequencies */
  score(levels: ArrayLike<number>, offset: number, nameLnTf: number, name2LnTf: number): number;
  summary(candidatePairs: number, thresholds: { auto: number; review: number }): MatchModelSummary;
}

export function fitModel(em: EmResult, random: RandomPairStats, candidatePairs: number, allPairs: number): FittedModel {
  const expectedPairs = em.lambda * candidatePairs;
  const prior = Math.min(0.5, Math.max(expectedPairs, 0.5) / Math.max(1, allPairs));
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

  const tfBits = (field: number, level: number, lnTf: number): number => {
    if (level < 0 || Number.isNaN(lnTf)) return 0;
    const base = (tfBase[field === NAME_FIELD ? 0 : 1] as number[])[level] ?? 0;
    return Math.max(-TF_CAP_BITS, Math.min(TF_CAP_BITS, (base - lnTf) / Math.LN2));
  };

  return {
    weights,
    priorLog2Odds,
    expectedPairs,
    tfBits,
    score(levels, offset, nameLnTf, name2LnTf) {
      let s = priorLog2Odds;
      for (let f = 0; f < FIELDS_N; f++) {
        const l = levels[offset + f] ?? -1;
        if (l >= 0) s += (weights[f] as number[])[l] ?? 0;
      }
      s += tfBits(NAME_FIELD, levels[offset + NAME_FIELD] ?? -1, nameLnTf);
      s += tfBits(NAME2_FIELD, levels[offset + NAME2_FIELD] ?? -1, name2LnTf);
      return s;
    },
    summary(candidates, thresholds) {
      return {
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
        candidatePairs: candidates,
        randomPairs: random.sampled,
        em: { iterations: em.iterations, converged: em.converged },
        thresholds,
      };
    },
  };
}
