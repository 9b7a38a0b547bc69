import { z } from 'zod';
import { iso27001FrameworkId } from '../framework/iso27001-2022.ts';
import {
  conformityStatuses,
  documentationStates,
  efforts,
  priorities,
  priorityOverrideProblem,
  type RequirementAnswer,
} from './gap-assessment.ts';

const maturity = z.number().int().min(0).max(5).describe('Maturity level, 0 (non-existent) to 5 (optimised)');
const text = z.string().trim().min(1);
// YAML writes an empty value as null: treat it as absent.
const optionalText = text.nullish();

/** One answer of the compliance-as-code answers file; unknown fields are errors. */
export const gapAnswerFileEntrySchema = z
  .strictObject({
    status: z.enum(conformityStatuses),
    maturity: maturity.nullish().describe('Current maturity, 0–5'),
    target: maturity.nullish().describe('Target maturity, 0–5'),
    documentation: z
      .enum(documentationStates)
      .nullish()
      .describe('State of the documented information the requirement calls for'),
    justification: optionalText.describe('Why the requirement is not applicable (required for not_applicable)'),
    notes: optionalText,
    owner: optionalText,
    evidence: z.array(text).nullish().describe('References to the evidence seen (documents, records, links)'),
    effort: z.enum(efforts).nullish().describe('Effort to close the gap: S, M, L or XL'),
    priority: z.enum(priorities).nullish().describe('Overrides the computed priority; needs priorityReason'),
    priorityReason: optionalText,
    gap: optionalText.describe('The gap found'),
    recommendation: optionalText,
  })
  .superRefine((answer, context) => {
    // ISO/IEC 27001:2022 6.1.3 d): an excluded control needs a justification. Issues point at lines that exist.
    if (answer.status === 'not_applicable' && !answer.justification)
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'not_applicable needs a justification saying why',
      });
    const overrideProblem = priorityOverrideProblem(answer.priority, answer.priorityReason);
    if (overrideProblem) context.addIssue({ code: 'custom', path: ['priority'], message: overrideProblem });
  });

/** One answer as written in the answers file. */
export type GapAnswerFileEntry = z.output<typeof gapAnswerFileEntrySchema>;

/** The compliance-as-code answers file read by `certa gap run` (YAML or JSON). */
export const gapAnswersFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Location of this JSON Schema, for editors'),
    framework: z
      .string()
      .trim()
      .min(1)
      .default(iso27001FrameworkId)
      .describe('Framework slug: iso27001-2022 (built in) or the slug of the framework file given to certa'),
    organization: text.describe('Organisation assessed'),
    scope: text.describe('The ISMS scope assessed'),
    date: z.iso.date().describe('Date of the assessment (YYYY-MM-DD)'),
    targetCertificationDate: z.iso.date().nullish().describe('Date the certificate is aimed at (YYYY-MM-DD)'),
    assessors: z.array(text).nullish(),
    answers: z
      .record(z.string(), gapAnswerFileEntrySchema)
      .describe('Answers keyed by exact reference (4.1, A.5.1); a requirement left out is not assessed'),
  })
  .superRefine((file, context) => {
    if (file.targetCertificationDate && file.targetCertificationDate <= file.date)
      context.addIssue({
        code: 'custom',
        path: ['targetCertificationDate'],
        message: 'The target certification date must come after the assessment date',
      });
  });

/** The answers file as validated, defaults applied. */
export type GapAnswersFile = z.output<typeof gapAnswersFileSchema>;

/** An answer of the file in the shape scoring reads. */
export function requirementAnswerFromFile(entry: GapAnswerFileEntry): RequirementAnswer {
  return {
    status: entry.status,
    maturity: entry.maturity ?? null,
    targetMaturity: entry.target ?? null,
    documentation: entry.documentation ?? null,
    justification: entry.justification ?? null,
    notes: entry.notes ?? null,
    owner: entry.owner ?? null,
    evidence: entry.evidence ?? [],
    effort: entry.effort ?? null,
    priority: entry.priority ?? null,
    priorityReason: entry.priorityReason ?? null,
    gap: entry.gap ?? null,
    recommendation: entry.recommendation ?? null,
  };
}

/**
 * The JSON Schema (draft 2020-12) of the answers file, with the two cross-field rules zod cannot export
 * (a justification for not_applicable, a reason for a priority override) added as `if`/`then`.
 */
export function gapAnswersJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(gapAnswersFileSchema, { target: 'draft-2020-12', io: 'input' }) as unknown as Record<
    string,
    unknown
  > & { properties: { answers: { additionalProperties: Record<string, unknown> } } };
  schema.title = 'Certa gap assessment answers';
  schema.description = 'Answers of an ISO/IEC 27001:2022 (or other framework) gap assessment, read by `certa gap run`.';
  schema.properties.answers.additionalProperties.allOf = [
    {
      if: { properties: { status: { const: 'not_applicable' } }, required: ['status'] },
      then: { required: ['justification'] },
    },
    {
      if: { required: ['priority'], properties: { priority: { type: 'string' } } },
      then: { required: ['priorityReason'] },
    },
  ];
  return schema;
}
