import { dashboardSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { getOrganizationDashboard } from '../services/dashboard.service.ts';
import { gapAssessmentOrganization } from '../services/gap-assessment-read.service.ts';
import { sendRendered, type RevisionCache } from '../services/revision-cache.ts';

const dashboardAnswer = z.object({ data: dashboardSchema });

/** The organisation dashboard: headline scores of the latest assessments, renewals due, evidence counts. */
export function dashboardRoutes(deps: AppDeps, rendered: RevisionCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/organizations/:orgId/dashboard',
      {
        schema: {
          tags: ['dashboard'],
          summary:
            'Where the ISMS stands: the latest assessment of each framework with its scores and renewal flag, assessments by status, evidence counts',
          params: z.object({ orgId: z.string() }),
          response: {
            200: dashboardAnswer,
            304: z.null().meta({ description: 'Not modified since the ETag sent in If-None-Match' }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
        config: { permission: 'ismsContent.read' },
      },
      async (request, reply) => {
        const context = requireContext(request);
        // Rendered once per revision of the organisation and day (ages and review dates); see revision-cache.ts.
        const answer = await rendered.read(deps, gapAssessmentOrganization(context), 'dashboard', async () =>
          dashboardAnswer.parse({ data: await getOrganizationDashboard(deps, context) }),
        );
        return sendRendered(request, reply, answer);
      },
    );
  };
}
