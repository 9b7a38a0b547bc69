import { z } from 'zod';
import { idSchema } from '../identity/identity.schemas.ts';
import { evidenceKinds, evidenceLinkTargets, evidenceStatuses } from './evidence-kinds.ts';

const isoDate = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value))
    .optional();
const webAddress = z
  .url({ protocol: /^https?$/, message: 'Enter an address starting with http:// or https://' })
  .max(2000);

/** A kind of evidence, as sent and stored. */
export const evidenceKindSchema = z.enum(evidenceKinds);

/** An evidence status, as sent and stored. */
export const evidenceStatusSchema = z.enum(evidenceStatuses);

/** A kind of evidence link target. */
export const evidenceLinkTargetSchema = z.enum(evidenceLinkTargets);

const evidenceFields = {
  title: z.string().trim().min(1, { message: 'Enter a title' }).max(200),
  description: optionalText(10_000),
  owner: optionalText(200),
  /** Required for `link`, refused for other kinds (they carry files). */
  url: webAddress.nullable().optional(),
  coversFrom: isoDate.nullable().optional().describe('First day of the period the evidence covers'),
  coversTo: isoDate.nullable().optional().describe('Last day of the period the evidence covers'),
  effectiveFrom: isoDate.nullable().optional().describe('Date the document or record takes effect'),
  reviewBy: isoDate.nullable().optional().describe('After this date the item is flagged stale'),
};

/** POST /api/v1/organizations/{orgId}/evidence body (files are uploaded afterwards as versions). */
export const evidenceCreateInputSchema = z
  .object({
    ...evidenceFields,
    kind: evidenceKindSchema,
    status: evidenceStatusSchema.default('draft'),
  })
  .strict()
  .meta({ id: 'EvidenceCreateRequest' });

/** PATCH /api/v1/organizations/{orgId}/evidence/{evidenceId} body: absent fields stay; `version` as read. */
export const evidenceUpdateInputSchema = z
  .object({
    ...evidenceFields,
    title: evidenceFields.title.optional(),
    status: evidenceStatusSchema.optional(),
    version: z.number().int().min(1).describe('The item version the edit starts from'),
  })
  .strict()
  .meta({ id: 'EvidenceUpdateRequest' });

/** One stored file version of an evidence item. */
export const evidenceFileVersionSchema = z
  .object({
    versionNumber: z.number().int().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    fileName: z.string(),
    mediaType: z.string().describe('Detected from the content, not taken from the upload'),
    sizeBytes: z.number().int().min(0),
    note: z.string().nullable(),
    uploadedBy: z.object({ id: idSchema, name: z.string() }),
    uploadedAt: z.iso.datetime(),
  })
  .meta({ id: 'EvidenceFileVersion' });

/** An evidence item as listed. */
export const evidenceSummarySchema = z
  .object({
    id: idSchema,
    reference: z.string().describe('EV-0001…'),
    title: z.string(),
    kind: evidenceKindSchema,
    status: evidenceStatusSchema,
    owner: z.string().nullable(),
    url: z.string().nullable(),
    coversFrom: isoDate.nullable(),
    coversTo: isoDate.nullable(),
    effectiveFrom: isoDate.nullable(),
    reviewBy: isoDate.nullable(),
    /** True when review-by has passed (computed for today's date). */
    stale: z.boolean(),
    currentVersion: z.number().int().min(0),
    /** The latest file, or null for links and items without a file yet. */
    latestFile: evidenceFileVersionSchema.nullable(),
    linkCount: z.number().int().min(0),
    version: z.number().int().min(1),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'EvidenceSummary' });

/** What an evidence item is linked to, described for display. */
export const evidenceLinkSchema = z
  .object({
    id: idSchema,
    evidenceId: idSchema,
    evidenceReference: z.string(),
    evidenceTitle: z.string(),
    targetType: evidenceLinkTargetSchema,
    targetId: idSchema,
    requirementId: idSchema.nullable(),
    /** Human label of the target, for example `GA-2026-01 · A.5.15 Access control`. */
    label: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'EvidenceLink' });

/** An evidence item with description, every file version and its links. */
export const evidenceDetailSchema = evidenceSummarySchema
  .extend({
    description: z.string().nullable(),
    versions: z.array(evidenceFileVersionSchema).describe('Newest first'),
    links: z.array(evidenceLinkSchema),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'EvidenceDetail' });

/** GET /api/v1/organizations/{orgId}/evidence query. */
export const evidenceListQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().describe('Words in reference, title, description or owner'),
    kind: evidenceKindSchema.optional(),
    status: evidenceStatusSchema.optional(),
    stale: z.enum(['true', 'false']).optional().describe('Only items past (true) or within (false) review-by'),
    owner: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** GET /api/v1/organizations/{orgId}/evidence answer. */
export const evidenceListSchema = z
  .object({
    data: z.array(evidenceSummarySchema),
    total: z.number().int().min(0),
    counts: z.object({
      draft: z.number().int(),
      approved: z.number().int(),
      expired: z.number().int(),
      stale: z.number().int(),
    }),
  })
  .meta({ id: 'EvidenceList' });

/**
 * PUT /api/v1/organizations/{orgId}/evidence/{evidenceId}/file query; the body is the raw file
 * (`application/octet-stream`). Each upload adds a version.
 */
export const evidenceUploadQuerySchema = z
  .object({
    fileName: z.string().trim().min(1, { message: 'Name the file' }).max(255),
    note: z.string().trim().max(2000).optional().describe('What changed in this version'),
  })
  .strict();

/** POST /api/v1/organizations/{orgId}/evidence-links body. */
export const evidenceLinkInputSchema = z
  .object({
    evidenceId: idSchema,
    targetType: evidenceLinkTargetSchema,
    targetId: idSchema,
    requirementId: idSchema.nullable().optional().describe('Required for gap_answer and soa_row links'),
  })
  .strict()
  .meta({ id: 'EvidenceLinkRequest' });

/** GET /api/v1/organizations/{orgId}/evidence-links query: the evidence linked to one target. */
export const evidenceLinkQuerySchema = z
  .object({
    targetType: evidenceLinkTargetSchema,
    targetId: idSchema,
    requirementId: idSchema.optional(),
  })
  .strict();

/** Result of an integrity check of the evidence store (`certa evidence verify`). */
export const evidenceVerifyReportSchema = z
  .object({
    checked: z.number().int(),
    ok: z.boolean(),
    problems: z.array(
      z.object({
        sha256: z.string(),
        problem: z.enum(['missing', 'altered', 'size_mismatch']),
        /** Evidence versions that use the file, as `EV-0001 v2`. */
        usedBy: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'EvidenceVerifyReport' });

export type EvidenceCreateInput = z.infer<typeof evidenceCreateInputSchema>;
export type EvidenceUpdateInput = z.infer<typeof evidenceUpdateInputSchema>;
export type EvidenceSummary = z.infer<typeof evidenceSummarySchema>;
export type EvidenceDetail = z.infer<typeof evidenceDetailSchema>;
export type EvidenceFileVersion = z.infer<typeof evidenceFileVersionSchema>;
export type EvidenceLinkView = z.infer<typeof evidenceLinkSchema>;
export type EvidenceListQuery = z.infer<typeof evidenceListQuerySchema>;
export type EvidenceVerifyReport = z.infer<typeof evidenceVerifyReportSchema>;
