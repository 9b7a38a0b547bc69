import {
  DomainError,
  gapReportDownloadQuerySchema,
  gapWorkbookImportQuerySchema,
  gapWorkbookImportResultSchema,
  idSchema,
  maxImportFileBytes,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { renderGapAssessmentReport } from '../services/gap-report.service.ts';
import { importGapWorkbook } from '../services/gap-workbook-import.service.ts';

const base = '/api/v1/organizations/:orgId/gap-assessments/:assessmentId';
const assessmentParams = z.object({ orgId: z.string(), assessmentId: idSchema });
const tags = ['gap assessments'];
const fileResponse = {
  description: 'The report file (Content-Disposition: attachment)',
  content: { 'application/octet-stream': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

/** Gap report downloads (PDF, DOCX, XLSX, Markdown) and the import of the edited offline workbook. */
export function gapReportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // The workbook arrives as the raw request body; this parser applies to this plugin's routes only.
    app.addContentTypeParser(
      ['application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      { parseAs: 'buffer', bodyLimit: maxImportFileBytes + 1 },
      (_request, body, done) => done(null, body),
    );

    app.get(
      `${base}/report/download`,
      {
        schema: {
          tags,
          summary: 'Download the gap report of an assessment as PDF, DOCX, XLSX (for offline work) or Markdown',
          description:
            'The XLSX names the assessment in a hidden sheet, with each answer as exported, so that it can be edited offline and imported back with POST …/answer-imports.',
          params: assessmentParams,
          querystring: gapReportDownloadQuerySchema,
          response: { 200: fileResponse, ...errorResponses(400, 401, 403, 404) },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const file = await renderGapAssessmentReport(
          deps,
          requireContext(request),
          request.params.assessmentId,
          request.query.format,
        );
        return reply
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .type(file.contentType)
          .send(Buffer.from(file.body));
      },
    );

    app.post(
      `${base}/answer-imports`,
      {
        bodyLimit: maxImportFileBytes + 1,
        schema: {
          tags,
          summary:
            'Import the edited offline workbook of an assessment; with dryRun=true, only check it and report what would change',
          description:
            'Send the XLSX downloaded from GET …/report/download?format=xlsx as the body (Content-Type: application/octet-stream). Every row is checked first; any problem (with its sheet, row and column) gives 400 with every problem in error.details.problems and nothing is written — a dry run lists them in `problems` instead. A cell edited in the workbook whose field was also changed in Certa since the export is a `conflict` problem, never overwritten. Owners and ISMS managers only.',
          params: assessmentParams,
          querystring: gapWorkbookImportQuerySchema,
          consumes: ['application/octet-stream'],
          body: z.any().meta({ type: 'string', format: 'binary', description: 'The edited workbook' }),
          response: {
            200: z.object({ data: gapWorkbookImportResultSchema }),
            ...errorResponses(400, 401, 403, 404, 409, 413),
          },
        },
        config: { permission: 'ismsContent.write' },
      },
      async (request) => {
        const context = requireContext(request);
        if (!(request.body instanceof Uint8Array))
          throw new DomainError(
            'validation_failed',
            'Send the workbook as the request body with Content-Type: application/octet-stream',
          );
        const result = await importGapWorkbook(deps, context, request.params.assessmentId, request.body, {
          fileName: request.query.fileName ?? 'workbook.xlsx',
          dryRun: request.query.dryRun === 'true',
        });
        return { data: result };
      },
    );
  };
}
