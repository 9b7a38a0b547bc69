import { z } from 'zod';
import { gapAssessmentStatusSchema, roadmapScheduleSchema } from './assessment.schemas.ts';
import { efforts } from './gap-assessment.ts';
import { roadmapTaskStatuses } from './provenance.ts';
import { roadmapMilestones, roadmapPhases } from './roadmap-packages.ts';
import { roadmapVerdicts } from './roadmap-tasks.ts';

const isoDate = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
// An empty text clears the field, as a cleared input in a form would.
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value))
    .optional();

/** A task status, as sent and stored. */
export const roadmapTaskStatusSchema = z.enum(roadmapTaskStatuses);

/** POST /api/v1/organizations/{orgId}/gap-assessments/{assessmentId}/roadmap body. */
export const roadmapGenerateInputSchema = z
  .object({
    replace: z
      .boolean()
      .default(false)
      .describe(
        'Regenerate an existing roadmap: tasks whose reference and requirements are unchanged keep their status, owner and notes; the others start again as to do',
      ),
  })
  .strict()
  .meta({ id: 'RoadmapGenerateRequest' });

/**
 * PATCH /api/v1/organizations/{orgId}/roadmap-tasks/{taskId} body: `version` is the version the edit
 * starts from; absent fields stay as they are, null clears one.
 */
export const roadmapTaskUpdateInputSchema = z
  .object({
    version: z.number().int().min(1).max(2_147_483_647),
    status: roadmapTaskStatusSchema.optional(),
    title: z.string().trim().min(1, { message: 'Enter a title' }).max(300).optional(),
    owner: clearableText(200).describe(
      'Who carries the work; a contributor may update tasks whose owner is their email',
    ),
    plannedStart: isoDate.nullable().optional(),
    plannedDue: isoDate.nullable().optional(),
    notes: clearableText(10_000).describe('Progress notes; the reason when the task is cancelled'),
  })
  .strict()
  .superRefine((input, context) => {
    // Only what the body alone shows; the stored task is checked by the service with the same rule.
    if (input.plannedStart && input.plannedDue && input.plannedStart > input.plannedDue)
      context.addIssue({
        code: 'custom',
        path: ['plannedDue'],
        message: 'The planned due date cannot come before the planned start',
      });
  })
  .meta({ id: 'RoadmapTaskUpdateRequest' });

/** A tracked roadmap task (a work package or milestone). */
export const roadmapTaskSchema = z
  .object({
    id: z.uuid(),
    assessmentId: z.uuid(),
    reference: z.string(),
    kind: z.enum(['work_package', 'milestone']),
    milestone: z.enum(roadmapMilestones).nullable(),
    phase: z.enum(roadmapPhases),
    position: z.number().int(),
    title: z.string(),
    rationale: z.string(),
    refIds: z.array(z.string()),
    owner: z.string().nullable(),
    effort: z.enum(efforts).nullable(),
    plannedStart: z.iso.date().nullable(),
    plannedDue: z.iso.date().nullable(),
    status: roadmapTaskStatusSchema,
    /** The statuses it may move to next. */
    nextStatuses: z.array(roadmapTaskStatusSchema),
    overdue: z.boolean(),
    notes: z.string().nullable(),
    completedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    updatedBy: z.uuid().nullable(),
  })
  .meta({ id: 'RoadmapTask' });

const figuresShape = {
  total: z.number().int(),
  todo: z.number().int(),
  inProgress: z.number().int(),
  blocked: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  overdue: z.number().int(),
  percentDone: z.number().nullable(),
  plannedPercent: z.number().nullable(),
  effortPoints: z.object({ total: z.number(), done: z.number(), planned: z.number() }),
};

/** Progress of a roadmap against its plan (`RoadmapProgress` in core). */
export const roadmapProgressSchema = z
  .object({
    ...figuresShape,
    today: z.iso.date(),
    verdict: z.enum(roadmapVerdicts),
    nextMilestone: z
      .object({
        taskId: z.uuid(),
        reference: z.string(),
        milestone: z.enum(roadmapMilestones).nullable(),
        title: z.string(),
        due: z.iso.date().nullable(),
        daysAway: z.number().int().nullable(),
      })
      .nullable(),
    phases: z.array(z.object({ phase: z.enum(roadmapPhases), ...figuresShape })),
  })
  .meta({ id: 'RoadmapProgress' });

/** The assessment a tracked roadmap was generated from. */
export const roadmapAssessmentSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  status: gapAssessmentStatusSchema,
  assessmentDate: z.iso.date(),
  targetCertificationDate: z.iso.date().nullable(),
});

/** GET …/gap-assessments/{assessmentId}/roadmap answer: the tracked tasks, how the dates fit, progress. */
export const roadmapViewSchema = z
  .object({
    assessment: roadmapAssessmentSchema,
    tasks: z.array(roadmapTaskSchema),
    /** From the tasks' stored dates; null without a target date or before generation. */
    schedule: roadmapScheduleSchema.nullable(),
    /** Null before the roadmap is generated. */
    progress: roadmapProgressSchema.nullable(),
    generatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'RoadmapView' });

/** POST …/roadmap answer: the view, plus how many tasks kept their progress when regenerating. */
export const roadmapGenerateResultSchema = roadmapViewSchema
  .extend({ carriedOver: z.number().int(), replaced: z.number().int() })
  .meta({ id: 'RoadmapGenerateResult' });

/** GET /api/v1/organizations/{orgId}/roadmap/progress answer (data is null when no roadmap is tracked). */
export const organizationRoadmapProgressSchema = z
  .object({
    assessment: roadmapAssessmentSchema,
    progress: roadmapProgressSchema,
    generatedAt: z.iso.datetime(),
  })
  .meta({ id: 'OrganizationRoadmapProgress' });
