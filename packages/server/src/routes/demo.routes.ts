import { demoLoadResultSchema, demoRemovalResultSchema, demoStatusSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-responses.ts';
import { getDemoStatus, loadDemo, removeDemo } from '../services/demo.service.ts';

const tags = ['demo'];

/**
 * The demo organisation of the installation (fictional Northwind Cloud). Installation-level routes: any
 * signed-in user may see whether it exists and load it (becoming its owner); only its owners remove it.
 */
export function demoRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/demo',
      {
        schema: {
          tags,
          summary: 'Whether the demo organisation is loaded (its details only for its members)',
          response: { 200: z.object({ data: demoStatusSchema }), ...errorResponses(401) },
        },
        config: { permission: 'authenticated' },
      },
      async (request) => ({ data: await getDemoStatus(deps, requireContext(request)) }),
    );

    app.post(
      '/api/v1/demo',
      {
        schema: {
          tags,
          summary: 'Load the demo organisation Northwind Cloud; you become its owner (409 while one is loaded)',
          body: z.object({}).strict().nullish().describe('Nothing to send'),
          response: { 201: z.object({ data: demoLoadResultSchema }), ...errorResponses(401, 403, 409) },
        },
        config: { permission: 'authenticated' },
      },
      async (request, reply) => reply.status(201).send({ data: await loadDemo(deps, requireContext(request)) }),
    );

    app.delete(
      '/api/v1/demo',
      {
        schema: {
          tags,
          summary: 'Remove the demo organisation and everything in it (owners of the demo only)',
          response: { 200: z.object({ data: demoRemovalResultSchema }), ...errorResponses(401, 403, 404) },
        },
        config: { permission: 'authenticated' },
      },
      async (request) => ({ data: await removeDemo(deps, requireContext(request)) }),
    );
  };
}
