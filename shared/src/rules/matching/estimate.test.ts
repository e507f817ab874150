import { describe, expect, it } from "vitest";
import { F_DATE, F_KK, F_NAME, F_NAME2, F_NIK, F_RTRW, F_STREET, FIELD_COUNT } from "./compare.ts";
import { fitEm, PatternCounts, RandomPairStats } from "./estimate.ts";
import { seededRandom } from "./random.ts";

/** True m and u of a small made-up model: field -> level probabilities. */
const TRUE_M: Record<number, number[]> = {
  [F_NIK]: [0.8, 0.05, 0.05, 0.05, 0.05],
  [F_KK]: [0.7, 0.05, 0.1, 0.15],
  [F_NAME]: [0.75, 0.1, 0.08, 0.04, 0.03],
  [F_RTRW]: [0.85, 0.1, 0.03, 0.02],
  [F_STREET]: [0.7, 0.2, 0.05, 0.05],
};
const TRUE_U: Record<number, number[]> = {
  [F_NIK]: [0.01, 0.01, 0.01, 0.17, 0.8],
  [F_KK]: [0.02, 0.01, 0.02, 0.95],
  [F_NAME]: [0.03, 0.03, 0.1, 0.3, 0.54],
  [F_RTRW]: [0.35, 0.2, 0.3, 0.15],
  [F_STREET]: [0.05, 0.15, 0.3, 0.5],
};

function draw(probabilities: number[], next: () => number): number {
  let r = next();
  for (let l = 0; l < probabilities.length; l++) {
    r -= probabilities[l] ?? 0;
    if (r < 0) return l;
  }
  return probabilities.length - 1;
}

function simulate(matches: number, nonMatches: number, seed: number): PatternCounts {
  const next = seededRandom(seed);
  const patterns = new PatternCounts();
  const levels = new Int8Array(FIELD_COUNT).fill(-1);
  for (let k = 0; k < matches + nonMatches; k++) {
    const model = k < matches ? TRUE_M : TRUE_U;
    for (const [f, probabilities] of Object.entries(model)) levels[Number(f)] = draw(probabilities, next);
    patterns.add(levels);
  }
  return patterns;
}

describe("PatternCounts", () => {
  it("groups identical comparison vectors and decodes them back", () => {
    const patterns = new PatternCounts();
    const a = [0, 3, 1, -1, -1, 0, 2];
    patterns.add(a);
    patterns.add(a);
    patterns.add([4, -1, 4, -1, 1, 3, 3]);
    expect(patterns.keys.length).toBe(2);
    expect(patterns.counts).toEqual([2, 1]);
    expect(PatternCounts.levelsOf(patterns.keys[0]!)).toEqual(a);
    expect(patterns.total).toBe(3);
  });
});

describe("fitEm on a built example (no labels)", () => {
  const patterns = simulate(1500, 8500, 7);
  const fit = fitEm(patterns);

  it("converges", () => {
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(200);
  });

  it("finds the share of true pairs", () => {
    expect(fit.lambda).toBeGreaterThan(0.13);
    expect(fit.lambda).toBeLessThan(0.17);
  });

  it("recovers m and the candidates' u for every field", () => {
    for (const [f, probabilities] of Object.entries(TRUE_M)) {
      probabilities.forEach((p, l) => expect(fit.m[Number(f)]![l]!, `m field ${f} level ${l}`).toBeCloseTo(p, 1));
    }
    for (const [f, probabilities] of Object.entries(TRUE_U)) {
      probabilities.forEach((p, l) => expect(fit.uCandidates[Number(f)]![l]!, `u field ${f} level ${l}`).toBeCloseTo(p, 1));
    }
  });

  it("counts what it saw and leaves unused fields alone", () => {
    expect(fit.observed[F_NIK]!.reduce((s, c) => s + c, 0)).toBe(10000);
    expect(fit.observed[F_DATE]!.reduce((s, c) => s + c, 0)).toBe(0);
    expect(fit.observed[F_NAME2]!.reduce((s, c) => s + c, 0)).toBe(0);
  });

  it("is deterministic", () => {
    expect(fitEm(simulate(1500, 8500, 7))).toEqual(fit);
  });
});

describe("RandomPairStats", () => {
  it("gives u per level, and half a pair's worth to a level never seen", () => {
    const stats = new RandomPairStats();
    const levels = new Int8Array(FIELD_COUNT).fill(-1);
    for (let k = 0; k < 100; k++) {
      levels[F_RTRW] = k < 25 ? 0 : 3;
      levels[F_NAME] = k < 10 ? 3 : 4;
      stats.add(levels, k < 10 ? Math.log(0.1) : 0, Number.NaN);
    }
    const u = stats.u();
    const rtrw = u[F_RTRW]!;
    const norm = 0.25 + 0.005 + 0.005 + 0.75;
    rtrw.forEach((v, l) => expect(v).toBeCloseTo([0.25, 0.005, 0.005, 0.75][l]! / norm, 6));
    expect(u[F_NAME]![3]).toBeCloseTo(0.1);
    const base = stats.tfBase(u);
    expect(base[0]![3]).toBeCloseTo(Math.log(0.1));
    // a level without random pairs falls back on ln u
    expect(base[0]![0]).toBeCloseTo(Math.log(u[F_NAME]![0]!));
  });

  it("takes the true pairs among the random pairs out of u", () => {
    // 1,000 random pairs, 2% of them true pairs; true pairs agree on the NIK, others never do
    const stats = new RandomPairStats();
    const levels = new Int8Array(FIELD_COUNT).fill(-1);
    for (let k = 0; k < 1000; k++) {
      levels[F_NIK] = k < 20 ? 0 : 4;
      stats.add(levels, 0, 0);
    }
    const m = Array.from({ length: FIELD_COUNT }, () => [1, 0, 0, 0, 0]);
    const naive = stats.u()[F_NIK]![0]!;
    const corrected = stats.u(m, 0.02)[F_NIK]![0]!;
    expect(naive).toBeCloseTo(0.02, 3);
    // nothing is left but the floor of half a pair
    expect(corrected).toBeCloseTo(0.0005, 4);
  });
});
