import { gapWorkbookImportResultSchema, type GapReportFormat } from '@certa/core';
import { z } from 'zod';
import type { ApiClient } from './api-client.ts';

/** What importing an edited workbook did, or in a dry run would do: changed answers, unchanged rows, problems. */
export type GapWorkbookImportResult = z.infer<typeof gapWorkbookImportResultSchema>;

/** One problem of an imported workbook, with its sheet, row and column. */
export type GapWorkbookProblemView = GapWorkbookImportResult['problems'][number];

const segment = (value: string) => encodeURIComponent(value);
const assessmentPath = (orgId: string, assessmentId: string) =>
  `/api/v1/organizations/${segment(orgId)}/gap-assessments/${segment(assessmentId)}`;

// The client keeps its origin private; its SSO address starts with it.
function baseUrlOf(client: ApiClient): string {
  return client.ssoStartUrl('').replace(/\/api\/v1\/auth\/sso\/start\?returnTo=$/, '');
}

/**
 * Address of an assessment's gap report file (PDF, DOCX, XLSX or Markdown): a download, opened as a link,
 * authorised by the session cookie (or fetched with the bearer token).
 */
export function gapReportDownloadUrl(
  client: ApiClient,
  orgId: string,
  assessmentId: string,
  format: GapReportFormat,
): string {
  return `${baseUrlOf(client)}${assessmentPath(orgId, assessmentId)}/report/download?format=${format}`;
}

/**
 * POST …/gap-assessments/{assessmentId}/answer-imports: uploads the edited offline workbook as the raw body
 * (with the client's CSRF token or bearer token). With `dryRun` nothing is written and every problem comes
 * back in `problems`; without it a workbook with problems is refused with an ApiError `validation_failed`
 * whose `details.problems` lists them, and nothing is written.
 */
export async function importGapWorkbook(
  client: ApiClient,
  orgId: string,
  assessmentId: string,
  file: Blob | Uint8Array,
  options: { fileName?: string; dryRun?: boolean } = {},
): Promise<GapWorkbookImportResult> {
  const query = new URLSearchParams({ dryRun: options.dryRun ? 'true' : 'false' });
  if (options.fileName) query.set('fileName', options.fileName.slice(0, 255));
  const answer = await client.request(
    'POST',
    `${assessmentPath(orgId, assessmentId)}/answer-imports?${query.toString()}`,
    z.object({ data: gapWorkbookImportResultSchema }),
    file,
  );
  return answer.data;
}

/** The located problems of a refused workbook import (an ApiError's `details.problems`), empty otherwise. */
export function gapWorkbookProblems(error: unknown): GapWorkbookProblemView[] {
  const details = (error as { details?: unknown } | null)?.details;
  const parsed = z.object({ problems: gapWorkbookImportResultSchema.shape.problems }).safeParse(details);
  return parsed.success ? parsed.data.problems : [];
}
