import { z } from 'zod';
import { idSchema } from '../identity/identity.schemas.ts';
import { assessmentDatesProblem } from './assessment.ts';
import { ismsChangeCategories } from './provenance.ts';

const isoDate = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const title = z.string().trim().min(1, { message: 'Say what changed' }).max(200);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value))
    .optional();
const refIds = z
  .array(z.string().trim().min(1, { message: 'Enter a requirement reference' }).max(50))
  .max(200)
  .transform((values) => [...new Set(values)])
  .describe('Requirement references the change touches, beyond those Certa proposes for its category');

/** A category of change, as sent and stored. */
export const ismsChangeCategorySchema = z.enum(ismsChangeCategories);

/** POST /api/v1/organizations/{orgId}/isms-changes body. */
export const ismsChangeCreateInputSchema = z
  .object({
    title,
    description: optionalText(4000),
    category: ismsChangeCategorySchema,
    occurredOn: isoDate.describe('When the change happened or takes effect'),
    scopeAffected: optionalText(1000).describe('The part of the ISMS scope it touches'),
    refIds: refIds.default([]),
  })
  .strict()
  .meta({ id: 'IsmsChangeCreateRequest' });

/** PATCH /api/v1/organizations/{orgId}/isms-changes/{changeId} body: absent fields stay as they are. */
export const ismsChangeUpdateInputSchema = z
  .object({
    title: title.optional(),
    description: optionalText(4000),
    category: ismsChangeCategorySchema.optional(),
    occurredOn: isoDate.optional(),
    scopeAffected: optionalText(1000),
    refIds: refIds.optional(),
  })
  .strict()
  .meta({ id: 'IsmsChangeUpdateRequest' });

const assessmentLink = z.object({ id: z.uuid(), reference: z.string(), title: z.string() });

/** One entry of the change log. */
export const ismsChangeSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    category: ismsChangeCategorySchema,
    occurredOn: z.iso.date(),
    scopeAffected: z.string().nullable(),
    refIds: z.array(z.string()),
    reassessment: assessmentLink.nullable().describe('The focused assessment started for this change, if any'),
    createdBy: z.uuid(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'IsmsChange' });

/** GET /api/v1/organizations/{orgId}/isms-changes answer, most recent change first. */
export const ismsChangeListSchema = z.object({ data: z.array(ismsChangeSchema) }).meta({ id: 'IsmsChangeList' });

/** GET …/isms-changes/reassessment-proposal query: the framework to propose for (default: the latest completed assessment's). */
export const reassessmentProposalQuerySchema = z.object({ frameworkId: idSchema.optional() }).strict();

/** Which requirements to re-assess after the changes recorded since the last completed assessment, and why. */
export const reassessmentProposalSchema = z
  .object({
    baseline: assessmentLink
      .extend({
        assessmentDate: z.iso.date(),
        completedAt: z.iso.datetime().nullable(),
        framework: z.object({ id: z.uuid(), name: z.string(), version: z.string() }),
      })
      .nullable()
      .describe('The latest completed assessment; null when none is completed yet'),
    changes: z.array(ismsChangeSchema).describe('Changes since the baseline that no focused assessment covers yet'),
    requirements: z.array(
      z.object({
        refId: z.string(),
        title: z.string(),
        reasons: z.array(
          z.object({
            changeId: z.uuid(),
            reference: z.string(),
            title: z.string(),
            category: ismsChangeCategorySchema,
            why: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ReassessmentProposal' });

const people = z.array(z.string().trim().min(1, { message: 'Enter a name' }).max(200)).max(100);

/** POST /api/v1/organizations/{orgId}/isms-changes/reassessments body: start a focused re-assessment. */
export const focusedReassessmentInputSchema = z
  .object({
    changeIds: z.array(idSchema).min(1, { message: 'Choose at least one change' }).max(200),
    frameworkId: idSchema
      .optional()
      .describe('Re-assess the latest completed assessment of this framework (default: the latest completed one)'),
    title: z.string().trim().min(1, { message: 'Enter a title' }).max(200),
    scope: z.string().trim().min(1).max(10_000).optional().describe('Default: the scope of the assessment re-assessed'),
    assessmentDate: isoDate,
    targetCertificationDate: isoDate.nullish(),
    assessors: people.default([]),
    interviewees: people.default([]),
  })
  .strict()
  .superRefine((input, context) => {
    const problem = input.targetCertificationDate
      ? assessmentDatesProblem(input.assessmentDate, input.targetCertificationDate)
      : null;
    if (problem) context.addIssue({ code: 'custom', path: ['targetCertificationDate'], message: problem });
  })
  .meta({ id: 'FocusedReassessmentRequest' });
