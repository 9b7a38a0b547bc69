import {
  gapAssessmentReference,
  gapAssessmentReferencePrefix,
  type Framework,
  type GapAnswerFields,
  type GapAnswerOrigin,
  type GapAssessment,
  type GapAssessmentAnswer,
  type PrefilledAnswer,
  type GapAssessmentStatus,
  type StoredRequirementNode,
} from '@certa/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../connection.ts';
import { gapAssessment, gapAssessmentAnswer } from '../schema/gap-assessment.ts';
import { framework, requirement } from '../schema/library.ts';
import { queryRows } from '../sql.ts';

/** A gap assessment with its framework and how far the answering has gone. */
export interface GapAssessmentWithCounts extends GapAssessment {
  framework: Pick<Framework, 'id' | 'slug' | 'version' | 'name' | 'source' | 'organizationId'>;
  counts: {
    /** Assessable requirements of the framework (withdrawn ones excluded). */
    requirements: number;
    /** Answers whose status is other than not assessed. */
    answered: number;
    /** Pre-filled answers nobody has confirmed or edited yet. */
    pending: number;
  };
  /** The assessment whose answers pre-filled this one. */
  startedFrom: { id: string; reference: string } | null;
  /** For a focused re-assessment: the requirements proposed for re-assessment. */
  focusRefIds: string[] | null;
}

/** Where a new assessment's answers came from (see `insertGapAssessment`). */
export interface GapAssessmentProvenance {
  startedFromId?: string | null;
  focusRefIds?: string[] | null;
}

/** The header fields of an assessment that can change after creation. */
export type GapAssessmentPatch = Partial<
  Pick<
    GapAssessment,
    | 'title'
    | 'scope'
    | 'assessmentDate'
    | 'targetCertificationDate'
    | 'assessors'
    | 'interviewees'
    | 'status'
    | 'completedAt'
  >
> &
  Pick<GapAssessment, 'updatedAt'>;

/** An answer as written: its fields, who wrote it and when. */
export type GapAnswerWrite = GapAnswerFields &
  Pick<GapAssessmentAnswer, 'assessmentId' | 'requirementId'> & { updatedAt: Date; updatedBy: string };

// Serialises reference allocation per organisation (first key: this kind of reference).
const referenceLockKey = 727_274_004;

const ofOrganization = (organizationId: string) => eq(gapAssessment.organizationId, organizationId);

function toAnswer(row: typeof gapAssessmentAnswer.$inferSelect): GapAssessmentAnswer {
  const {
    priorityOverride,
    priorityReason,
    originKind,
    originAssessmentId,
    originRequirementId,
    originRelationship,
    originPending,
    ...rest
  } = row;
  const origin: GapAnswerOrigin | null =
    originKind === null
      ? null
      : {
          kind: originKind,
          assessmentId: originAssessmentId,
          requirementId: originRequirementId,
          relationship: originRelationship,
          pending: originPending,
        };
  return {
    ...rest,
    priorityOverride: priorityOverride === null ? null : { priority: priorityOverride, reason: priorityReason ?? '' },
    origin,
  };
}

/** Inserts an assessment, with the assessment it started from and its focus when it was pre-filled. */
export async function insertGapAssessment(tx: Executor, value: GapAssessment & GapAssessmentProvenance): Promise<void> {
  await tx.insert(gapAssessment).values(value);
}

/**
 * The next free reference of an organisation for a year (`GA-2026-03`). Call it inside the transaction
 * that inserts the assessment: it holds a lock until that transaction ends, so two creations never get
 * the same reference.
 */
export async function nextGapAssessmentReference(tx: Executor, organizationId: string, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${referenceLockKey}, hashtext(${organizationId}))`);
  const prefix = gapAssessmentReferencePrefix(year);
  const suffix = sql`substr(${gapAssessment.reference}, ${prefix.length + 1})`;
  const [row] = await tx
    .select({ last: sql<number>`coalesce(max(${suffix}::int), 0)::int` })
    .from(gapAssessment)
    .where(
      and(
        ofOrganization(organizationId),
        sql`starts_with(${gapAssessment.reference}, ${prefix})`,
        sql`${suffix} ~ '^[0-9]+$'`,
      ),
    );
  return gapAssessmentReference(year, (row?.last ?? 0) + 1);
}

/**
 * One assessment of an organisation; undefined when it does not exist or belongs to another. `lock`
 * holds the row until the transaction ends (`update` for status changes, `share` for answer writes).
 */
export async function findGapAssessment(
  db: Executor,
  organizationId: string,
  id: string,
  lock?: 'update' | 'share',
): Promise<GapAssessment | undefined> {
  const query = db
    .select()
    .from(gapAssessment)
    .where(and(ofOrganization(organizationId), eq(gapAssessment.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** The assessments of an organisation (or only those with the given ids), newest first, with counts. */
export async function listGapAssessments(
  db: Executor,
  organizationId: string,
  ids?: readonly string[],
): Promise<GapAssessmentWithCounts[]> {
  const startedFrom = alias(gapAssessment, 'started_from');
  const rows = await db
    .select({
      startedFromReference: startedFrom.reference,
      pending: sql<number>`(select count(*)::int from ${gapAssessmentAnswer} where ${gapAssessmentAnswer.assessmentId} = ${gapAssessment.id} and ${gapAssessmentAnswer.originPending})`,
      assessment: gapAssessment,
      framework: {
        id: framework.id,
        slug: framework.slug,
        version: framework.version,
        name: framework.name,
        source: framework.source,
        organizationId: framework.organizationId,
      },
      requirements: sql<number>`(select count(*)::int from ${requirement} where ${requirement.frameworkId} = ${gapAssessment.frameworkId} and ${requirement.assessable} and not ${requirement.withdrawn})`,
      answered: sql<number>`(select count(*)::int from ${gapAssessmentAnswer} where ${gapAssessmentAnswer.assessmentId} = ${gapAssessment.id} and ${gapAssessmentAnswer.status} <> 'not_assessed')`,
    })
    .from(gapAssessment)
    .innerJoin(framework, eq(framework.id, gapAssessment.frameworkId))
    .leftJoin(startedFrom, eq(startedFrom.id, gapAssessment.startedFromId))
    .where(and(ofOrganization(organizationId), ids === undefined ? undefined : inArray(gapAssessment.id, [...ids])))
    .orderBy(desc(gapAssessment.createdAt), desc(gapAssessment.reference));
  return rows.map((row) => {
    const { startedFromId, focusRefIds, ...assessment } = row.assessment;
    return {
      ...assessment,
      framework: row.framework,
      counts: { requirements: row.requirements, answered: row.answered, pending: row.pending },
      startedFrom:
        startedFromId === null || row.startedFromReference === null
          ? null
          : { id: startedFromId, reference: row.startedFromReference },
      focusRefIds,
    };
  });
}

/** Changes header fields or the status of an organisation's assessment; returns it as it now is. */
export async function updateGapAssessment(
  tx: Executor,
  organizationId: string,
  id: string,
  patch: GapAssessmentPatch,
): Promise<GapAssessment | undefined> {
  const [row] = await tx
    .update(gapAssessment)
    .set(patch)
    .where(and(ofOrganization(organizationId), eq(gapAssessment.id, id)))
    .returning();
  return row;
}

/** Moves an organisation's assessment to a status, stamping `completedAt` when it completes. */
export async function updateGapAssessmentStatus(
  tx: Executor,
  organizationId: string,
  id: string,
  status: GapAssessmentStatus,
  now: Date,
): Promise<GapAssessment | undefined> {
  return updateGapAssessment(tx, organizationId, id, {
    status,
    updatedAt: now,
    completedAt: status === 'completed' ? now : null,
  });
}

/** The stored answers of an organisation's assessments (requirements never answered have none). */
export async function listGapAnswers(
  db: Executor,
  organizationId: string,
  assessmentIds: readonly string[],
): Promise<GapAssessmentAnswer[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .select({ answer: gapAssessmentAnswer })
    .from(gapAssessmentAnswer)
    .innerJoin(gapAssessment, eq(gapAssessment.id, gapAssessmentAnswer.assessmentId))
    .where(and(ofOrganization(organizationId), inArray(gapAssessmentAnswer.assessmentId, [...assessmentIds])));
  return rows.map((row) => toAnswer(row.answer));
}

/** The stored answer about one requirement in an organisation's assessment, if any. */
export async function findGapAnswer(
  db: Executor,
  organizationId: string,
  assessmentId: string,
  requirementId: string,
): Promise<GapAssessmentAnswer | undefined> {
  const [row] = await db
    .select({ answer: gapAssessmentAnswer })
    .from(gapAssessmentAnswer)
    .innerJoin(gapAssessment, eq(gapAssessment.id, gapAssessmentAnswer.assessmentId))
    .where(
      and(
        ofOrganization(organizationId),
        eq(gapAssessmentAnswer.assessmentId, assessmentId),
        eq(gapAssessmentAnswer.requirementId, requirementId),
      ),
    );
  return row ? toAnswer(row.answer) : undefined;
}

/**
 * Writes an answer if, and only if, its stored version is still `expectedVersion`, in one statement:
 * version 0 inserts it (nothing may be stored yet), a higher version updates the row with that version.
 * Returns the answer as stored (its version one higher), or undefined when the version was stale.
 */
export async function saveGapAnswer(
  tx: Executor,
  organizationId: string,
  answer: GapAnswerWrite,
  expectedVersion: number,
): Promise<GapAssessmentAnswer | undefined> {
  const { priorityOverride, assessmentId: _assessment, requirementId: _requirement, ...fields } = answer;
  const values = { ...fields, priorityOverride: priorityOverride?.priority ?? null };
  const priorityReason = priorityOverride?.reason ?? null;
  if (expectedVersion === 0) {
    const inserted = await queryRows<{ version: number }>(
      tx,
      sql`insert into ${gapAssessmentAnswer} (assessment_id, requirement_id, status, maturity, target_maturity,
          documentation, justification, gap, recommendation, owner, priority_override, priority_reason, effort,
          notes, version, updated_at, updated_by)
        select ${gapAssessment.id}, ${answer.requirementId}::uuid, ${values.status}::conformity_status,
          ${values.maturity}::smallint, ${values.targetMaturity}::smallint,
          ${values.documentation}::documentation_state, ${values.justification}::text, ${values.gap}::text,
          ${values.recommendation}::text, ${values.owner}::text, ${values.priorityOverride}::gap_priority,
          ${priorityReason}::text, ${values.effort}::gap_effort, ${values.notes}::text, 1,
          ${answer.updatedAt.toISOString()}::timestamptz, ${answer.updatedBy}::uuid
        from ${gapAssessment}
        where ${gapAssessment.id} = ${answer.assessmentId} and ${gapAssessment.organizationId} = ${organizationId}
        on conflict (assessment_id, requirement_id) do nothing
        returning version`,
    );
    return inserted.length === 0 ? undefined : { ...answer, version: 1 };
  }
  const [row] = await tx
    .update(gapAssessmentAnswer)
    // Editing a pre-filled answer is taking it over: it is no longer pending confirmation.
    .set({ ...values, priorityReason, originPending: false, version: sql`${gapAssessmentAnswer.version} + 1` })
    .where(
      and(
        eq(gapAssessmentAnswer.assessmentId, answer.assessmentId),
        eq(gapAssessmentAnswer.requirementId, answer.requirementId),
        eq(gapAssessmentAnswer.version, expectedVersion),
        inArray(
          gapAssessmentAnswer.assessmentId,
          tx.select({ id: gapAssessment.id }).from(gapAssessment).where(ofOrganization(organizationId)),
        ),
      ),
    )
    .returning();
  return row ? toAnswer(row) : undefined;
}

const prefillBatch = 500;

/**
 * Writes the pre-filled answers of a new assessment (multi-row inserts), each at version 1 with its
 * origin; the assessment must be new, so nothing is stored for it yet.
 */
export async function insertPrefilledAnswers(
  tx: Executor,
  assessmentId: string,
  answers: readonly PrefilledAnswer[],
  updatedAt: Date,
  updatedBy: string,
): Promise<void> {
  for (let start = 0; start < answers.length; start += prefillBatch) {
    await tx.insert(gapAssessmentAnswer).values(
      answers.slice(start, start + prefillBatch).map(({ requirementId, fields, origin }) => {
        const { priorityOverride, ...rest } = fields;
        return {
          ...rest,
          assessmentId,
          requirementId,
          priorityOverride: priorityOverride?.priority ?? null,
          priorityReason: priorityOverride?.reason ?? null,
          originKind: origin.kind,
          originAssessmentId: origin.assessmentId,
          originRequirementId: origin.requirementId,
          originRelationship: origin.relationship,
          originPending: origin.pending,
          version: 1,
          updatedAt,
          updatedBy,
        };
      }),
    );
  }
}

/**
 * Confirms pending pre-filled answers of an organisation's assessment as they are: clears the pending
 * mark and moves each to its next version. With `expectedVersion`, only an answer still at that version
 * is confirmed. Returns the requirement ids confirmed.
 */
export async function confirmPendingGapAnswers(
  tx: Executor,
  organizationId: string,
  assessmentId: string,
  requirementIds: readonly string[],
  confirmedAt: Date,
  confirmedBy: string,
  expectedVersion?: number,
): Promise<string[]> {
  if (requirementIds.length === 0) return [];
  const rows = await tx
    .update(gapAssessmentAnswer)
    .set({
      originPending: false,
      version: sql`${gapAssessmentAnswer.version} + 1`,
      updatedAt: confirmedAt,
      updatedBy: confirmedBy,
    })
    .where(
      and(
        eq(gapAssessmentAnswer.assessmentId, assessmentId),
        inArray(gapAssessmentAnswer.requirementId, [...requirementIds]),
        eq(gapAssessmentAnswer.originPending, true),
        expectedVersion === undefined ? undefined : eq(gapAssessmentAnswer.version, expectedVersion),
        inArray(
          gapAssessmentAnswer.assessmentId,
          tx.select({ id: gapAssessment.id }).from(gapAssessment).where(ofOrganization(organizationId)),
        ),
      ),
    )
    .returning({ requirementId: gapAssessmentAnswer.requirementId });
  return rows.map((row) => row.requirementId);
}

/**
 * The most recently completed assessment of an organisation, optionally only among those of the given
 * framework versions; undefined when none is completed.
 */
export async function findLatestCompletedGapAssessment(
  db: Executor,
  organizationId: string,
  frameworkIds?: readonly string[],
): Promise<GapAssessment | undefined> {
  if (frameworkIds?.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(gapAssessment)
    .where(
      and(
        ofOrganization(organizationId),
        eq(gapAssessment.status, 'completed'),
        frameworkIds === undefined ? undefined : inArray(gapAssessment.frameworkId, [...frameworkIds]),
      ),
    )
    .orderBy(desc(gapAssessment.completedAt), desc(gapAssessment.assessmentDate), desc(gapAssessment.reference))
    .limit(1);
  return row;
}

/** References of the assessments and requirements pre-filled answers came from, to show their origin. */
export async function listAnswerOriginLabels(
  db: Executor,
  organizationId: string,
  answers: readonly Pick<GapAssessmentAnswer, 'origin'>[],
): Promise<{ assessments: Map<string, string>; requirements: Map<string, string> }> {
  const assessmentIds = [...new Set(answers.flatMap((answer) => answer.origin?.assessmentId ?? []))];
  const requirementIds = [...new Set(answers.flatMap((answer) => answer.origin?.requirementId ?? []))];
  const assessments =
    assessmentIds.length === 0
      ? []
      : await db
          .select({ id: gapAssessment.id, reference: gapAssessment.reference })
          .from(gapAssessment)
          .where(and(ofOrganization(organizationId), inArray(gapAssessment.id, assessmentIds)));
  const requirements =
    requirementIds.length === 0
      ? []
      : await db
          .select({ id: requirement.id, refId: requirement.refId })
          .from(requirement)
          .where(inArray(requirement.id, requirementIds));
  return {
    assessments: new Map(assessments.map((row) => [row.id, row.reference])),
    requirements: new Map(requirements.map((row) => [row.id, row.refId])),
  };
}

/** One requirement of a framework, as assessment nodes are built from; undefined when not in it. */
export async function findFrameworkRequirement(
  db: Executor,
  frameworkId: string,
  requirementId: string,
): Promise<StoredRequirementNode | undefined> {
  const [row] = await db
    .select({
      id: requirement.id,
      parentId: requirement.parentId,
      refId: requirement.refId,
      title: requirement.title,
      kind: requirement.kind,
      assessable: requirement.assessable,
      withdrawn: requirement.withdrawn,
    })
    .from(requirement)
    .where(and(eq(requirement.frameworkId, frameworkId), eq(requirement.id, requirementId)));
  return row ? { ...row, attributes: {} } : undefined;
}
