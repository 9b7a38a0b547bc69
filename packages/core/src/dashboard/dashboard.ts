import type { AssessmentNode } from '../gap-assessment/assessment-nodes.ts';
import type { AssessmentScores } from '../gap-assessment/scoring.ts';
import { assessmentStaleness, type AssessmentStaleness } from '../gap-assessment/staleness.ts';

const dayMs = 86_400_000;

/** How old an assessment is on the dashboard, and whether it is due for renewal. */
export interface AssessmentAge extends AssessmentStaleness {
  /** Days since the assessment date (0 on the day, never negative). */
  ageDays: number;
}

/**
 * The age of an assessment measured from its assessment date (the day the picture was taken) against
 * the organisation's maximum age in months (`assessmentStaleness`), plus its age in days.
 */
export function dashboardAssessmentAge(assessmentDate: string, today: string, maxAgeMonths: number): AssessmentAge {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${assessmentDate}T00:00:00Z`)) / dayMs);
  return { ...assessmentStaleness(assessmentDate, today, maxAgeMonths), ageDays: Math.max(0, days) };
}

/** The titles of the groups scores are keyed by (clauses, Annex A themes, top headings), from the tree. */
export function scoreGroupTitles(
  nodes: readonly AssessmentNode[],
  scores: Pick<AssessmentScores, 'byClause' | 'byTheme' | 'byGroup'>,
): Record<string, string> {
  const titles = new Map(nodes.map((node) => [node.refId, node.title]));
  const keys = [...Object.keys(scores.byClause), ...Object.keys(scores.byTheme), ...Object.keys(scores.byGroup)];
  return Object.fromEntries(keys.map((key) => [key, titles.get(key) ?? key]));
}
