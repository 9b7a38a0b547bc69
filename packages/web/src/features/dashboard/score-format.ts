import type { GapAssessmentDetail } from '@certa/client';

/** Conformity, coverage, counts and maturity of a group of requirements, as the API sends them. */
export type ScoreView = GapAssessmentDetail['overall'];

/** A score difference (after minus before), as the comparison sends it. */
export interface DeltaView {
  conformity: number | null;
  coverage: number | null;
  maturity: { current: number | null; target: number | null; gap: number | null };
}

/** A percentage with one decimal, or "not assessed" when there is nothing to measure. */
export function formatPercent(value: number | null): string {
  return value === null ? 'not assessed' : `${String(Math.round(value * 10) / 10)} %`;
}

/** A difference in points with its sign: "+12.5 pts", "−4 pts", "no change". */
export function formatDelta(value: number | null, unit = 'pts'): string {
  if (value === null) return 'not comparable';
  if (value === 0) return 'no change';
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  return `${value > 0 ? '+' : '−'}${String(rounded)} ${unit}`;
}
