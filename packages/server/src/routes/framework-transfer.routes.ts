import {
  DomainError,
  frameworkExportQuerySchema,
  frameworkImportQuerySchema,
  frameworkImportReportSchema,
  idSchema,
  maxImportFileBytes,
} from '@certa/core';
import { attributeTemplateCsv, frameworkTemplateCsv, frameworkTemplateXlsx } from '@certa/interop';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { exportOrganizationFramework } from '../services/framework-export.service.ts';
import { importOrganizationFramework } from '../services/framework-import.service.ts';

const orgParams = z.object({ orgId: z.string() });
const fileResponse = {
  description: 'A file download (Content-Disposition: attachment)',
  content: { 'application/octet-stream': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

/** Import of framework files (with a dry run that reports before anything is written), export and templates. */
export function frameworkTransferRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Files arrive as the raw request body; this parser applies to this plugin's routes only.
    app.addContentTypeParser(
      ['application/octet-stream', 'text/csv', 'application/xml', 'text/xml', 'application/yaml', 'text/yaml'],
      { parseAs: 'buffer', bodyLimit: maxImportFileBytes + 1 },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/api/v1/organizations/:orgId/framework-imports',
      {
        bodyLimit: maxImportFileBytes + 1,
        schema: {
          tags: ['frameworks'],
          summary:
            'Import a framework file (OSCAL catalog or profile, CISO Assistant library, CSV, XLSX, or a 27002 attributes CSV); with dryRun=true, only check it and report what would be created',
          description:
            'Send the file itself as the body (Content-Type: application/octet-stream). Everything is checked first; any problem gives 400 with every problem in error.details.problems and nothing is written. Re-importing the same file changes nothing.',
          params: orgParams,
          querystring: frameworkImportQuerySchema,
          consumes: ['application/octet-stream'],
          body: z.any().meta({ type: 'string', format: 'binary', description: 'The file to import' }),
          response: {
            200: z.object({ data: frameworkImportReportSchema }),
            ...errorResponses(400, 401, 403, 404, 413),
          },
        },
        config: { permission: 'framework.import' },
      },
      async (request) => {
        const context = requireContext(request);
        if (!(request.body instanceof Uint8Array))
          throw new DomainError(
            'validation_failed',
            'Send the file as the request body with Content-Type: application/octet-stream',
          );
        const { fileName, format, catalogId, dryRun } = request.query;
        const report = await importOrganizationFramework(deps, context, request.body, {
          fileName,
          dryRun: dryRun === 'true',
          ...(format === undefined ? {} : { format }),
          ...(catalogId === undefined ? {} : { catalogId }),
        });
        return { data: report };
      },
    );

    app.get(
      '/api/v1/organizations/:orgId/frameworks/:frameworkId/export',
      {
        schema: {
          tags: ['frameworks'],
          summary: 'Download a framework as an OSCAL catalog (JSON), Certa JSON, CSV or XLSX',
          params: z.object({ orgId: z.string(), frameworkId: idSchema }),
          querystring: frameworkExportQuerySchema,
          response: { 200: fileResponse, ...errorResponses(400, 401, 403, 404) },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const file = await exportOrganizationFramework(
          deps,
          requireContext(request),
          request.params.frameworkId,
          request.query.format,
        );
        return reply
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .type(file.contentType)
          .send(Buffer.from(file.body));
      },
    );

    app.get(
      '/api/v1/organizations/:orgId/framework-imports/template',
      {
        schema: {
          tags: ['frameworks'],
          summary: 'Download the documented template for custom frameworks (CSV or XLSX) or for 27002 attribute values',
          params: orgParams,
          querystring: z.object({ format: z.enum(['csv', 'xlsx', 'attributes']) }),
          response: { 200: fileResponse, ...errorResponses(400, 401, 403, 404) },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const { format } = request.query;
        const [fileName, type, body] =
          format === 'xlsx'
            ? [
                'certa-framework-template.xlsx',
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                Buffer.from(await frameworkTemplateXlsx()),
              ]
            : format === 'csv'
              ? ['certa-framework-template.csv', 'text/csv; charset=utf-8', frameworkTemplateCsv()]
              : ['certa-attributes-template.csv', 'text/csv; charset=utf-8', attributeTemplateCsv()];
        return reply.header('content-disposition', `attachment; filename="${fileName}"`).type(type).send(body);
      },
    );
  };
}
