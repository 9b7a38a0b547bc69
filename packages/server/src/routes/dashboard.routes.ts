import { dashboardSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { getOrganizationDashboard } from '../services/dashboard.service.ts';

/** The organisation dashboard: headline scores of the latest assessments, renewals due, evidence counts. */
export function dashboardRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/organizations/:orgId/dashboard',
      {
        schema: {
          tags: ['dashboard'],
          summary:
            'Where the ISMS stands: the latest assessment of each framework with its scores and renewal flag, assessments by status, evidence counts',
          params: z.object({ orgId: z.string() }),
          response: { 200: z.object({ data: dashboardSchema }), ...errorResponses(400, 401, 403, 404) },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request) => ({ data: await getOrganizationDashboard(deps, requireContext(request)) }),
    );
  };
}
