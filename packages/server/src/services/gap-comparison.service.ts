import {
  assertCan,
  compareAssessments,
  DomainError,
  indexNodes,
  scoreGroupTitles,
  toRequirementAnswer,
  type GapAssessmentAnswer,
  type GapComparison,
} from '@certa/core';
import { listGapAnswers, listGapAssessments, type GapAssessmentWithCounts } from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';
import {
  gapAssessmentNotFound,
  gapAssessmentOrganization,
  loadFrameworkNodes,
  type FrameworkNodes,
} from './gap-assessment-read.service.ts';

const byRef = (tree: FrameworkNodes, answers: readonly GapAssessmentAnswer[]) =>
  Object.fromEntries(
    answers.map((answer) => [tree.refOf.get(answer.requirementId) ?? '', toRequirementAnswer(answer)]),
  );

const compared = (assessment: GapAssessmentWithCounts) => ({
  id: assessment.id,
  reference: assessment.reference,
  title: assessment.title,
  status: assessment.status,
  assessmentDate: assessment.assessmentDate,
  framework: { id: assessment.framework.id, version: assessment.framework.version },
});

/**
 * Compares two assessments of the same framework (by slug, so a newer version of it compares by
 * reference): each requirement improved, regressed or unchanged, and the score deltas per group. The
 * requirements are those of the later assessment's framework version.
 */
export async function compareGapAssessments(
  deps: AppDeps,
  context: RequestContext,
  beforeId: string,
  afterId: string,
): Promise<GapComparison> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = gapAssessmentOrganization(context);
  const db = deps.database.db;
  if (beforeId === afterId)
    throw new DomainError('validation_failed', 'Choose two different assessments to compare', {
      issues: [{ path: 'after', message: 'The same assessment is chosen twice' }],
    });
  const found = await listGapAssessments(db, organizationId, [beforeId, afterId]);
  const before = found.find((assessment) => assessment.id === beforeId);
  const after = found.find((assessment) => assessment.id === afterId);
  if (!before) throw gapAssessmentNotFound(beforeId);
  if (!after) throw gapAssessmentNotFound(afterId);
  if (before.framework.slug !== after.framework.slug)
    throw new DomainError(
      'validation_failed',
      `${before.reference} assesses ${before.framework.name} and ${after.reference} assesses ${after.framework.name}: only assessments of the same framework can be compared`,
      { issues: [{ path: 'after', message: 'Choose an assessment of the same framework' }] },
    );
  const afterTree = await loadFrameworkNodes(db, organizationId, after.framework.id);
  const beforeTree =
    before.framework.id === after.framework.id
      ? afterTree
      : await loadFrameworkNodes(db, organizationId, before.framework.id);
  const answers = await listGapAnswers(db, organizationId, [beforeId, afterId]);
  const comparison = compareAssessments(
    afterTree.nodes,
    byRef(
      beforeTree,
      answers.filter((answer) => answer.assessmentId === beforeId),
    ),
    byRef(
      afterTree,
      answers.filter((answer) => answer.assessmentId === afterId),
    ),
  );
  const index = indexNodes(afterTree.nodes);
  const groupOf = (refId: string): string | null => {
    const [top, second] = index.ancestors(refId);
    if (top === undefined) return null;
    return comparison.after.layout === 'iso27001' && top === 'A' ? (second ?? top) : top;
  };
  const { byAttribute: _before, ...scoresBefore } = comparison.before;
  const { byAttribute: _after, ...scoresAfter } = comparison.after;
  return {
    framework: { slug: after.framework.slug, name: after.framework.name },
    before: compared(before),
    after: compared(after),
    counts: comparison.counts,
    requirements: comparison.requirements.map((requirement) => {
      const node = index.byRef.get(requirement.refId);
      return {
        ...requirement,
        title: node?.title ?? requirement.refId,
        kind: node?.kind ?? 'control',
        group: groupOf(requirement.refId),
      };
    }),
    scores: { before: scoresBefore, after: scoresAfter },
    deltas: comparison.deltas,
    groupTitles: scoreGroupTitles(afterTree.nodes, comparison.after),
  };
}
