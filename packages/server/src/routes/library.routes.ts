import { frameworkDetailSchema, frameworkSummarySchema, idSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { presentFrameworkSummary } from '../presenters/library.presenter.ts';
import type { FrameworkTreeCache } from '../services/framework-tree-cache.ts';
import { listOrganizationFrameworks } from '../services/library.service.ts';

const errors = errorResponses(400, 401, 403, 404);

/** The framework library: built-in and imported frameworks with their requirement trees. */
export function libraryRoutes(deps: AppDeps, trees: FrameworkTreeCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/organizations/:orgId/frameworks',
      {
        schema: {
          tags: ['frameworks'],
          summary: 'Frameworks this organisation can assess against',
          params: z.object({ orgId: z.string() }),
          response: { 200: z.object({ data: z.array(frameworkSummarySchema) }), ...errors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: (await listOrganizationFrameworks(deps, requireContext(request))).map(presentFrameworkSummary),
      }),
    );

    app.get(
      '/api/v1/organizations/:orgId/frameworks/:frameworkId',
      {
        schema: {
          tags: ['frameworks'],
          summary: 'A framework with its requirement tree (and Certa guidance for ISO/IEC 27001:2022)',
          params: z.object({ orgId: z.string(), frameworkId: idSchema }),
          response: {
            200: z.object({ data: frameworkDetailSchema }),
            304: z.null().meta({ description: 'Not modified since the ETag sent in If-None-Match' }),
            ...errors,
          },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const tree = await trees.read(deps, requireContext(request), request.params.frameworkId);
        reply.header('etag', tree.etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
        if (request.headers['if-none-match'] === tree.etag) return reply.code(304).send(null);
        if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? ''))
          return reply
            .header('content-encoding', 'gzip')
            .type('application/json; charset=utf-8')
            .send(tree.gzip as never);
        // Already JSON (rendered once per framework and organisation, from the same presenters): sent as it is.
        return reply.type('application/json; charset=utf-8').send(tree.json as never);
      },
    );
  };
}
