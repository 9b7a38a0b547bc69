import { z } from 'zod';
import { organizationSchema, roleSchema } from '../identity/identity.schemas.ts';

/** GET /api/v1/demo answer: whether a demo organisation is loaded and what the caller is in it. */
export const demoStatusSchema = z
  .object({
    exists: z.boolean(),
    /** The demo organisation, shown only to its members. */
    organization: organizationSchema.nullable(),
    /** The caller's role in the demo organisation, or null when not a member. */
    role: roleSchema.nullable(),
  })
  .meta({ id: 'DemoStatus' });

/** POST /api/v1/demo answer: the demo organisation just loaded and what it holds. */
export const demoLoadResultSchema = z
  .object({
    organization: organizationSchema,
    assessmentId: z.uuid(),
    assessmentReference: z.string(),
    counts: z.object({
      answers: z.number().int(),
      evidence: z.number().int(),
      evidenceLinks: z.number().int(),
      changes: z.number().int(),
      roadmapTasks: z.number().int(),
    }),
  })
  .meta({ id: 'DemoLoadResult' });

/** DELETE /api/v1/demo answer: the organisation removed and the rows deleted per table. */
export const demoRemovalResultSchema = z
  .object({
    organizationId: z.uuid(),
    name: z.string(),
    rowsByTable: z.record(z.string(), z.number().int()),
    filesDeleted: z.number().int(),
  })
  .meta({ id: 'DemoRemovalResult' });

/** What GET /api/v1/demo answers. */
export type DemoStatus = z.infer<typeof demoStatusSchema>;
/** What POST /api/v1/demo answers. */
export type DemoLoadResult = z.infer<typeof demoLoadResultSchema>;
/** What DELETE /api/v1/demo answers. */
export type DemoRemovalResult = z.infer<typeof demoRemovalResultSchema>;
