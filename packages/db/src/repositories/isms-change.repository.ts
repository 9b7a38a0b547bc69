import { ismsChangeReference, type IsmsChange } from '@certa/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { gapAssessment } from '../schema/gap-assessment.ts';
import { organization } from '../schema/identity.ts';
import { ismsChange } from '../schema/roadmap.ts';

/** A change of the log with the focused assessment started for it, if any. */
export interface IsmsChangeWithReassessment extends IsmsChange {
  reassessment: { id: string; reference: string; title: string } | null;
}

/** The fields of a change that can be edited after it was recorded. */
export type IsmsChangePatch = Partial<
  Pick<IsmsChange, 'title' | 'description' | 'category' | 'occurredOn' | 'scopeAffected' | 'refIds'>
> &
  Pick<IsmsChange, 'updatedAt'>;

// Serialises reference allocation per organisation (first key: this kind of reference).
const referenceLockKey = 727_274_006;

const ofOrganization = (organizationId: string) => eq(ismsChange.organizationId, organizationId);

/** Inserts a change. */
export async function insertIsmsChange(tx: Executor, value: IsmsChange): Promise<void> {
  await tx.insert(ismsChange).values(value);
}

/**
 * The next free change reference of an organisation (`CH-004`). Call it inside the transaction that
 * inserts the change: it holds a lock until that transaction ends, so two changes never get the same one.
 */
export async function nextIsmsChangeReference(tx: Executor, organizationId: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${referenceLockKey}, hashtext(${organizationId}))`);
  const suffix = sql`substr(${ismsChange.reference}, 4)`;
  const [row] = await tx
    .select({ last: sql<number>`coalesce(max(${suffix}::int), 0)::int` })
    .from(ismsChange)
    .where(
      and(
        ofOrganization(organizationId),
        sql`starts_with(${ismsChange.reference}, 'CH-')`,
        sql`${suffix} ~ '^[0-9]+$'`,
      ),
    );
  return ismsChangeReference((row?.last ?? 0) + 1);
}

/** The changes of an organisation (or only those with the given ids), most recent first. */
export async function listIsmsChanges(
  db: Executor,
  organizationId: string,
  ids?: readonly string[],
): Promise<IsmsChangeWithReassessment[]> {
  if (ids?.length === 0) return [];
  const rows = await db
    .select({
      change: ismsChange,
      reassessment: { id: gapAssessment.id, reference: gapAssessment.reference, title: gapAssessment.title },
    })
    .from(ismsChange)
    .leftJoin(gapAssessment, eq(gapAssessment.id, ismsChange.reassessmentId))
    .where(and(ofOrganization(organizationId), ids === undefined ? undefined : inArray(ismsChange.id, [...ids])))
    .orderBy(desc(ismsChange.occurredOn), desc(ismsChange.reference));
  return rows.map((row) => ({ ...row.change, reassessment: row.reassessment }));
}

/** One change of an organisation; undefined when it does not exist or belongs to another. */
export async function findIsmsChange(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<IsmsChangeWithReassessment | undefined> {
  const [change] = await listIsmsChanges(db, organizationId, [id]);
  return change;
}

/** Changes fields of an organisation's change. */
export async function updateIsmsChange(
  tx: Executor,
  organizationId: string,
  id: string,
  patch: IsmsChangePatch,
): Promise<void> {
  await tx
    .update(ismsChange)
    .set(patch)
    .where(and(ofOrganization(organizationId), eq(ismsChange.id, id)));
}

/** Records the focused assessment started for these changes of an organisation. */
export async function setIsmsChangeReassessment(
  tx: Executor,
  organizationId: string,
  ids: readonly string[],
  assessmentId: string,
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(ismsChange)
    .set({ reassessmentId: assessmentId, updatedAt: now })
    .where(and(ofOrganization(organizationId), inArray(ismsChange.id, [...ids])));
}

/** The age in months after which an organisation's assessments are flagged as due for renewal. */
export async function findOrganizationAssessmentMaxAge(
  db: Executor,
  organizationId: string,
): Promise<number | undefined> {
  const [row] = await db
    .select({ months: organization.assessmentMaxAgeMonths })
    .from(organization)
    .where(eq(organization.id, organizationId));
  return row?.months;
}

/** Sets the age in months after which an organisation's assessments are flagged as due for renewal. */
export async function updateAssessmentMaxAgeMonths(
  tx: Executor,
  organizationId: string,
  months: number,
): Promise<void> {
  await tx.update(organization).set({ assessmentMaxAgeMonths: months }).where(eq(organization.id, organizationId));
}
