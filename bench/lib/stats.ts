/** Smallest, middle and largest of a set of measurements (median of an even count averages the middle two). */
export interface Summary {
  count: number;
  min: number;
  median: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return { count, min: Number.NaN, median: Number.NaN, max: Number.NaN };
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { count, min: sorted[0]!, median, max: sorted[count - 1]! };
}

/** Rounds to one decimal, which is as precise as a 25 ms polling loop deserves. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The nearest-rank percentile (0 < p ≤ 100) of values sorted in ascending order; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}
