import { randomUUID } from 'node:crypto';
import {
  assertCan,
  DomainError,
  iso27001AssessmentNodes,
  proposeReassessment,
  summarizeChanges,
  type AssessmentNode,
  type GapAssessment,
  type IsmsChange,
  type IsmsChangeCategory,
  type ProposedRequirement,
} from '@certa/core';
import {
  appendAuditEvent,
  findFrameworkVisibleTo,
  findIsmsChange,
  findLatestCompletedGapAssessment,
  insertIsmsChange,
  listIsmsChanges,
  nextIsmsChangeReference,
  setIsmsChangeReassessment,
  updateIsmsChange,
  type Executor,
  type IsmsChangeWithReassessment,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { loadFrameworkNodes, type GapAssessmentSummary } from './gap-assessment-read.service.ts';
import { createGapAssessment } from './gap-assessment.service.ts';

/** What a change is recorded with. */
export interface IsmsChangeInput {
  title: string;
  description?: string | null | undefined;
  category: IsmsChangeCategory;
  occurredOn: string;
  scopeAffected?: string | null | undefined;
  refIds: string[];
}

/** Fields of a change to edit; absent ones stay. */
export type IsmsChangeEdit = Partial<IsmsChangeInput>;

/** The proposal of what to re-assess after the changes since the latest completed assessment. */
export interface ReassessmentProposal {
  baseline: (GapAssessment & { framework: { id: string; name: string; version: string } }) | null;
  changes: IsmsChangeWithReassessment[];
  requirements: ProposedRequirement[];
}

/** What a focused re-assessment starts with. */
export interface FocusedReassessmentInput {
  changeIds: string[];
  frameworkId?: string | undefined;
  title: string;
  scope?: string | undefined;
  assessmentDate: string;
  targetCertificationDate?: string | null | undefined;
  assessors: string[];
  interviewees: string[];
}

function organizationOf(context: RequestContext): string {
  const organizationId = context.actor.membership?.organizationId;
  if (!organizationId) throw new DomainError('forbidden', 'The change log belongs to an organisation');
  return organizationId;
}

const changeNotFound = (id: string) => new DomainError('not_found', `No change ${id} in the change log`);

// The recorded fields of a change, as the audit trail lists them.
const recorded = (change: Pick<IsmsChange, keyof IsmsChangeInput>) => ({
  title: change.title,
  description: change.description,
  category: change.category,
  occurredOn: change.occurredOn,
  scopeAffected: change.scopeAffected,
  refIds: change.refIds,
});

/** The organisation's change log, most recent change first. */
export async function listOrganizationIsmsChanges(
  deps: AppDeps,
  context: RequestContext,
): Promise<IsmsChangeWithReassessment[]> {
  assertCan(context.actor, 'ismsContent.read');
  return listIsmsChanges(deps.database.db, organizationOf(context));
}

/** Records a significant change (ISO/IEC 27001:2022 6.3) with the next `CH-` reference. */
export async function recordIsmsChange(
  deps: AppDeps,
  context: RequestContext,
  input: IsmsChangeInput,
): Promise<IsmsChangeWithReassessment> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = organizationOf(context);
  const id = randomUUID();
  await deps.database.db.transaction(async (tx) => {
    const change: IsmsChange = {
      id,
      organizationId,
      reference: await nextIsmsChangeReference(tx, organizationId),
      title: input.title,
      description: input.description ?? null,
      category: input.category,
      occurredOn: input.occurredOn,
      scopeAffected: input.scopeAffected ?? null,
      refIds: input.refIds,
      reassessmentId: null,
      createdBy: context.actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    };
    await insertIsmsChange(tx, change);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'isms_change.recorded',
        entityType: 'isms_change',
        entityId: id,
        changes: summarizeChanges(undefined, { reference: change.reference, ...recorded(change) }),
      },
      auditContext(context),
    );
  });
  const created = await findIsmsChange(deps.database.db, organizationId, id);
  if (!created) throw changeNotFound(id);
  return created;
}

/** Edits a recorded change; an edit that changes nothing records nothing. */
export async function editIsmsChange(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  edit: IsmsChangeEdit,
): Promise<IsmsChangeWithReassessment> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = organizationOf(context);
  await deps.database.db.transaction(async (tx) => {
    const before = await findIsmsChange(tx, organizationId, id);
    if (!before) throw changeNotFound(id);
    const patch = Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined));
    const after = { ...before, ...patch };
    const changes = summarizeChanges(recorded(before), recorded(after));
    if (Object.keys(changes).length === 0) return;
    await updateIsmsChange(tx, organizationId, id, { ...patch, updatedAt: context.now });
    await appendAuditEvent(
      tx,
      { organizationId, action: 'isms_change.updated', entityType: 'isms_change', entityId: id, changes },
      auditContext(context),
    );
  });
  const updated = await findIsmsChange(deps.database.db, organizationId, id);
  if (!updated) throw changeNotFound(id);
  return updated;
}

async function baselineOf(db: Executor, organizationId: string, frameworkId: string | undefined) {
  if (frameworkId && !(await findFrameworkVisibleTo(db, organizationId, frameworkId)))
    throw new DomainError('validation_failed', `No framework ${frameworkId} in this organisation's library`, {
      issues: [{ path: 'frameworkId', message: `No framework ${frameworkId}` }],
    });
  return findLatestCompletedGapAssessment(db, organizationId, frameworkId ? [frameworkId] : undefined);
}

// Changes a focused re-assessment could still cover: since the baseline's date, none re-assessed yet.
const openSince = (changes: IsmsChangeWithReassessment[], baseline: GapAssessment | undefined) =>
  changes.filter(
    (change) => change.reassessmentId === null && (!baseline || change.occurredOn >= baseline.assessmentDate),
  );

/**
 * Which requirements to re-assess after the changes recorded since the latest completed assessment (of
 * `frameworkId` when given) that no focused assessment covers yet, and why. Without a completed
 * assessment the proposal reads the built-in ISO/IEC 27001:2022 and has no baseline to start from.
 */
export async function getReassessmentProposal(
  deps: AppDeps,
  context: RequestContext,
  frameworkId?: string,
): Promise<ReassessmentProposal> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = organizationOf(context);
  const db = deps.database.db;
  const baseline = await baselineOf(db, organizationId, frameworkId);
  const changes = openSince(await listIsmsChanges(db, organizationId), baseline);
  let nodes: AssessmentNode[] = iso27001AssessmentNodes();
  let framework: { id: string; name: string; version: string } | null = null;
  if (baseline) {
    const tree = await loadFrameworkNodes(db, organizationId, baseline.frameworkId);
    nodes = tree.nodes;
    framework = { id: tree.framework.id, name: tree.framework.name, version: tree.framework.version };
  }
  return {
    baseline: baseline && framework ? { ...baseline, framework } : null,
    changes,
    requirements: proposeReassessment(changes, nodes),
  };
}

/**
 * Starts a focused re-assessment for these changes: a new assessment of the framework of the latest
 * completed one, carrying over all its answers; the requirements the changes call for stay pending
 * confirmation, the rest is carried over as confirmed. The changes record the new assessment.
 */
export async function startFocusedReassessment(
  deps: AppDeps,
  context: RequestContext,
  input: FocusedReassessmentInput,
): Promise<GapAssessmentSummary> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = organizationOf(context);
  const db = deps.database.db;
  const ids = [...new Set(input.changeIds)];
  const changes = await listIsmsChanges(db, organizationId, ids);
  const missing = ids.find((id) => !changes.some((change) => change.id === id));
  if (missing)
    throw new DomainError('validation_failed', `No change ${missing} in this organisation's change log`, {
      issues: [{ path: 'changeIds', message: `No change ${missing}` }],
    });
  const baseline = await baselineOf(db, organizationId, input.frameworkId);
  if (!baseline)
    throw new DomainError(
      'conflict',
      'No completed assessment to re-assess: complete an assessment first, or start a new one from scratch',
    );
  const tree = await loadFrameworkNodes(db, organizationId, baseline.frameworkId);
  const focusRefIds = proposeReassessment(changes, tree.nodes).map((entry) => entry.refId);
  return createGapAssessment(
    deps,
    context,
    {
      frameworkId: baseline.frameworkId,
      title: input.title,
      scope: input.scope ?? baseline.scope,
      assessmentDate: input.assessmentDate,
      targetCertificationDate: input.targetCertificationDate ?? null,
      assessors: input.assessors,
      interviewees: input.interviewees,
      startFromAssessmentId: baseline.id,
      focusRefIds,
    },
    async (tx, assessment) => {
      // Checked again inside the transaction: two people starting at once cannot both take a change.
      const current = await listIsmsChanges(tx, organizationId, ids);
      const taken = current.find((change) => change.reassessment !== null);
      if (taken?.reassessment)
        throw new DomainError(
          'conflict',
          `${taken.reference} is already being re-assessed in ${taken.reassessment.reference}`,
          { changeId: taken.id, reassessmentId: taken.reassessment.id },
        );
      await setIsmsChangeReassessment(tx, organizationId, ids, assessment.id, context.now);
      for (const change of current) {
        await appendAuditEvent(
          tx,
          {
            organizationId,
            action: 'isms_change.reassessment_started',
            entityType: 'isms_change',
            entityId: change.id,
            changes: { reassessment: { after: assessment.reference } },
          },
          auditContext(context),
        );
      }
    },
  );
}
