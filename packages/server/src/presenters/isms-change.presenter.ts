import type { IsmsChangeWithReassessment } from '@certa/db';
import type { ReassessmentProposal } from '../services/isms-change.service.ts';

/** JSON of one change of the log. */
export function presentIsmsChange(change: IsmsChangeWithReassessment) {
  return {
    id: change.id,
    reference: change.reference,
    title: change.title,
    description: change.description,
    category: change.category,
    occurredOn: change.occurredOn,
    scopeAffected: change.scopeAffected,
    refIds: change.refIds,
    reassessment: change.reassessment,
    createdBy: change.createdBy,
    createdAt: change.createdAt.toISOString(),
    updatedAt: change.updatedAt.toISOString(),
  };
}

/** JSON of a re-assessment proposal. */
export function presentReassessmentProposal(proposal: ReassessmentProposal) {
  const { baseline } = proposal;
  return {
    baseline: baseline
      ? {
          id: baseline.id,
          reference: baseline.reference,
          title: baseline.title,
          assessmentDate: baseline.assessmentDate,
          completedAt: baseline.completedAt ? baseline.completedAt.toISOString() : null,
          framework: baseline.framework,
        }
      : null,
    changes: proposal.changes.map(presentIsmsChange),
    requirements: proposal.requirements,
  };
}
