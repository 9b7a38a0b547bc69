import { randomUUID } from 'node:crypto';
import {
  assertCan,
  DomainError,
  evidenceLinkLabel,
  evidenceLinkTargetProblem,
  type EvidenceLinkRecord,
  type EvidenceLinkTarget,
} from '@certa/core';
import {
  appendAuditEvent,
  deleteEvidenceLink,
  findEvidenceItem,
  findEvidenceLink,
  findFrameworkRequirement,
  findGapAssessment,
  hasEvidenceLink,
  insertEvidenceLink,
  listEvidenceLinks,
  type Executor,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { refuseLockedAssessment } from './gap-assessment.service.ts';
import { evidenceNotFound, evidenceOrganization } from './evidence.service.ts';

/** What a link points at. */
export interface EvidenceLinkTargetInput {
  targetType: EvidenceLinkTarget;
  targetId: string;
  requirementId?: string | null | undefined;
}

const badRequest = (path: string, message: string) =>
  new DomainError('validation_failed', message, { issues: [{ path, message }] });

/**
 * Checks a gap-answer target: the assessment is the organisation's, not completed (a completed assessment
 * is locked, as for answer edits) and the requirement belongs to its framework.
 */
async function checkGapAnswerTarget(
  tx: Executor,
  organizationId: string,
  target: EvidenceLinkTargetInput,
): Promise<void> {
  const assessment = await findGapAssessment(tx, organizationId, target.targetId, 'share');
  if (!assessment) throw new DomainError('not_found', `No gap assessment ${target.targetId}`);
  refuseLockedAssessment(assessment);
  if (!target.requirementId) throw badRequest('requirementId', 'Name the requirement of the assessment to link to');
  const requirement = await findFrameworkRequirement(tx, assessment.frameworkId, target.requirementId);
  if (!requirement)
    throw badRequest(
      'requirementId',
      `Requirement ${target.requirementId} is not in the framework of ${assessment.reference}`,
    );
}

/** Evidence linked to one target (for a gap assessment: to one requirement, or to all of them). */
export async function listEvidenceLinksOfTarget(
  deps: AppDeps,
  context: RequestContext,
  target: EvidenceLinkTargetInput,
): Promise<EvidenceLinkRecord[]> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = evidenceOrganization(context);
  // Targets without tables yet cannot have links.
  if (evidenceLinkTargetProblem(target.targetType)) return [];
  if (target.targetType === 'gap_answer') {
    const assessment = await findGapAssessment(deps.database.db, organizationId, target.targetId);
    if (!assessment) throw new DomainError('not_found', `No gap assessment ${target.targetId}`);
  }
  return listEvidenceLinks(deps.database.db, organizationId, {
    targetType: target.targetType,
    targetId: target.targetId,
    requirementId: target.requirementId ?? undefined,
  });
}

/** Links an evidence item to what it supports; the same link twice is refused with 409. */
export async function linkEvidence(
  deps: AppDeps,
  context: RequestContext,
  input: EvidenceLinkTargetInput & { evidenceId: string },
): Promise<EvidenceLinkRecord> {
  assertCan(context.actor, 'evidence.upload');
  const organizationId = evidenceOrganization(context);
  const targetProblem = evidenceLinkTargetProblem(input.targetType);
  if (targetProblem) throw badRequest('targetType', targetProblem);
  const id = randomUUID();
  await deps.database.db.transaction(async (tx) => {
    const item = await findEvidenceItem(tx, organizationId, input.evidenceId, 'share');
    if (!item) throw evidenceNotFound(input.evidenceId);
    await checkGapAnswerTarget(tx, organizationId, input);
    const link = {
      id,
      organizationId,
      evidenceId: item.id,
      targetType: input.targetType,
      targetId: input.targetId,
      requirementId: input.requirementId ?? null,
      createdBy: context.actor.userId,
      createdAt: context.now,
    };
    const duplicate = () =>
      new DomainError('conflict', `${item.reference} is already linked to this requirement`, {
        evidenceId: item.id,
      });
    if (await hasEvidenceLink(tx, link)) throw duplicate();
    if (!(await insertEvidenceLink(tx, link))) throw duplicate();
    const stored = await findEvidenceLink(tx, organizationId, id);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'evidence.linked',
        entityType: 'evidence',
        entityId: item.id,
        changes: {
          link: { after: stored ? evidenceLinkLabel(stored) : input.targetId },
          targetType: { after: link.targetType },
          targetId: { after: link.targetId },
          requirementId: { after: link.requirementId },
        },
      },
      auditContext(context),
    );
  });
  const stored = await findEvidenceLink(deps.database.db, organizationId, id);
  if (!stored) throw new DomainError('not_found', `No evidence link ${id}`);
  return stored;
}

/** Removes a link (not from a completed gap assessment, which is locked). */
export async function unlinkEvidence(deps: AppDeps, context: RequestContext, linkId: string): Promise<void> {
  assertCan(context.actor, 'evidence.upload');
  const organizationId = evidenceOrganization(context);
  await deps.database.db.transaction(async (tx) => {
    const link = await findEvidenceLink(tx, organizationId, linkId);
    if (!link) throw new DomainError('not_found', `No evidence link ${linkId}`);
    if (link.targetType === 'gap_answer') {
      const assessment = await findGapAssessment(tx, organizationId, link.targetId, 'share');
      if (assessment) refuseLockedAssessment(assessment);
    }
    if (!(await deleteEvidenceLink(tx, organizationId, linkId)))
      throw new DomainError('not_found', `No evidence link ${linkId}`);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'evidence.unlinked',
        entityType: 'evidence',
        entityId: link.evidenceId,
        changes: {
          link: { before: evidenceLinkLabel(link) },
          targetType: { before: link.targetType },
          targetId: { before: link.targetId },
          requirementId: { before: link.requirementId },
        },
      },
      auditContext(context),
    );
  });
}
