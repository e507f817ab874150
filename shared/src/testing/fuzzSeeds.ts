/**
 * Which seeds a fuzz run uses. Fixed (1..FUZZ_RUNS) rather than random, so CI is
 * reproducible; raise FUZZ_RUNS to explore further, set FUZZ_SEED to replay one.
 */
export const DEFAULT_RUNS = 25;

function parseCount(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name}=${raw}: expected a non-negative integer`);
  return n;
}

export function fuzzSeeds(env: Record<string, string | undefined>): number[] {
  const seed = env.FUZZ_SEED?.trim();
  if (seed) return [parseCount("FUZZ_SEED", seed)];
  const runs = env.FUZZ_RUNS?.trim();
  const count = runs ? parseCount("FUZZ_RUNS", runs) : DEFAULT_RUNS;
  return Array.from({ length: count }, (_, i) => i + 1);
}
