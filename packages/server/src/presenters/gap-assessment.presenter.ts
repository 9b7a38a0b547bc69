import type { GapAnswerOrigin, GapAssessment, GapReport, Requirement } from '@certa/core';
import type { GapAnswerResult } from '../services/gap-answer.service.ts';
import type { GapAssessmentDetail, GapAssessmentSummary } from '../services/gap-assessment-read.service.ts';

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/** JSON of where a pre-filled answer came from; null for an answer typed in from scratch. */
export function presentAnswerOrigin(
  origin: GapAnswerOrigin | null | undefined,
  labels: GapAnswerResult['originLabels'],
) {
  if (!origin) return null;
  return {
    kind: origin.kind,
    pending: origin.pending,
    assessmentId: origin.assessmentId,
    assessmentReference: labels?.assessmentReference ?? null,
    requirementRefId: labels?.requirementRefId ?? null,
    relationship: origin.relationship,
  };
}

/** JSON of one answer with its priority and, when pre-filled, its origin. */
export function presentGapAnswer({ answer, refId, priority, originLabels }: GapAnswerResult) {
  return {
    requirementId: answer.requirementId,
    refId,
    status: answer.status,
    maturity: answer.maturity,
    targetMaturity: answer.targetMaturity,
    documentation: answer.documentation,
    justification: answer.justification,
    gap: answer.gap,
    recommendation: answer.recommendation,
    owner: answer.owner,
    priorityOverride: answer.priorityOverride,
    effort: answer.effort,
    notes: answer.notes,
    version: answer.version,
    priority: {
      computed: priority.computed,
      effective: priority.effective,
      rule: priority.rule,
      reason: priority.reason,
      overridden: priority.overridden,
    },
    updatedAt: iso(answer.updatedAt),
    updatedBy: answer.updatedBy,
    origin: presentAnswerOrigin(answer.origin, originLabels),
  };
}

/** JSON of an assessment in lists. */
export function presentGapAssessmentSummary({ assessment, overall, nextStatuses, stale }: GapAssessmentSummary) {
  return {
    id: assessment.id,
    reference: assessment.reference,
    title: assessment.title,
    scope: assessment.scope,
    status: assessment.status,
    nextStatuses: [...nextStatuses],
    assessmentDate: assessment.assessmentDate,
    targetCertificationDate: assessment.targetCertificationDate,
    assessors: assessment.assessors,
    interviewees: assessment.interviewees,
    framework: {
      id: assessment.framework.id,
      slug: assessment.framework.slug,
      version: assessment.framework.version,
      name: assessment.framework.name,
      builtIn: assessment.framework.organizationId === null,
    },
    counts: { requirements: assessment.counts.requirements, answered: assessment.counts.answered },
    overall,
    createdBy: assessment.createdBy,
    createdAt: assessment.createdAt.toISOString(),
    updatedAt: assessment.updatedAt.toISOString(),
    completedAt: iso(assessment.completedAt),
    startedFrom: assessment.startedFrom,
    focusRefIds: assessment.focusRefIds,
    pendingConfirmations: assessment.counts.pending,
    stale: stale ?? null,
  };
}

const presentTreeNode = (node: Requirement) => ({
  id: node.id,
  parentId: node.parentId,
  refId: node.refId,
  title: node.title,
  kind: node.kind,
  assessable: node.assessable && !node.withdrawn,
});

/** JSON of an assessment with its tree, answers and scores. */
export function presentGapAssessmentDetail(detail: GapAssessmentDetail) {
  return {
    ...presentGapAssessmentSummary(detail),
    scores: detail.scores,
    requirements: detail.requirements.map(presentTreeNode),
    answers: detail.answers.map(presentGapAnswer),
  };
}

/** JSON of the gap report model of one assessment. */
export function presentGapAssessmentReport({ assessment, report }: { assessment: GapAssessment; report: GapReport }) {
  return {
    assessmentId: assessment.id,
    reference: assessment.reference,
    title: assessment.title,
    status: assessment.status,
    ...report,
  };
}
