import { randomUUID } from 'node:crypto';
import {
  assertCan,
  assessmentDatesProblem,
  assessmentLockedProblem,
  assessmentTransitionProblem,
  assessmentTransitionTargets,
  DomainError,
  summarizeChanges,
  type GapAssessment,
  type GapAssessmentStatus,
} from '@certa/core';
import {
  appendAuditEvent,
  findFrameworkVisibleTo,
  findGapAssessment,
  insertGapAssessment,
  insertPrefilledAnswers,
  type Executor,
  nextGapAssessmentReference,
  updateGapAssessment,
  updateGapAssessmentStatus,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import {
  gapAssessmentNotFound,
  gapAssessmentOrganization,
  loadFrameworkNodes,
  loadGapAssessmentSummary,
  type GapAssessmentSummary,
} from './gap-assessment-read.service.ts';
import { planPrefill, prefillAuditFields } from './gap-prefill.service.ts';

/** What a new assessment is made of. */
export interface GapAssessmentInput {
  frameworkId: string;
  title: string;
  scope: string;
  assessmentDate: string;
  targetCertificationDate?: string | null | undefined;
  assessors: string[];
  interviewees: string[];
  /** Pre-fill from this assessment of the organisation (see `planPrefill`). */
  startFromAssessmentId?: string | undefined;
  /** A focused re-assessment: only these requirements stay pending; the rest is carried over as confirmed. */
  focusRefIds?: string[] | undefined;
}

/** Header fields to change; absent ones stay. */
export type GapAssessmentChanges = Partial<
  Omit<GapAssessmentInput, 'frameworkId' | 'startFromAssessmentId' | 'focusRefIds'>
>;

/** Refuses any change to a completed (locked) assessment with 409 `conflict` and the reason. */
export function refuseLockedAssessment(assessment: GapAssessment): void {
  const problem = assessmentLockedProblem(assessment.status);
  if (problem) throw new DomainError('conflict', `${assessment.reference}: ${problem}`, { status: assessment.status });
}

/**
 * Creates an assessment against a framework version the organisation can use, with the next reference,
 * pre-filled from `startFromAssessmentId` when given; `onCreated` runs in the same transaction.
 */
export async function createGapAssessment(
  deps: AppDeps,
  context: RequestContext,
  input: GapAssessmentInput,
  onCreated?: (tx: Executor, assessment: GapAssessment) => Promise<void>,
): Promise<GapAssessmentSummary> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = gapAssessmentOrganization(context);
  const id = randomUUID();
  await deps.database.db.transaction(async (tx) => {
    const framework = await findFrameworkVisibleTo(tx, organizationId, input.frameworkId);
    const refuse = (message: string) =>
      new DomainError('validation_failed', message, { issues: [{ path: 'frameworkId', message }] });
    if (!framework) throw refuse(`No framework ${input.frameworkId} in this organisation's library`);
    const tree = await loadFrameworkNodes(tx, organizationId, framework.id);
    if (!tree.nodes.some((node) => node.assessable))
      throw refuse(`${framework.name} ${framework.version} has no requirement that can be assessed`);
    const prefill = input.startFromAssessmentId
      ? await planPrefill(tx, organizationId, input.startFromAssessmentId, tree, input.focusRefIds)
      : null;
    const assessment: GapAssessment = {
      id,
      organizationId,
      reference: await nextGapAssessmentReference(tx, organizationId, context.now.getUTCFullYear()),
      frameworkId: framework.id,
      title: input.title,
      scope: input.scope,
      assessmentDate: input.assessmentDate,
      targetCertificationDate: input.targetCertificationDate ?? null,
      status: 'planned',
      assessors: input.assessors,
      interviewees: input.interviewees,
      createdBy: context.actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
      completedAt: null,
    };
    await insertGapAssessment(tx, {
      ...assessment,
      startedFromId: prefill?.source.id ?? null,
      focusRefIds: input.focusRefIds ?? null,
    });
    if (prefill) await insertPrefilledAnswers(tx, id, prefill.answers, context.now, context.actor.userId);
    const { reference, frameworkId, title, scope, assessmentDate, targetCertificationDate, status } = assessment;
    const recorded = { reference, frameworkId, title, scope, assessmentDate, targetCertificationDate, status };
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'gap_assessment.created',
        entityType: 'gap_assessment',
        entityId: id,
        changes: summarizeChanges(undefined, {
          ...recorded,
          assessors: input.assessors,
          interviewees: input.interviewees,
          ...prefillAuditFields(prefill),
          ...(input.focusRefIds ? { focusRefIds: input.focusRefIds } : {}),
        }),
      },
      auditContext(context),
    );
    await onCreated?.(tx, assessment);
  });
  return loadGapAssessmentSummary(deps.database.db, organizationId, id, context.now);
}

/** Changes the title, scope, dates or people of an assessment that is not completed. */
export async function updateGapAssessmentDetails(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  changes: GapAssessmentChanges,
): Promise<GapAssessmentSummary> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = gapAssessmentOrganization(context);
  await deps.database.db.transaction(async (tx) => {
    const before = await findGapAssessment(tx, organizationId, id, 'update');
    if (!before) throw gapAssessmentNotFound(id);
    refuseLockedAssessment(before);
    const patch = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const after: GapAssessment = { ...before, ...patch };
    const datesProblem = assessmentDatesProblem(after.assessmentDate, after.targetCertificationDate);
    if (datesProblem)
      throw new DomainError('validation_failed', datesProblem, {
        issues: [{ path: 'targetCertificationDate', message: datesProblem }],
      });
    const pick = (value: GapAssessment) =>
      Object.fromEntries(Object.keys(patch).map((key) => [key, value[key as keyof GapAssessment]]));
    const recorded = summarizeChanges(pick(before), pick(after));
    if (Object.keys(recorded).length === 0) return;
    await updateGapAssessment(tx, organizationId, id, { ...patch, updatedAt: context.now });
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'gap_assessment.updated',
        entityType: 'gap_assessment',
        entityId: id,
        changes: recorded,
      },
      auditContext(context),
    );
  });
  return loadGapAssessmentSummary(deps.database.db, organizationId, id);
}

/** Moves an assessment along its workflow (see `assessmentTransitionProblem`). */
export async function transitionGapAssessment(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  to: GapAssessmentStatus,
): Promise<GapAssessmentSummary> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = gapAssessmentOrganization(context);
  await deps.database.db.transaction(async (tx) => {
    const before = await findGapAssessment(tx, organizationId, id, 'update');
    if (!before) throw gapAssessmentNotFound(id);
    const problem = assessmentTransitionProblem(before.status, to);
    if (problem)
      throw new DomainError('invalid_transition', `${before.reference}: ${problem}`, {
        from: before.status,
        to,
        allowed: assessmentTransitionTargets(before.status),
      });
    await updateGapAssessmentStatus(tx, organizationId, id, to, context.now);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'gap_assessment.status_changed',
        entityType: 'gap_assessment',
        entityId: id,
        changes: { status: { before: before.status, after: to } },
      },
      auditContext(context),
    );
  });
  return loadGapAssessmentSummary(deps.database.db, organizationId, id);
}
