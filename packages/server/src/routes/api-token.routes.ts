import { apiTokenInputSchema, apiTokenSchema, idSchema } from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { presentApiToken } from '../presenters/identity.presenter.ts';
import { createApiToken, listMyApiTokens, revokeApiToken } from '../services/api-token.service.ts';
import { errorResponses } from '../http/error-responses.ts';

const errors = errorResponses(400, 401, 403, 404, 409);

/** Personal API tokens of the signed-in user (sent as `Authorization: Bearer <token>`). */
export function apiTokenRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/api-tokens',
      {
        schema: {
          tags: ['api-tokens'],
          summary: 'Create a personal API token; its secret is in the answer this once',
          body: apiTokenInputSchema,
          response: { 201: z.object({ data: apiTokenSchema }), ...errors },
        },
        config: { permission: 'authenticated' },
      },
      async (request, reply) => {
        const { token, secret } = await createApiToken(deps, requireContext(request), request.body);
        return reply.status(201).send({ data: presentApiToken(token, secret) });
      },
    );

    app.get(
      '/api/v1/api-tokens',
      {
        schema: {
          tags: ['api-tokens'],
          summary: 'Your personal API tokens, newest first (without secrets)',
          response: { 200: z.object({ data: z.array(apiTokenSchema) }), ...errors },
        },
        config: { permission: 'authenticated' },
      },
      async (request) => ({
        data: (await listMyApiTokens(deps, requireContext(request))).map((token) => presentApiToken(token)),
      }),
    );

    app.delete(
      '/api/v1/api-tokens/:tokenId',
      {
        schema: {
          tags: ['api-tokens'],
          summary: 'Revoke one of your API tokens',
          params: z.object({ tokenId: idSchema }),
          response: { 204: z.undefined(), ...errors },
        },
        config: { permission: 'authenticated' },
      },
      async (request, reply) => {
        await revokeApiToken(deps, requireContext(request), request.params.tokenId);
        return reply.status(204).send();
      },
    );
  };
}
