import { certaVersion, healthSchema } from '@certa/core';
import { currentSchemaVersion } from '@certa/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.ts';

/** GET /api/health: liveness plus which database and schema this server runs on. */
export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Server health',
          description: 'Answers 200 when the server and its database respond.',
          response: { 200: healthSchema },
        },
        config: { permission: 'public' },
      },
      async () => ({
        status: 'ok' as const,
        database: deps.database.kind,
        schemaVersion: await currentSchemaVersion(deps.database.db),
        version: certaVersion,
      }),
    );
  };
}
