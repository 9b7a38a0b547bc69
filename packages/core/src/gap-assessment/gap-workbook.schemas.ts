import { z } from 'zod';
import { gapWorkbookFields } from './gap-workbook.ts';

/** Query of POST …/gap-assessments/{assessmentId}/answer-imports. */
export const gapWorkbookImportQuerySchema = z.object({
  /** Check and report only; write nothing. */
  dryRun: z.enum(['true', 'false']).optional(),
  /** The uploaded file's name, for messages and the audit trail. */
  fileName: z.string().trim().min(1).max(255).optional(),
});

/** One problem of an imported workbook, located at its sheet, row and column. */
export const gapWorkbookProblemSchema = z
  .object({
    kind: z.enum(['value', 'reference', 'duplicate', 'rule', 'workbook', 'conflict']),
    sheet: z.string().nullable(),
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    header: z.string().nullable(),
    refId: z.string().nullable(),
    message: z.string(),
  })
  .meta({ id: 'GapWorkbookProblem' });

/**
 * What importing an edited workbook does (or, in a dry run, would do): the answers that change with the
 * fields that change, how many rows change nothing, and no problems (a workbook with problems is refused).
 */
export const gapWorkbookImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    reference: z.string(),
    changed: z.array(z.object({ refId: z.string(), fields: z.array(z.enum(gapWorkbookFields)) })),
    unchanged: z.number().int(),
    problems: z.array(gapWorkbookProblemSchema),
  })
  .meta({ id: 'GapWorkbookImportResult' });

/** Formats a gap report can be downloaded in. */
export const gapReportFormats = ['pdf', 'docx', 'xlsx', 'md'] as const;

/** One gap report format. */
export type GapReportFormat = (typeof gapReportFormats)[number];

/** Query of GET …/gap-assessments/{assessmentId}/report/download. */
export const gapReportDownloadQuerySchema = z.object({ format: z.enum(gapReportFormats) });
