/** Small statistics for benchmark figures (nearest-rank percentiles, ms rounded to 0.1). */
export interface Summary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export const round1 = (v: number): number => Math.round(v * 10) / 10;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarise(values: readonly number[]): Summary {
  const mean = values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length;
  return { count: values.length, p50: round1(percentile(values, 50)), p95: round1(percentile(values, 95)), max: round1(Math.max(...values)), mean: round1(mean) };
}

export function median(values: readonly number[]): number {
  return round1(percentile(values, 50));
}
