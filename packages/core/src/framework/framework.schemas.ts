import { z } from 'zod';
import { frameworkSources, requirementKinds } from './framework.ts';

/** A framework version in lists. */
export const frameworkSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    version: z.string(),
    name: z.string(),
    publisher: z.string(),
    licenceNote: z.string(),
    source: z.enum(frameworkSources),
    builtIn: z.boolean(),
    description: z.string().nullable(),
    sourceFormat: z.string().nullable(),
    sourceFileName: z.string().nullable(),
    requirementCount: z.number().int(),
    assessableCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'FrameworkSummary' });

/** Certa's guidance on a requirement, where it has any. */
export const requirementGuidanceSchema = z
  .object({
    meaning: z.string(),
    auditorQuestions: z.array(z.string()),
    typicalEvidence: z.array(z.string()),
    commonGaps: z.array(z.string()),
    documentedInformation: z.object({ required: z.boolean(), note: z.string() }),
  })
  .meta({ id: 'RequirementGuidance' });

/** A parameter of a control (OSCAL `param`) with the values set, if any. */
export const requirementParameterSchema = z
  .object({
    paramId: z.string(),
    label: z.string().nullable(),
    values: z.array(z.string()),
    choices: z.array(z.string()),
    howMany: z.string().nullable(),
  })
  .meta({ id: 'RequirementParameter' });

/** A requirement node of a framework, in reading order. */
export const requirementSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    refId: z.string(),
    title: z.string(),
    kind: z.enum(requirementKinds),
    assessable: z.boolean(),
    description: z.string().nullable(),
    guidance: z.string().nullable(),
    objectives: z.string().nullable(),
    typicalEvidence: z.string().nullable(),
    withdrawn: z.boolean(),
    attributes: z.record(z.string(), z.array(z.string())),
    parameters: z.array(requirementParameterSchema),
    certaGuidance: requirementGuidanceSchema.nullable(),
  })
  .meta({ id: 'Requirement' });

/** A framework with its whole requirement tree. */
export const frameworkDetailSchema = frameworkSummarySchema
  .extend({ requirements: z.array(requirementSchema) })
  .meta({ id: 'FrameworkDetail' });
