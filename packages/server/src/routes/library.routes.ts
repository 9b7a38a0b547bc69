import { frameworkDetailSchema, frameworkSummarySchema, idSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { presentFrameworkSummary, presentRequirement } from '../presenters/library.presenter.ts';
import { getOrganizationFramework, listOrganizationFrameworks } from '../services/library.service.ts';

const errors = errorResponses(400, 401, 403, 404);

/** The framework library: built-in and imported frameworks with their requirement trees. */
export function libraryRoutes(deps: AppDeps): FastifyPluginAsyncZod {
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
          response: { 200: z.object({ data: frameworkDetailSchema }), ...errors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => {
        const { framework, requirements } = await getOrganizationFramework(
          deps,
          requireContext(request),
          request.params.frameworkId,
        );
        return { data: { ...presentFrameworkSummary(framework), requirements: requirements.map(presentRequirement) } };
      },
    );
  };
}
