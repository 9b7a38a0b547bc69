import {
  applyGapAnswerPatch,
  assertCan,
  assessmentNodesFromRequirements,
  DomainError,
  gapAnswerPriority,
  gapAnswerProblems,
  pickGapAnswerFields,
  summarizeChanges,
  unansweredGapAnswer,
  type GapAnswerPatch,
  type GapAssessmentAnswer,
  type PriorityResult,
} from '@certa/core';
import {
  appendAuditEvent,
  findFrameworkRequirement,
  findFrameworkVisibleTo,
  findGapAnswer,
  findGapAssessment,
  saveGapAnswer,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { presentGapAnswer } from '../presenters/gap-assessment.presenter.ts';
import {
  gapAssessmentNotFound,
  gapAssessmentOrganization,
  isIso27001Framework,
} from './gap-assessment-read.service.ts';
import { refuseLockedAssessment } from './gap-assessment.service.ts';

/** One answer with its requirement's reference and its computed and effective priority. */
export interface GapAnswerResult {
  answer: GapAssessmentAnswer;
  refId: string;
  priority: PriorityResult;
  /** References of the assessment and requirement a pre-filled answer came from, when looked up. */
  originLabels?: { assessmentReference: string | null; requirementRefId: string | null };
}

const ownedBy = (owner: string | null, email: string) => owner !== null && owner.trim().toLowerCase() === email;

/**
 * Records an edit of one answer if `version` is still the stored one (0 when never answered); a stale
 * version is refused with 409 `conflict` and the current answer in `details.current`, never overwritten.
 * Contributors may edit an answer only while its owner is their email, and cannot hand it to someone else.
 */
export async function saveGapAssessmentAnswer(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  requirementId: string,
  input: GapAnswerPatch & { version: number },
): Promise<GapAnswerResult> {
  const organizationId = gapAssessmentOrganization(context);
  const { version, ...patch } = input;
  return deps.database.db.transaction(async (tx) => {
    // A shared lock: a concurrent transition to completed waits until this answer is written, or wins.
    const assessment = await findGapAssessment(tx, organizationId, id, 'share');
    if (!assessment) throw gapAssessmentNotFound(id);
    refuseLockedAssessment(assessment);
    const framework = await findFrameworkVisibleTo(tx, organizationId, assessment.frameworkId);
    const stored = await findFrameworkRequirement(tx, assessment.frameworkId, requirementId);
    if (!framework || !stored)
      throw new DomainError('not_found', `No requirement ${requirementId} in the framework of ${assessment.reference}`);
    const [node] = assessmentNodesFromRequirements([stored], { iso27001: isIso27001Framework(framework) });
    if (!node?.assessable)
      throw new DomainError('validation_failed', `${stored.refId} is a heading or withdrawn: it cannot be assessed`);

    const current =
      (await findGapAnswer(tx, organizationId, id, requirementId)) ?? unansweredGapAnswer(id, requirementId);
    const next = applyGapAnswerPatch(current, patch);
    const email = context.actor.email;
    const assigned = ownedBy(current.owner, email) && ownedBy(next.owner, email);
    assertCan(context.actor, 'ismsContent.write', {
      assignedMembershipId: assigned ? context.actor.membership?.id : null,
    });

    const describe = (answer: GapAssessmentAnswer): GapAnswerResult => ({
      answer,
      refId: node.refId,
      priority: gapAnswerPriority(node, answer),
    });
    const stale = (latest: GapAssessmentAnswer) =>
      new DomainError(
        'conflict',
        `${node.refId} was changed by someone else (it is at version ${latest.version}, your edit started from version ${version}): review the current answer and apply your change again`,
        { current: presentGapAnswer(describe(latest)) },
      );
    if (current.version !== version) throw stale(current);
    const issues = gapAnswerProblems(node, next);
    if (issues[0]) throw new DomainError('validation_failed', issues[0].message, { issues });
    const changes = summarizeChanges({ ...pickGapAnswerFields(current) }, { ...next });
    if (Object.keys(changes).length === 0) return describe(current);

    const written = {
      ...next,
      assessmentId: id,
      requirementId,
      updatedAt: context.now,
      updatedBy: context.actor.userId,
    };
    const saved = await saveGapAnswer(tx, organizationId, written, version);
    // Another writer got in between the read and the write: the statement's own version check caught it.
    if (!saved) throw stale((await findGapAnswer(tx, organizationId, id, requirementId)) ?? current);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'gap_assessment.answer_updated',
        entityType: 'gap_assessment',
        entityId: id,
        changes: {
          requirement: { after: node.refId },
          ...changes,
          // Editing a pre-filled answer confirms it (the repository cleared the pending mark).
          ...(current.origin?.pending ? { originPending: { before: true, after: false } } : {}),
          version: { before: current.version, after: saved.version },
        },
      },
      auditContext(context),
    );
    return describe(saved);
  });
}
