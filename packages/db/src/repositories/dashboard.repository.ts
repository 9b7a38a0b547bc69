import {
  evidenceStatuses,
  gapAssessmentStatuses,
  type ConformityStatus,
  type DocumentationState,
  type EvidenceStatus,
  type GapAssessmentStatus,
  type StoredRequirementNode,
} from '@certa/core';
import { sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { queryRows } from '../sql.ts';

/** The latest assessment of one framework (by slug), as the dashboard lists it. */
export interface LatestGapAssessmentRow {
  id: string;
  reference: string;
  title: string;
  status: GapAssessmentStatus;
  assessmentDate: string;
  completedAt: Date | null;
  framework: { id: string; slug: string; version: string; name: string; source: 'built_in' | 'imported' };
  counts: { requirements: number; answered: number };
}

/** The fields of an answer that scoring reads, keyed by its requirement's reference. */
export interface ScoringAnswerRow {
  assessmentId: string;
  refId: string;
  status: ConformityStatus;
  maturity: number | null;
  targetMaturity: number | null;
  documentation: DocumentationState | null;
}

/** Counts of an organisation's evidence items by status, and how many are past their review-by date. */
export interface EvidenceCounts {
  total: number;
  byStatus: Record<EvidenceStatus, number>;
  stale: number;
}

/** The organisation's maximum assessment age in months; undefined when the organisation does not exist. */
export async function findAssessmentMaxAgeMonths(db: Executor, organizationId: string): Promise<number | undefined> {
  const [row] = await queryRows<{ months: number }>(
    db,
    sql`select assessment_max_age_months::int as months from organization where id = ${organizationId}`,
  );
  return row?.months;
}

/**
 * The most recent assessment of each framework slug of an organisation (latest assessment date, then
 * latest created), with requirement and answer counts; most recent first.
 */
export async function listLatestGapAssessmentsPerFramework(
  db: Executor,
  organizationId: string,
): Promise<LatestGapAssessmentRow[]> {
  const rows = await queryRows<{
    id: string;
    reference: string;
    title: string;
    status: GapAssessmentStatus;
    assessment_date: string;
    completed_at: string | Date | null;
    framework_id: string;
    slug: string;
    version: string;
    name: string;
    source: 'built_in' | 'imported';
    requirements: number;
    answered: number;
  }>(
    db,
    sql`select latest.*,
          (select count(*)::int from requirement r
            where r.framework_id = latest.framework_id and r.assessable and not r.withdrawn) as requirements,
          (select count(*)::int from gap_assessment_answer a
            where a.assessment_id = latest.id and a.status <> 'not_assessed') as answered
        from (
          select distinct on (f.slug) ga.id, ga.reference, ga.title, ga.status, ga.assessment_date::text as assessment_date,
            ga.completed_at, ga.framework_id, f.slug, f.version, f.name, f.source
          from gap_assessment ga
          join framework f on f.id = ga.framework_id
          where ga.organization_id = ${organizationId}
          order by f.slug, ga.assessment_date desc, ga.created_at desc, ga.reference desc
        ) latest
        order by latest.assessment_date desc, latest.reference desc`,
  );
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    assessmentDate: row.assessment_date,
    completedAt: row.completed_at === null ? null : new Date(row.completed_at),
    framework: { id: row.framework_id, slug: row.slug, version: row.version, name: row.name, source: row.source },
    counts: { requirements: row.requirements, answered: row.answered },
  }));
}

/** How many assessments an organisation has in each status. */
export async function countGapAssessmentsByStatus(
  db: Executor,
  organizationId: string,
): Promise<Record<GapAssessmentStatus, number>> {
  const rows = await queryRows<{ status: GapAssessmentStatus; count: number }>(
    db,
    sql`select status, count(*)::int as count from gap_assessment where organization_id = ${organizationId} group by status`,
  );
  const counts = Object.fromEntries(gapAssessmentStatuses.map((status) => [status, 0])) as Record<
    GapAssessmentStatus,
    number
  >;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

/** An organisation's evidence by status, and the items whose review-by date is before `today` (stale). */
export async function countEvidenceItems(db: Executor, organizationId: string, today: string): Promise<EvidenceCounts> {
  const rows = await queryRows<{ status: EvidenceStatus; count: number; stale: number }>(
    db,
    sql`select status, count(*)::int as count,
          count(*) filter (where status <> 'expired' and review_by is not null and review_by < ${today}::date)::int as stale
        from evidence_item where organization_id = ${organizationId} group by status`,
  );
  const byStatus = Object.fromEntries(evidenceStatuses.map((status) => [status, 0])) as Record<EvidenceStatus, number>;
  let total = 0;
  let stale = 0;
  for (const row of rows) {
    byStatus[row.status] = row.count;
    total += row.count;
    stale += row.stale;
  }
  return { total, byStatus, stale };
}

/** The scoring fields of the stored answers of an organisation's assessments. */
export async function listScoringAnswers(
  db: Executor,
  organizationId: string,
  assessmentIds: readonly string[],
): Promise<ScoringAnswerRow[]> {
  if (assessmentIds.length === 0) return [];
  const ids = sql.join(
    assessmentIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return queryRows<ScoringAnswerRow>(
    db,
    sql`select a.assessment_id as "assessmentId", r.ref_id as "refId", a.status, a.maturity::int as maturity,
          a.target_maturity::int as "targetMaturity", a.documentation
        from gap_assessment_answer a
        join gap_assessment ga on ga.id = a.assessment_id
        join requirement r on r.id = a.requirement_id
        where ga.organization_id = ${organizationId} and a.assessment_id in (${ids})`,
  );
}

/** The tree of each framework as scoring reads it (no attribute values), in reading order. */
export async function listFrameworkScoringNodes(
  db: Executor,
  frameworkIds: readonly string[],
): Promise<Map<string, StoredRequirementNode[]>> {
  const trees = new Map<string, StoredRequirementNode[]>(frameworkIds.map((id) => [id, []]));
  if (frameworkIds.length === 0) return trees;
  const ids = sql.join(
    frameworkIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<StoredRequirementNode & { frameworkId: string }>(
    db,
    sql`select framework_id as "frameworkId", id, parent_id as "parentId", ref_id as "refId", title, kind,
          assessable, withdrawn
        from requirement where framework_id in (${ids}) order by framework_id, position`,
  );
  for (const { frameworkId, ...node } of rows) trees.get(frameworkId)?.push({ ...node, attributes: {} });
  return trees;
}
