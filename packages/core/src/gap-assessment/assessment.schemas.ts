import { z } from 'zod';
import { requirementKinds } from '../framework/framework.ts';
import { idSchema } from '../identity/identity.schemas.ts';
import { assessmentDatesProblem, gapAssessmentStatuses } from './assessment.ts';
import { conformityStatuses, documentationStates, efforts, priorities, priorityRules } from './gap-assessment.ts';
import { assessmentStalenessSchema, gapAnswerOriginSchema } from './prefill.schemas.ts';
import { roadmapMilestones, roadmapPhases } from './roadmap-packages.ts';

const title = z.string().trim().min(1, { message: 'Enter a title' }).max(200);
const scope = z.string().trim().min(1, { message: 'Describe the ISMS scope assessed' }).max(10_000);
const people = z.array(z.string().trim().min(1, { message: 'Enter a name' }).max(200)).max(100);
const isoDate = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const maturity = z.number().int().min(0).max(5).describe('Maturity level, 0 (non-existent) to 5 (optimised)');
// An empty text clears the field, as a cleared input in a form would.
const answerText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value))
    .optional();

function checkDates(
  input: { assessmentDate?: string | undefined; targetCertificationDate?: string | null | undefined },
  context: z.RefinementCtx,
): void {
  if (input.assessmentDate === undefined || !input.targetCertificationDate) return;
  const problem = assessmentDatesProblem(input.assessmentDate, input.targetCertificationDate);
  if (problem) context.addIssue({ code: 'custom', path: ['targetCertificationDate'], message: problem });
}

/** A stage of a gap assessment, as sent and stored. */
export const gapAssessmentStatusSchema = z.enum(gapAssessmentStatuses);

/** POST /api/v1/organizations/{orgId}/gap-assessments body. */
export const gapAssessmentCreateInputSchema = z
  .object({
    frameworkId: idSchema.describe('The framework version to assess against (built in or imported)'),
    title,
    scope: scope.describe('The ISMS scope statement assessed'),
    assessmentDate: isoDate,
    targetCertificationDate: isoDate.nullish(),
    assessors: people.default([]),
    interviewees: people.default([]).describe('People interviewed'),
    startFromAssessmentId: idSchema
      .optional()
      .describe(
        'Pre-fill from this assessment: carried over for the same framework (or an earlier version of it), derived through mappings for another framework',
      ),
  })
  .strict()
  .superRefine(checkDates)
  .meta({ id: 'GapAssessmentCreateRequest' });

/** PATCH /api/v1/organizations/{orgId}/gap-assessments/{assessmentId} body: absent fields stay as they are. */
export const gapAssessmentUpdateInputSchema = z
  .object({
    title: title.optional(),
    scope: scope.optional(),
    assessmentDate: isoDate.optional(),
    targetCertificationDate: isoDate.nullable().optional(),
    assessors: people.optional(),
    interviewees: people.optional(),
  })
  .strict()
  .superRefine(checkDates)
  .meta({ id: 'GapAssessmentUpdateRequest' });

/** POST /api/v1/organizations/{orgId}/gap-assessments/{assessmentId}/transitions body. */
export const gapAssessmentTransitionInputSchema = z
  .object({ to: gapAssessmentStatusSchema })
  .strict()
  .meta({ id: 'GapAssessmentTransitionRequest' });

/** A priority set by hand, with the reason it overrides the computed one. */
export const priorityOverrideSchema = z
  .object({
    priority: z.enum(priorities),
    reason: z.string().trim().min(1, { message: 'Say why the priority is set by hand' }).max(2000),
  })
  .strict();

/**
 * PUT /api/v1/organizations/{orgId}/gap-assessments/{assessmentId}/answers/{requirementId} body: `version`
 * is the version the edit starts from (0 for a requirement never answered); absent fields stay as they are
 * and null clears one.
 */
export const gapAnswerUpdateInputSchema = z
  .object({
    version: z.number().int().min(0).max(2_147_483_647),
    status: z.enum(conformityStatuses).optional(),
    maturity: maturity.nullable().optional(),
    targetMaturity: maturity.nullable().optional(),
    documentation: z.enum(documentationStates).nullable().optional(),
    justification: answerText(4000).describe('Why the requirement is not applicable (required for not_applicable)'),
    gap: answerText(4000).describe('The gap found'),
    recommendation: answerText(4000),
    owner: answerText(200).describe('Who is responsible; a contributor may edit answers whose owner is their email'),
    priorityOverride: priorityOverrideSchema.nullable().optional(),
    effort: z.enum(efforts).nullable().optional(),
    notes: answerText(10_000),
  })
  .strict()
  .meta({ id: 'GapAnswerUpdateRequest' });

const nullableNumber = z.number().nullable();
const maturitySummary = z.object({ current: nullableNumber, target: nullableNumber, gap: nullableNumber });

/** Conformity, coverage, counts and maturity of a set of requirements (see docs/scoring.md). */
export const scoreSchema = z
  .object({
    conformity: nullableNumber,
    coverage: nullableNumber,
    counts: z.object({
      total: z.number().int(),
      applicable: z.number().int(),
      assessed: z.number().int(),
      byStatus: z.record(z.enum(conformityStatuses), z.number().int()),
    }),
    maturity: maturitySummary,
  })
  .meta({ id: 'GapScore' });

/** Completeness of the documented information the assessed requirements call for. */
export const documentedInformationSummarySchema = z
  .object({
    required: z.number().int(),
    approved: z.number().int(),
    draft: z.number().int(),
    missing: z.number().int(),
    notRecorded: z.number().int(),
    completeness: nullableNumber,
  })
  .meta({ id: 'GapDocumentedInformation' });

/** Every score of an assessment, as `scoreAssessment` computes them. */
export const assessmentScoresSchema = z
  .object({
    layout: z.enum(['iso27001', 'generic']),
    overall: scoreSchema,
    managementSystem: scoreSchema.nullable(),
    annexA: scoreSchema.nullable(),
    byClause: z.record(z.string(), scoreSchema),
    byTheme: z.record(z.string(), scoreSchema),
    byAttribute: z.record(z.string(), z.record(z.string(), scoreSchema)),
    byGroup: z.record(z.string(), scoreSchema),
    documentedInformation: documentedInformationSummarySchema,
  })
  .meta({ id: 'GapAssessmentScores' });

/** One answer of an assessment with its computed and effective priority; `version` 0 when never answered. */
export const gapAnswerSchema = z
  .object({
    requirementId: z.uuid(),
    refId: z.string(),
    status: z.enum(conformityStatuses),
    maturity: z.number().int().nullable(),
    targetMaturity: z.number().int().nullable(),
    documentation: z.enum(documentationStates).nullable(),
    justification: z.string().nullable(),
    gap: z.string().nullable(),
    recommendation: z.string().nullable(),
    owner: z.string().nullable(),
    priorityOverride: z.object({ priority: z.enum(priorities), reason: z.string() }).nullable(),
    effort: z.enum(efforts).nullable(),
    notes: z.string().nullable(),
    version: z.number().int(),
    priority: z.object({
      computed: z.enum(priorities).nullable(),
      effective: z.enum(priorities).nullable(),
      rule: z.enum(priorityRules).nullable(),
      reason: z.string().nullable(),
      overridden: z.boolean(),
    }),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.uuid().nullable(),
    /** Where a pre-filled answer came from; the server always sends it (null when typed in from scratch). */
    origin: gapAnswerOriginSchema.nullable().optional(),
  })
  .meta({ id: 'GapAnswer' });

/** A gap assessment in lists: its details, framework, progress and overall score. */
export const gapAssessmentSummarySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    scope: z.string(),
    status: gapAssessmentStatusSchema,
    /** The statuses it may move to next. */
    nextStatuses: z.array(gapAssessmentStatusSchema),
    assessmentDate: z.iso.date(),
    targetCertificationDate: z.iso.date().nullable(),
    assessors: z.array(z.string()),
    interviewees: z.array(z.string()),
    framework: z.object({
      id: z.uuid(),
      slug: z.string(),
      version: z.string(),
      name: z.string(),
      builtIn: z.boolean(),
    }),
    counts: z.object({ requirements: z.number().int(), answered: z.number().int() }),
    overall: scoreSchema,
    createdBy: z.uuid(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    /** The assessment whose answers pre-filled this one (the server always sends these four). */
    startedFrom: z.object({ id: z.uuid(), reference: z.string() }).nullable().optional(),
    /** For a focused re-assessment: the requirements proposed for re-assessment. */
    focusRefIds: z.array(z.string()).nullable().optional(),
    /** Pre-filled answers nobody has confirmed or edited yet (they count in the scores like any answer). */
    pendingConfirmations: z.number().int().optional(),
    /** For completed assessments: whether they are due for renewal; null while not completed. */
    stale: assessmentStalenessSchema.nullable().optional(),
  })
  .meta({ id: 'GapAssessmentSummary' });

/** A gap assessment with the framework tree, every assessable requirement's answer and the scores. */
export const gapAssessmentDetailSchema = gapAssessmentSummarySchema
  .extend({
    scores: assessmentScoresSchema,
    requirements: z.array(
      z.object({
        id: z.uuid(),
        parentId: z.uuid().nullable(),
        refId: z.string(),
        title: z.string(),
        kind: z.enum(requirementKinds),
        assessable: z.boolean(),
      }),
    ),
    answers: z.array(gapAnswerSchema),
  })
  .meta({ id: 'GapAssessmentDetail' });

const documentationFinding = z.enum([...documentationStates, 'not_recorded']);

/** One gap of the report model (`Gap` in core). */
export const gapSchema = z
  .object({
    refId: z.string(),
    title: z.string(),
    kind: z.enum(requirementKinds),
    group: z.string().nullable(),
    groupTitle: z.string().nullable(),
    status: z.enum(conformityStatuses),
    priority: z.enum(priorities).nullable(),
    computedPriority: z.enum(priorities).nullable(),
    priorityRule: z.enum(priorityRules).nullable(),
    priorityReason: z.string().nullable(),
    priorityOverridden: z.boolean(),
    maturity: maturitySummary,
    documentation: documentationFinding.nullable(),
    gapSize: z.number(),
    effort: z.enum(efforts).nullable(),
    owner: z.string().nullable(),
    gap: z.string().nullable(),
    recommendation: z.string().nullable(),
    position: z.number().int(),
  })
  .meta({ id: 'Gap' });

/** One work package or milestone of the roadmap (`RoadmapItem` in core). */
export const roadmapItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['work_package', 'milestone']),
    milestone: z.enum(roadmapMilestones).nullable(),
    phase: z.enum(roadmapPhases),
    title: z.string(),
    refIds: z.array(z.string()),
    effort: z.enum(efforts).nullable(),
    effortPoints: z.number(),
    durationWeeks: z.number(),
    owner: z.string().nullable(),
    start: z.string().nullable(),
    due: z.string().nullable(),
    rationale: z.string(),
  })
  .meta({ id: 'RoadmapItem' });

/** How the roadmap's dates fit before the target certification date (`RoadmapSchedule` in core). */
export const roadmapScheduleSchema = z
  .object({
    assessmentDate: z.string(),
    targetCertificationDate: z.string(),
    stage1AuditDate: z.string(),
    latestStart: z.string(),
    weeksNeeded: z.number(),
    weeksAvailable: z.number(),
    slackWeeks: z.number(),
    fits: z.boolean(),
  })
  .meta({ id: 'RoadmapSchedule' });

/** The gap report model (`GapReport` in core): scores, gaps, roadmap and every requirement's row. */
export const gapReportSchema = z
  .object({
    framework: z.object({ slug: z.string(), version: z.string(), name: z.string() }),
    organization: z.string(),
    scope: z.string(),
    date: z.string(),
    targetCertificationDate: z.string().nullable(),
    assessors: z.array(z.string()),
    scores: assessmentScoresSchema.omit({ layout: true, documentedInformation: true }),
    documentedInformation: documentedInformationSummarySchema,
    gaps: z.array(gapSchema),
    roadmap: z.array(roadmapItemSchema),
    schedule: roadmapScheduleSchema.nullable(),
    requirements: z.array(
      z.object({
        refId: z.string(),
        title: z.string(),
        kind: z.enum(requirementKinds),
        status: z.enum(conformityStatuses),
        maturity: nullableNumber,
        target: nullableNumber,
        documentation: documentationFinding.nullable(),
        priority: z.enum(priorities).nullable(),
        effort: z.enum(efforts).nullable(),
        owner: z.string().nullable(),
        justification: z.string().nullable(),
        gap: z.string().nullable(),
        recommendation: z.string().nullable(),
        notes: z.string().nullable(),
        evidence: z.array(z.string()),
      }),
    ),
    groupTitles: z.record(z.string(), z.string()),
    layout: z.enum(['iso27001', 'generic']),
  })
  .meta({ id: 'GapReport' });

/** GET …/gap-assessments/{assessmentId}/report answer: the report model of one stored assessment. */
export const gapAssessmentReportSchema = gapReportSchema
  .extend({ assessmentId: z.uuid(), reference: z.string(), title: z.string(), status: gapAssessmentStatusSchema })
  .meta({ id: 'GapAssessmentReport' });
