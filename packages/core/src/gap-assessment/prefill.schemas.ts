import { z } from 'zod';
import { mappingRelationships } from '../framework/framework-import.ts';
import { idSchema } from '../identity/identity.schemas.ts';
import { answerOriginKinds } from './provenance.ts';

/** Where a pre-filled answer came from; null on answers typed in from scratch. */
export const gapAnswerOriginSchema = z
  .object({
    kind: z
      .enum(answerOriginKinds)
      .describe('carried_over: copied from an assessment of the same framework; mapped: derived through a mapping'),
    pending: z.boolean().describe('True until someone confirms or edits the answer'),
    assessmentId: z.uuid().nullable(),
    assessmentReference: z.string().nullable(),
    requirementRefId: z.string().nullable().describe('The requirement of the source assessment the answer came from'),
    relationship: z
      .enum(mappingRelationships)
      .nullable()
      .describe('For mapped answers: the mapping relationship, source to this requirement'),
  })
  .meta({ id: 'GapAnswerOrigin' });

/** How old a completed assessment is against the organisation's renewal age. */
export const assessmentStalenessSchema = z
  .object({
    stale: z.boolean().describe('True once the assessment has reached the maximum age: due for renewal'),
    ageMonths: z.number().int(),
    dueOn: z.iso.date(),
  })
  .meta({ id: 'AssessmentStaleness' });

/** POST …/gap-assessments/{assessmentId}/answers/{requirementId}/confirm body. */
export const gapAnswerConfirmInputSchema = z
  .object({ version: z.number().int().min(1).max(2_147_483_647).describe('The version of the answer being confirmed') })
  .strict()
  .meta({ id: 'GapAnswerConfirmRequest' });

/** POST …/gap-assessments/{assessmentId}/confirmations body: confirms these pre-filled answers as they are. */
export const gapAnswersConfirmInputSchema = z
  .object({
    requirementIds: z
      .array(idSchema)
      .min(1, { message: 'Name at least one requirement to confirm' })
      .max(5000)
      .describe(
        'Requirements whose pending pre-filled answers are confirmed; answers not pending are left as they are',
      ),
  })
  .strict()
  .meta({ id: 'GapAnswersConfirmRequest' });

/** POST …/gap-assessments/{assessmentId}/confirmations answer. */
export const gapAnswersConfirmResultSchema = z
  .object({
    confirmed: z.number().int().describe('How many pending answers were confirmed'),
    pending: z.number().int().describe('How many pre-filled answers of the assessment are still pending'),
  })
  .meta({ id: 'GapAnswersConfirmResult' });

const maxAge = z
  .number()
  .int({ message: 'Use a whole number of months' })
  .min(1, { message: 'Use at least 1 month' })
  .max(60, { message: 'Use at most 60 months' });

/** GET /api/v1/organizations/{orgId}/assessment-settings answer. */
export const assessmentSettingsSchema = z
  .object({
    assessmentMaxAgeMonths: maxAge.describe('Age after which a completed assessment is flagged as due for renewal'),
  })
  .meta({ id: 'AssessmentSettings' });

/** PATCH /api/v1/organizations/{orgId}/assessment-settings body. */
export const assessmentSettingsUpdateInputSchema = z
  .object({ assessmentMaxAgeMonths: maxAge })
  .strict()
  .meta({ id: 'AssessmentSettingsUpdateRequest' });
