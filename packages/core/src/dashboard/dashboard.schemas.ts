import { z } from 'zod';
import { evidenceStatuses } from '../evidence/evidence-kinds.ts';
import { gapAssessmentStatuses } from '../gap-assessment/assessment.ts';
import { documentedInformationSummarySchema, scoreSchema } from '../gap-assessment/assessment.schemas.ts';

const count = z.number().int().min(0);

/** The latest assessment of one framework with its headline scores, age and renewal flag. */
export const dashboardAssessmentSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    status: z.enum(gapAssessmentStatuses),
    assessmentDate: z.iso.date(),
    completedAt: z.iso.datetime().nullable(),
    framework: z.object({ id: z.uuid(), slug: z.string(), version: z.string(), name: z.string() }),
    /** Assessable requirements and those answered with a status other than not assessed. */
    counts: z.object({ requirements: count, answered: count }),
    scores: z.object({
      layout: z.enum(['iso27001', 'generic']),
      overall: scoreSchema,
      managementSystem: scoreSchema.nullable(),
      annexA: scoreSchema.nullable(),
      byClause: z.record(z.string(), scoreSchema),
      byTheme: z.record(z.string(), scoreSchema),
      byGroup: z.record(z.string(), scoreSchema),
      documentedInformation: documentedInformationSummarySchema,
    }),
    /** Titles of the clause, theme and group keys, for labels. */
    groupTitles: z.record(z.string(), z.string()),
    age: z.object({
      ageDays: count,
      ageMonths: count,
      dueOn: z.iso.date().describe('Assessment date plus the organisation’s maximum age'),
      stale: z.boolean().describe('True from dueOn on: due for renewal'),
    }),
  })
  .meta({ id: 'DashboardAssessment' });

/**
 * Progress against the tracked roadmap, once roadmaps are tracked; every figure optional so the roadmap
 * capability can fill what it knows.
 */
export const dashboardRoadmapSchema = z
  .object({
    assessmentId: z.uuid().optional(),
    total: count.optional(),
    done: count.optional(),
    overdue: count.optional(),
    percentDone: z.number().nullable().optional(),
    nextMilestone: z.object({ title: z.string(), due: z.iso.date().nullable() }).nullable().optional(),
  })
  .meta({ id: 'DashboardRoadmap' });

/** GET /api/v1/organizations/{orgId}/dashboard answer: where the ISMS stands and what needs attention. */
export const dashboardSchema = z
  .object({
    /** The organisation's calendar date the ages are measured on. */
    today: z.iso.date(),
    assessmentMaxAgeMonths: z.number().int().min(1),
    /** The most recent assessment of each framework slug, most recent first. */
    latestAssessments: z.array(dashboardAssessmentSchema),
    assessments: z.object({
      total: count,
      byStatus: z.record(z.enum(gapAssessmentStatuses), count),
    }),
    evidence: z.object({
      total: count,
      byStatus: z.record(z.enum(evidenceStatuses), count),
      /** Items whose review-by date has passed. */
      stale: count,
    }),
    /** Filled by the roadmap capability; null until then or when no roadmap is tracked. */
    roadmap: dashboardRoadmapSchema.nullable(),
  })
  .meta({ id: 'Dashboard' });

/** The dashboard answer. */
export type Dashboard = z.infer<typeof dashboardSchema>;
/** The latest assessment of one framework on the dashboard. */
export type DashboardAssessment = z.infer<typeof dashboardAssessmentSchema>;
