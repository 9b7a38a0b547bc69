import { gapComparisonQuerySchema, gapComparisonSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { compareGapAssessments } from '../services/gap-comparison.service.ts';

/** Comparison of two gap assessments of the same framework. */
export function gapComparisonRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/organizations/:orgId/gap-assessments/comparison',
      {
        schema: {
          tags: ['gap assessments'],
          summary:
            'Compare two assessments of the same framework: each requirement improved, regressed or unchanged, and the score deltas per clause, theme or group',
          params: z.object({ orgId: z.string() }),
          querystring: gapComparisonQuerySchema,
          response: { 200: z.object({ data: gapComparisonSchema }), ...errorResponses(400, 401, 403, 404) },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({
        data: await compareGapAssessments(deps, requireContext(request), request.query.before, request.query.after),
      }),
    );
  };
}
