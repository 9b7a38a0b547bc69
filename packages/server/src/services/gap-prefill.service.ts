import {
  assertCan,
  assessmentNodesFromRequirements,
  carryOverAnswers,
  DomainError,
  gapAnswerPriority,
  invertMappingRelationship,
  mappedAnswers,
  type AnswerOriginKind,
  type AuditChanges,
  type GapAssessment,
  type PrefillMapping,
  type PrefilledAnswer,
  type PrefillTarget,
} from '@certa/core';
import {
  appendAuditEvent,
  confirmPendingGapAnswers,
  findFrameworkRequirement,
  findFrameworkVisibleTo,
  findGapAnswer,
  findGapAssessment,
  listAnswerOriginLabels,
  listGapAnswers,
  listMappingsBetween,
  type Executor,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { presentGapAnswer } from '../presenters/gap-assessment.presenter.ts';
import type { GapAnswerResult } from './gap-answer.service.ts';
import {
  gapAssessmentNotFound,
  gapAssessmentOrganization,
  isIso27001Framework,
  loadFrameworkNodes,
  type FrameworkNodes,
} from './gap-assessment-read.service.ts';
import { refuseLockedAssessment } from './gap-assessment.service.ts';

/** The answers a new assessment starts with, and the assessment they come from. */
export interface PrefillPlan {
  source: GapAssessment;
  /** `carried_over` for the same framework (any version of it), `mapped` through mappings otherwise. */
  kind: AnswerOriginKind;
  answers: PrefilledAnswer[];
}

const refuse = (message: string) =>
  new DomainError('validation_failed', message, { issues: [{ path: 'startFromAssessmentId', message }] });

async function mappingsBetween(
  tx: Executor,
  organizationId: string,
  sourceFrameworkId: string,
  targetFrameworkId: string,
): Promise<PrefillMapping[]> {
  const forward = await listMappingsBetween(tx, organizationId, sourceFrameworkId, targetFrameworkId);
  const backward = await listMappingsBetween(tx, organizationId, targetFrameworkId, sourceFrameworkId);
  return [
    ...forward.map((mapping) => ({
      sourceRequirementId: mapping.source.requirementId,
      targetRequirementId: mapping.target.requirementId,
      relationship: mapping.relationship,
    })),
    // Stored the other way round: read from the source side, so a subset becomes a superset.
    ...backward.map((mapping) => ({
      sourceRequirementId: mapping.target.requirementId,
      targetRequirementId: mapping.source.requirementId,
      relationship: invertMappingRelationship(mapping.relationship),
    })),
  ];
}

/**
 * What a new assessment of `target` starts with when it starts from assessment `sourceId` of the same
 * organisation: its answers carried over (same framework, or another version of it, matched by
 * reference), or derived through the mappings between the two frameworks. Every answer is pending
 * confirmation, except — for a focused re-assessment — those outside `focusRefIds`, which are carried
 * over as confirmed. Refuses an assessment of another organisation as if it did not exist, and two
 * frameworks no mapping set connects.
 */
export async function planPrefill(
  tx: Executor,
  organizationId: string,
  sourceId: string,
  target: FrameworkNodes,
  focusRefIds?: readonly string[],
): Promise<PrefillPlan> {
  const source = await findGapAssessment(tx, organizationId, sourceId);
  if (!source) throw refuse(`No gap assessment ${sourceId} in this organisation to start from`);
  const sourceTree = await loadFrameworkNodes(tx, organizationId, source.frameworkId);
  const answers = (await listGapAnswers(tx, organizationId, [source.id])).map((answer) => ({
    ...answer,
    refId: sourceTree.refOf.get(answer.requirementId) ?? '',
  }));
  const targets: PrefillTarget[] = target.requirements.flatMap((requirement, index) => {
    const node = target.nodes[index];
    return node ? [{ requirementId: requirement.id, node }] : [];
  });
  const from = sourceTree.framework;
  const to = target.framework;
  let plan: PrefillPlan;
  if (from.id === to.id || (from.slug === to.slug && from.organizationId === to.organizationId)) {
    const match = from.id === to.id ? 'id' : 'refId';
    plan = { source, kind: 'carried_over', answers: carryOverAnswers(source.id, answers, targets, match) };
  } else {
    const mappings = await mappingsBetween(tx, organizationId, from.id, to.id);
    if (mappings.length === 0)
      throw refuse(
        `No mapping set connects ${from.name} ${from.version} and ${to.name} ${to.version}: import one first, or start from an assessment of the same framework`,
      );
    plan = { source, kind: 'mapped', answers: mappedAnswers(source.id, answers, mappings, targets) };
  }
  if (focusRefIds) {
    const focus = new Set(focusRefIds);
    const refOf = target.refOf;
    for (const answer of plan.answers) answer.origin.pending = focus.has(refOf.get(answer.requirementId) ?? '');
  }
  return plan;
}

/** What the audit trail records about a pre-filled creation: the source and how many answers came from it. */
export function prefillAuditFields(plan: PrefillPlan | null): Record<string, unknown> {
  if (!plan) return {};
  const count = plan.answers.length;
  return {
    startedFrom: plan.source.reference,
    carriedOver: plan.kind === 'carried_over' ? count : 0,
    mapped: plan.kind === 'mapped' ? count : 0,
    pendingConfirmations: plan.answers.filter((answer) => answer.origin.pending).length,
  };
}

async function describeAnswer(
  tx: Executor,
  organizationId: string,
  refId: string,
  node: Parameters<typeof gapAnswerPriority>[0],
  answer: GapAnswerResult['answer'],
): Promise<GapAnswerResult> {
  const labels = await listAnswerOriginLabels(tx, organizationId, [answer]);
  return {
    answer,
    refId,
    priority: gapAnswerPriority(node, answer),
    originLabels: {
      assessmentReference: labels.assessments.get(answer.origin?.assessmentId ?? '') ?? null,
      requirementRefId: labels.requirements.get(answer.origin?.requirementId ?? '') ?? null,
    },
  };
}

const ownedBy = (owner: string | null, email: string) => owner !== null && owner.trim().toLowerCase() === email;

/**
 * Confirms one pre-filled answer as it is, if `version` is still the stored one (409 with the current
 * answer otherwise). An answer already confirmed is returned unchanged; one that was never pre-filled
 * cannot be confirmed. Contributors may confirm the answers they own.
 */
export async function confirmGapAnswer(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  requirementId: string,
  version: number,
): Promise<GapAnswerResult> {
  const organizationId = gapAssessmentOrganization(context);
  return deps.database.db.transaction(async (tx) => {
    const assessment = await findGapAssessment(tx, organizationId, id, 'share');
    if (!assessment) throw gapAssessmentNotFound(id);
    const framework = await findFrameworkVisibleTo(tx, organizationId, assessment.frameworkId);
    const stored = await findFrameworkRequirement(tx, assessment.frameworkId, requirementId);
    if (!framework || !stored)
      throw new DomainError('not_found', `No requirement ${requirementId} in the framework of ${assessment.reference}`);
    const [node] = assessmentNodesFromRequirements([stored], { iso27001: isIso27001Framework(framework) });
    if (!node) throw new DomainError('not_found', `No requirement ${requirementId}`);
    const current = await findGapAnswer(tx, organizationId, id, requirementId);
    const assigned = ownedBy(current?.owner ?? null, context.actor.email);
    assertCan(context.actor, 'ismsContent.write', {
      assignedMembershipId: assigned ? context.actor.membership?.id : null,
    });
    refuseLockedAssessment(assessment);
    if (!current?.origin)
      throw new DomainError('conflict', `${node.refId} was not pre-filled: there is nothing to confirm`);
    if (!current.origin.pending) return describeAnswer(tx, organizationId, node.refId, node, current);
    const stale = async () => {
      const latest = (await findGapAnswer(tx, organizationId, id, requirementId)) ?? current;
      return new DomainError(
        'conflict',
        `${node.refId} was changed by someone else (it is at version ${latest.version}, you confirmed version ${version}): review the current answer`,
        { current: presentGapAnswer(await describeAnswer(tx, organizationId, node.refId, node, latest)) },
      );
    };
    if (current.version !== version) throw await stale();
    const confirmed = await confirmPendingGapAnswers(
      tx,
      organizationId,
      id,
      [requirementId],
      context.now,
      context.actor.userId,
      version,
    );
    if (confirmed.length === 0) throw await stale();
    const saved = await findGapAnswer(tx, organizationId, id, requirementId);
    if (!saved) throw await stale();
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'gap_assessment.answer_confirmed',
        entityType: 'gap_assessment',
        entityId: id,
        changes: {
          requirement: { after: node.refId },
          originPending: { before: true, after: false },
          version: { before: current.version, after: saved.version },
        },
      },
      auditContext(context),
    );
    return describeAnswer(tx, organizationId, node.refId, node, saved);
  });
}

/**
 * Confirms the pending pre-filled answers of these requirements as they are, in one step (answers not
 * pending are left alone). Returns how many were confirmed and how many stay pending.
 */
export async function confirmGapAnswers(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  requirementIds: readonly string[],
): Promise<{ confirmed: number; pending: number }> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = gapAssessmentOrganization(context);
  return deps.database.db.transaction(async (tx) => {
    const assessment = await findGapAssessment(tx, organizationId, id, 'share');
    if (!assessment) throw gapAssessmentNotFound(id);
    refuseLockedAssessment(assessment);
    const confirmed = await confirmPendingGapAnswers(
      tx,
      organizationId,
      id,
      [...new Set(requirementIds)],
      context.now,
      context.actor.userId,
    );
    const answers = await listGapAnswers(tx, organizationId, [id]);
    const pending = answers.filter((answer) => answer.origin?.pending).length;
    if (confirmed.length > 0) {
      const tree = await loadFrameworkNodes(tx, organizationId, assessment.frameworkId);
      const refs = confirmed.map((requirementId) => tree.refOf.get(requirementId) ?? requirementId);
      const changes: AuditChanges = {
        requirements: { after: refs.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })) },
        confirmed: { after: confirmed.length },
      };
      await appendAuditEvent(
        tx,
        {
          organizationId,
          action: 'gap_assessment.answers_confirmed',
          entityType: 'gap_assessment',
          entityId: id,
          changes,
        },
        auditContext(context),
      );
    }
    return { confirmed: confirmed.length, pending };
  });
}
