import type { AssessmentNode } from './assessment-nodes.ts';
import { answerFor, roundScore, statusWeights, type AnswersByRef, type ConformityStatus } from './gap-assessment.ts';
import { scoreAssessment, type AssessmentScores, type Score, type ScoringOptions } from './scoring.ts';

/**
 * How a requirement moved between two assessments. `not_comparable`: one side is not assessed or not
 * applicable and the status changed, so there is no weight to compare.
 */
export type RequirementChange = 'improved' | 'regressed' | 'unchanged' | 'not_comparable';

/** One requirement in a comparison. */
export interface RequirementComparison {
  refId: string;
  before: { status: ConformityStatus; maturity: number | null };
  after: { status: ConformityStatus; maturity: number | null };
  change: RequirementChange;
}

/** Score differences (after minus before), one decimal; null where either side has no value. */
export interface ScoreDelta {
  conformity: number | null;
  coverage: number | null;
  maturity: { current: number | null; target: number | null; gap: number | null };
}

/** Two assessments of the same framework compared, requirement by requirement and group by group. */
export interface AssessmentComparison {
  requirements: RequirementComparison[];
  counts: Record<RequirementChange, number>;
  before: AssessmentScores;
  after: AssessmentScores;
  deltas: {
    overall: ScoreDelta;
    managementSystem: ScoreDelta | null;
    annexA: ScoreDelta | null;
    byClause: Record<string, ScoreDelta>;
    byTheme: Record<string, ScoreDelta>;
    byGroup: Record<string, ScoreDelta>;
    documentedInformationCompleteness: number | null;
  };
}

function difference(after: number | null, before: number | null): number | null {
  return after === null || before === null ? null : roundScore(after - before);
}

/** After minus before for every figure of a score. */
export function scoreDelta(before: Score, after: Score): ScoreDelta {
  return {
    conformity: difference(after.conformity, before.conformity),
    coverage: difference(after.coverage, before.coverage),
    maturity: {
      current: difference(after.maturity.current, before.maturity.current),
      target: difference(after.maturity.target, before.maturity.target),
      gap: difference(after.maturity.gap, before.maturity.gap),
    },
  };
}

function groupDeltas(before: Record<string, Score>, after: Record<string, Score>): Record<string, ScoreDelta> {
  const deltas: Record<string, ScoreDelta> = {};
  for (const [key, afterScore] of Object.entries(after)) {
    const beforeScore = before[key];
    if (beforeScore) deltas[key] = scoreDelta(beforeScore, afterScore);
  }
  return deltas;
}

/** Compares by status weight first, then by current maturity when the weights are equal. */
function changeOf(before: RequirementComparison['before'], after: RequirementComparison['after']): RequirementChange {
  const weightBefore = statusWeights[before.status];
  const weightAfter = statusWeights[after.status];
  if (weightBefore === null || weightAfter === null)
    return before.status === after.status ? 'unchanged' : 'not_comparable';
  if (weightAfter !== weightBefore) return weightAfter > weightBefore ? 'improved' : 'regressed';
  if (before.maturity === null || after.maturity === null || before.maturity === after.maturity) return 'unchanged';
  return after.maturity > before.maturity ? 'improved' : 'regressed';
}

/** Compares two assessments of the same framework: each assessable requirement, then the score deltas per group. */
export function compareAssessments(
  nodes: readonly AssessmentNode[],
  before: AnswersByRef,
  after: AnswersByRef,
  options: ScoringOptions = {},
): AssessmentComparison {
  const side = (answers: AnswersByRef, refId: string) => {
    const answer = answerFor(answers, refId);
    return { status: answer?.status ?? 'not_assessed', maturity: answer?.maturity ?? null };
  };
  const requirements = nodes
    .filter((node) => node.assessable)
    .map((node) => {
      const was = side(before, node.refId);
      const now = side(after, node.refId);
      return { refId: node.refId, before: was, after: now, change: changeOf(was, now) };
    });
  const counts: Record<RequirementChange, number> = { improved: 0, regressed: 0, unchanged: 0, not_comparable: 0 };
  for (const requirement of requirements) counts[requirement.change] += 1;
  const scoresBefore = scoreAssessment(nodes, before, options);
  const scoresAfter = scoreAssessment(nodes, after, options);
  const pair = (a: Score | null, b: Score | null) => (a && b ? scoreDelta(a, b) : null);
  return {
    requirements,
    counts,
    before: scoresBefore,
    after: scoresAfter,
    deltas: {
      overall: scoreDelta(scoresBefore.overall, scoresAfter.overall),
      managementSystem: pair(scoresBefore.managementSystem, scoresAfter.managementSystem),
      annexA: pair(scoresBefore.annexA, scoresAfter.annexA),
      byClause: groupDeltas(scoresBefore.byClause, scoresAfter.byClause),
      byTheme: groupDeltas(scoresBefore.byTheme, scoresAfter.byTheme),
      byGroup: groupDeltas(scoresBefore.byGroup, scoresAfter.byGroup),
      documentedInformationCompleteness: difference(
        scoresAfter.documentedInformation.completeness,
        scoresBefore.documentedInformation.completeness,
      ),
    },
  };
}
