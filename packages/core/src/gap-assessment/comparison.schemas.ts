import { z } from 'zod';
import { requirementKinds } from '../framework/framework.ts';
import { idSchema } from '../identity/identity.schemas.ts';
import { gapAssessmentStatuses } from './assessment.ts';
import { assessmentScoresSchema } from './assessment.schemas.ts';
import { conformityStatuses } from './gap-assessment.ts';

/** How a requirement moved between two assessments (`RequirementChange` in core). */
export const requirementChanges = ['improved', 'regressed', 'unchanged', 'not_comparable'] as const;

/** GET …/gap-assessments/comparison query: the earlier and the later assessment. */
export const gapComparisonQuerySchema = z
  .object({
    before: idSchema.describe('The earlier assessment'),
    after: idSchema.describe('The later assessment, of the same framework'),
  })
  // No component id: a query string is described parameter by parameter, not as a shared schema.
  .strict();

const nullableNumber = z.number().nullable();
const scoreDeltaSchema = z
  .object({
    conformity: nullableNumber,
    coverage: nullableNumber,
    maturity: z.object({ current: nullableNumber, target: nullableNumber, gap: nullableNumber }),
  })
  .meta({ id: 'GapScoreDelta' });

const side = z.object({ status: z.enum(conformityStatuses), maturity: z.number().nullable() });
const comparedAssessment = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  status: z.enum(gapAssessmentStatuses),
  assessmentDate: z.iso.date(),
  framework: z.object({ id: z.uuid(), version: z.string() }),
});

/** GET …/gap-assessments/comparison answer: two assessments of one framework, requirement by requirement. */
export const gapComparisonSchema = z
  .object({
    framework: z.object({ slug: z.string(), name: z.string() }),
    before: comparedAssessment,
    after: comparedAssessment,
    counts: z.record(z.enum(requirementChanges), z.number().int()),
    requirements: z.array(
      z.object({
        refId: z.string(),
        title: z.string(),
        kind: z.enum(requirementKinds),
        /** The clause, theme or top heading the requirement sits under. */
        group: z.string().nullable(),
        before: side,
        after: side,
        change: z.enum(requirementChanges),
      }),
    ),
    scores: z.object({
      before: assessmentScoresSchema.omit({ byAttribute: true }),
      after: assessmentScoresSchema.omit({ byAttribute: true }),
    }),
    deltas: z.object({
      overall: scoreDeltaSchema,
      managementSystem: scoreDeltaSchema.nullable(),
      annexA: scoreDeltaSchema.nullable(),
      byClause: z.record(z.string(), scoreDeltaSchema),
      byTheme: z.record(z.string(), scoreDeltaSchema),
      byGroup: z.record(z.string(), scoreDeltaSchema),
      documentedInformationCompleteness: nullableNumber,
    }),
    /** Titles of the clause, theme and group keys, for labels. */
    groupTitles: z.record(z.string(), z.string()),
  })
  .meta({ id: 'GapComparison' });

/** The comparison answer. */
export type GapComparison = z.infer<typeof gapComparisonSchema>;
