import {
  mappingQuerySchema,
  mappingSetSummarySchema,
  requirementMappingSchema,
  requirementSearchHitSchema,
  requirementSearchQuerySchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { searchOrganizationRequirements } from '../services/library.service.ts';
import { listOrganizationMappings, listOrganizationMappingSets } from '../services/mapping.service.ts';

const orgParams = z.object({ orgId: z.string() });
const errors = errorResponses(400, 401, 403, 404);

/** Requirement search across the library, and mappings between frameworks. */
export function mappingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/organizations/:orgId/requirements',
      {
        schema: {
          tags: ['frameworks'],
          summary:
            'Search requirements of every framework the organisation can use by reference, words (title, text, Certa guidance) and attribute values',
          params: orgParams,
          querystring: requirementSearchQuerySchema,
          response: { 200: z.object({ data: z.array(requirementSearchHitSchema) }), ...errors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({ data: await searchOrganizationRequirements(deps, requireContext(request), request.query) }),
    );

    app.get(
      '/api/v1/organizations/:orgId/mapping-sets',
      {
        schema: {
          tags: ['frameworks'],
          summary: 'Pairs of frameworks with mappings between them, and how many',
          params: orgParams,
          response: { 200: z.object({ data: z.array(mappingSetSummarySchema) }), ...errors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({ data: await listOrganizationMappingSets(deps, requireContext(request)) }),
    );

    app.get(
      '/api/v1/organizations/:orgId/mappings',
      {
        schema: {
          tags: ['frameworks'],
          summary:
            'Mappings from one framework to another (mappings stored the other way round are included with the relationship read from this side)',
          params: orgParams,
          querystring: mappingQuerySchema,
          response: { 200: z.object({ data: z.array(requirementMappingSchema) }), ...errors },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: await listOrganizationMappings(
          deps,
          requireContext(request),
          request.query.sourceFrameworkId,
          request.query.targetFrameworkId,
        ),
      }),
    );
  };
}
