/**
 * Fellegi-Sunter weights fitted on the lists themselves, no labels, as Splink and
 * fastLink do:
 *
 * - u (how often a level occurs between two records that are NOT the same family) is
 *   counted on random pairs of the two lists (Splink's estimate_u_using_random_sampling):
 *   almost every random pair is a non-match. A level never seen among the sampled
 *   pairs gets half a pair's worth, so that no weight is infinite.
 * - m (how often a level occurs between records that ARE the same family) is fitted by
 *   expectation-maximisation on the candidate pairs, where nearly all true pairs are: a
 *   two-class latent model over the comparison vectors (identical vectors grouped, as
 *   fastLink does), the non-match distribution inside the candidates fitted alongside
 *   as a nuisance (the candidates' non-matches agree more often than random pairs, so
 *   random-pair u would mislead the E-step).
 * - the prior: the expected number of true pairs (from EM) over all possible pairs.
 * - term frequency: for the name levels, the ln share of random names that would agree
 *   the way this pair does, against the average of that among random pairs at the same
 *   level (so the adjustment is zero on average, positive for rare names).
 *
 * A pair's score is then log2 prior odds + sum of log2(m/u) + the name adjustments.
 */
import { FIELD_COUNT, FIELDS, LEVELS, MAX_LEVELS, F_NAME, F_NIK, F_KK, F_RTRW, F_STREET, F_NAME2 } from "./compare.ts";
import { NAME_SAME, NAME_VERY_SIMILAR } from "./nameCompare.ts";

// local copies of imported constants used once per pair (kept out of the hot loops' imports)
const FIELDS_N = FIELD_COUNT;
const RADIX = MAX_LEVELS + 1;

/** Comparison vectors grouped: identical vectors are one pattern with a count. */
export class PatternCounts {
  private readonly index = new Map<number, number>();
  readonly keys: number[] = [];
  readonly counts: number[] = [];

  static keyOf(levels: ArrayLike<number>): number {
    let key = 0;
    for (let f = FIELDS_N - 1; f >= 0; f--) key = key * RADIX + ((levels[f] ?? -1) + 1);
    return key;
  }

  static levelsOf(key: number): number[] {
    const levels: number[] = [];
    let k = key;
    for (let f = 0; f < FIELD_COUNT; f++) {
      levels.push((k % (MAX_LEVELS + 1)) - 1);
      k = Math.floor(k / (MAX_LEVELS + 1));
    }
    return levels;
  }

  add(levels: ArrayLike<number>, count = 1): void {
    const key = PatternCounts.keyOf(levels);
    const at = this.index.get(key);
    if (at === undefined) {
      this.index.set(key, this.keys.length);
      this.keys.push(key);
      this.counts.push(count);
    } else this.counts[at] = (this.counts[at] ?? 0) + count;
  }

  get total(): number {
    return this.counts.reduce((s, c) => s + c, 0);
  }
}

export interface EmResult {
  /** m[field][level] */
  m: number[][];
  /** the non-match distribution inside the candidates (nuisance) */
  uCandidates: number[][];
  /** share of candidate pairs that are true pairs */
  lambda: number;
  /** how many candidate pairs fell in each level */
  observed: number[][];
  iterations: number;
  converged: boolean;
}

export interface EmOptions {
  maxIterations?: number;
  tolerance?: number;
}

const levelCount = (f: number) => LEVELS[FIELDS[f] ?? "nik"].length;
const zeros = () => Array.from({ length: FIELD_COUNT }, (_, f) => new Array<number>(levelCount(f)).fill(0));

/**
 * Where EM starts: a pair is taken as likely true when the strongest identifiers agree
 * (NIK, No. KK) or the name is the same or very similar in the same RT. EM then moves
 * away from this start; it only fixes which class is "match".
 */
function startingPosterior(levels: number[]): number {
  const nik = levels[F_NIK] ?? -1;
  const kk = levels[F_KK] ?? -1;
  const name = levels[F_NAME] ?? -1;
  const rtrw = levels[F_RTRW] ?? -1;
  const street = levels[F_STREET] ?? -1;
  if (nik === 0 || (kk === 0 && name >= 0 && name <= 2)) return 0.9;
  if (name >= NAME_SAME && name <= NAME_VERY_SIMILAR && (rtrw === 0 || street === 0)) return 0.8;
  return 0.05;
}

export function fitEm(patterns: PatternCounts, options: EmOptions = {}): EmResult {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  const decoded = patterns.keys.map((k) => PatternCounts.levelsOf(k));
  const n = decoded.length;
  const posterior = decoded.map(startingPosterior);
  let m = zeros();
  let u = zeros();
  let lambda = 0;
  let iterations = 0;
  let converged = false;
  const observed = zeros();
  for (let p = 0; p < n; p++) {
    const lv = decoded[p] ?? [];
    for (let f = 0; f < FIELD_COUNT; f++) {
      const l = lv[f] ?? -1;
      if (l >= 0) (observed[f] as number[])[l] = ((observed[f] as number[])[l] ?? 0) + (patterns.counts[p] ?? 0);
    }
  }

  for (; iterations < maxIterations; iterations++) {
    // M-step (half a pair of smoothing per level keeps every probability above zero)
    const mNext = zeros();
    const uNext = zeros();
    let matches = 0;
    let total = 0;
    for (let p = 0; p < n; p++) {
      const c = patterns.counts[p] ?? 0;
      const post = posterior[p] ?? 0;
      matches += c * post;
      total += c;
      const lv = decoded[p] ?? [];
      for (let f = 0; f < FIELD_COUNT; f++) {
        const l = lv[f] ?? -1;
        if (l < 0) continue;
        (mNext[f] as number[])[l] = ((mNext[f] as number[])[l] ?? 0) + c * post;
        (uNext[f] as number[])[l] = ((uNext[f] as number[])[l] ?? 0) + c * (1 - post);
      }
    }
    for (let f = 0; f < FIELD_COUNT; f++) {
      normalise(mNext[f] as number[]);
      normalise(uNext[f] as number[]);
    }
    const lambdaNext = total > 0 ? matches / total : 0;
    const change = Math.max(maxDiff(m, mNext), maxDiff(u, uNext), Math.abs(lambda - lambdaNext));
    m = mNext;
    u = uNext;
    lambda = lambdaNext;

    // E-step
    for (let p = 0; p < n; p++) {
      const lv = decoded[p] ?? [];
      let logM = Math.log(Math.max(lambda, 1e-12));
      let logU = Math.log(Math.max(1 - lambda, 1e-12));
      for (let f = 0; f < FIELD_COUNT; f++) {
        const l = lv[f] ?? -1;
        if (l < 0) continue;
        logM += Math.log((m[f] as number[])[l] ?? 1);
        logU += Math.log((u[f] as number[])[l] ?? 1);
      }
      posterior[p] = 1 / (1 + Math.exp(logU - logM));
    }
    if (iterations > 0 && change < tolerance) {
      converged = true;
      iterations++;
      break;
    }
  }
  return { m, uCandidates: u, lambda, observed, iterations, converged };
}

function normalise(values: number[]): void {
  const smoothing = 0.5;
  const sum = values.reduce((s, v) => s + v, 0) + smoothing * values.length;
  for (let i = 0; i < values.length; i++) values[i] = ((values[i] ?? 0) + smoothing) / sum;
}

function maxDiff(a: number[][], b: number[][]): number {
  let d = 0;
  for (let f = 0; f < a.length; f++) {
    const x = a[f] ?? [];
    const y = b[f] ?? [];
    for (let l = 0; l < x.length; l++) d = Math.max(d, Math.abs((x[l] ?? 0) - (y[l] ?? 0)));
  }
  return d;
}

/** What random pairs tell: per field and level how many, and the name levels' mean ln term frequency. */
export class RandomPairStats {
  readonly counts = zeros();
  readonly nonNull = new Array<number>(FIELD_COUNT).fill(0);
  readonly lnTfSum = [new Array<number>(levelCount(F_NAME)).fill(0), new Array<number>(levelCount(F_NAME2)).fill(0)];
  readonly lnTfCount = [new Array<number>(levelCount(F_NAME)).fill(0), new Array<number>(levelCount(F_NAME2)).fill(0)];
  sampled = 0;

  add(levels: ArrayLike<number>, nameLnTf: number, name2LnTf: number): void {
    this.sampled++;
    for (let f = 0; f < FIELDS_N; f++) {
      const l = levels[f] ?? -1;
      if (l < 0) continue;
      (this.counts[f] as number[])[l] = ((this.counts[f] as number[])[l] ?? 0) + 1;
      this.nonNull[f] = (this.nonNull[f] ?? 0) + 1;
    }
    this.addTf(0, levels[F_NAME] ?? -1, nameLnTf);
    this.addTf(1, levels[F_NAME2] ?? -1, name2LnTf);
  }

  private addTf(k: number, level: number, lnTf: number): void {
    if (level < 0 || Number.isNaN(lnTf)) return;
    (this.lnTfSum[k] as number[])[level] = ((this.lnTfSum[k] as number[])[level] ?? 0) + lnTf;
    (this.lnTfCount[k] as number[])[level] = ((this.lnTfCount[k] as number[])[level] ?? 0) + 1;
  }

  /**
   * u[field][level]. Random pairs are a mixture: a share `matchShare` of them are true
   * pairs, distributed as m; that part is taken out when m is given. A level never seen
   * (or seen only as much as true pairs explain) gets half a pair's worth.
   */
  u(m?: number[][], matchShare = 0): number[][] {
    return this.counts.map((levels, f) => {
      const n = this.nonNull[f] ?? 0;
      if (n === 0) return levels.map(() => 1);
      const floor = 0.5 / n;
      const raw = levels.map((c, l) => {
        const share = c / n;
        const fromMatches = m ? matchShare * ((m[f] as number[])[l] ?? 0) : 0;
        return Math.max(floor, (share - fromMatches) / (1 - matchShare));
      });
      const sum = raw.reduce((s, v) => s + v, 0);
      return raw.map((v) => v / sum);
    });
  }

  /** Mean ln term frequency of random pairs at each name level (ln u of the level when none was seen). */
  tfBase(u: number[][]): number[][] {
    return [F_NAME, F_NAME2].map((f, k) =>
      (this.lnTfCount[k] as number[]).map((c, l) => (c > 0 ? ((this.lnTfSum[k] as number[])[l] ?? 0) / c : Math.log((u[f] as number[])[l] ?? 1))),
    );
  }
}
