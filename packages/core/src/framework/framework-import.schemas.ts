import { z } from 'zod';
import { requirementKinds } from './framework.ts';
import { frameworkExportFormats, frameworkImportFormats, mappingRelationships } from './framework-import.ts';

/** A problem in an imported file: where, and what was expected. */
export const importProblemSchema = z
  .object({ location: z.string(), message: z.string() })
  .meta({ id: 'ImportProblem' });

/** Options of an import, as query parameters of the upload. */
export const frameworkImportQuerySchema = z.object({
  fileName: z.string().min(1).max(255),
  format: z.enum(frameworkImportFormats).optional(),
  /** The imported catalog a profile is resolved against, or the framework an attributes file applies to. */
  catalogId: z.uuid().optional(),
  /** Check and report only; write nothing. */
  dryRun: z.enum(['true', 'false']).optional(),
});

/** What an import creates (or would create) for one framework of the file. */
export const importedFrameworkReportSchema = z
  .object({
    slug: z.string(),
    version: z.string(),
    name: z.string(),
    publisher: z.string(),
    requirementCount: z.number().int(),
    assessableCount: z.number().int(),
    withdrawnCount: z.number().int(),
    parameterCount: z.number().int(),
    /** `new`: will be added; `unchanged`: this version is already in the library with the same content. */
    status: z.enum(['new', 'unchanged']),
    frameworkId: z.uuid().nullable(),
  })
  .meta({ id: 'ImportedFrameworkReport' });

/** The validation report of an import: shown before confirming, and returned after writing. */
export const frameworkImportReportSchema = z
  .object({
    fileName: z.string(),
    format: z.enum(frameworkImportFormats),
    sha256: z.string(),
    dryRun: z.boolean(),
    frameworks: z.array(importedFrameworkReportSchema),
    /** For a profile: the catalog it was resolved against. */
    resolvedAgainst: z.object({ frameworkId: z.uuid(), name: z.string(), version: z.string() }).nullable(),
    mappingSets: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        count: z.number().int(),
        status: z.enum(['new', 'unchanged']),
      }),
    ),
    attributes: z
      .object({ frameworkId: z.uuid(), requirementCount: z.number().int(), valueCount: z.number().int() })
      .nullable(),
    warnings: z.array(importProblemSchema),
  })
  .meta({ id: 'FrameworkImportReport' });

/** Query of a framework export. */
export const frameworkExportQuerySchema = z.object({ format: z.enum(frameworkExportFormats) });

/** A requirement as other objects refer to it. */
export const requirementRefSchema = z
  .object({
    frameworkId: z.uuid(),
    requirementId: z.uuid(),
    refId: z.string(),
    title: z.string(),
  })
  .meta({ id: 'RequirementRef' });

/** A mapping between a requirement of one framework and a requirement of another. */
export const requirementMappingSchema = z
  .object({
    id: z.uuid(),
    source: requirementRefSchema,
    target: requirementRefSchema,
    relationship: z.enum(mappingRelationships),
    strength: z.number().int().min(0).max(10).nullable(),
    rationale: z.string().nullable(),
  })
  .meta({ id: 'RequirementMapping' });

/** A set of mappings between two frameworks, with its size. */
export const mappingSetSummarySchema = z
  .object({
    sourceFrameworkId: z.uuid(),
    sourceName: z.string(),
    sourceVersion: z.string(),
    targetFrameworkId: z.uuid(),
    targetName: z.string(),
    targetVersion: z.string(),
    count: z.number().int(),
  })
  .meta({ id: 'MappingSetSummary' });

/** Query of the mappings between two frameworks. */
export const mappingQuerySchema = z.object({ sourceFrameworkId: z.uuid(), targetFrameworkId: z.uuid() });

/** Query of the requirement search. */
export const requirementSearchQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  frameworkId: z.uuid().optional(),
  /** `key:value`, e.g. `control_type:preventive`; repeat to narrow. */
  attribute: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One requirement found by a search. */
export const requirementSearchHitSchema = z
  .object({
    frameworkId: z.uuid(),
    frameworkName: z.string(),
    frameworkVersion: z.string(),
    requirementId: z.uuid(),
    refId: z.string(),
    title: z.string(),
    kind: z.enum(requirementKinds),
    assessable: z.boolean(),
    withdrawn: z.boolean(),
    /** A short passage around the first match in the text, when the match was not in reference or title. */
    snippet: z.string().nullable(),
  })
  .meta({ id: 'RequirementSearchHit' });

/** The validation report of an import. */
export type FrameworkImportReport = z.infer<typeof frameworkImportReportSchema>;

/** A mapping between two requirements, as the API returns it. */
export type RequirementMappingView = z.infer<typeof requirementMappingSchema>;

/** One requirement found by a search. */
export type RequirementSearchHit = z.infer<typeof requirementSearchHitSchema>;
