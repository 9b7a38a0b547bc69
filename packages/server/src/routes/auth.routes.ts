import {
  errorEnvelopeSchema,
  loginInputSchema,
  meSchema,
  passwordChangeInputSchema,
  setupInputSchema,
  setupStatusSchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { clearSessionCookie, isSecureRequest } from '../auth/cookies.ts';
import { signedInAnswer } from './signed-in-answer.ts';
import { optionalContext, requireContext } from '../http/authenticate.ts';
import { presentMe } from '../presenters/identity.presenter.ts';
import { changePassword, describeCaller, signIn, signOut } from '../services/session.service.ts';
import { completeSetup, needsSetup } from '../services/setup.service.ts';
import { errorResponses } from '../http/error-responses.ts';

const errors = errorResponses(400, 401, 403, 409, 429);

/** First-run setup, sign-in, sign-out, the caller, password change. */
export function authRoutes(deps: AppDeps, settings: AuthSettings): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/setup',
      {
        schema: {
          tags: ['auth'],
          summary: 'Whether first-run setup is needed',
          response: { 200: z.object({ data: setupStatusSchema }) },
        },
        config: { permission: 'public' },
      },
      async () => ({ data: { needsSetup: await needsSetup(deps) } }),
    );

    app.post(
      '/api/v1/setup',
      {
        schema: {
          tags: ['auth'],
          summary: 'Create the first owner and organisation (only while no user exists)',
          body: setupInputSchema,
          response: { 201: z.object({ data: meSchema }), ...errors },
        },
        config: { permission: 'public' },
      },
      async (request, reply) => {
        const context = optionalContext(request, deps);
        const { user, session } = await completeSetup(
          deps,
          settings,
          context,
          request.body,
          request.headers['user-agent'],
        );
        return reply.status(201).send(await signedInAnswer(deps, settings, request, reply, user, session));
      },
    );

    app.post(
      '/api/v1/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: loginInputSchema,
          response: { 200: z.object({ data: meSchema }), ...errors },
        },
        config: { permission: 'public' },
      },
      async (request, reply) => {
        const context = optionalContext(request, deps);
        const { user, session } = await signIn(deps, settings, context, request.body, request.headers['user-agent']);
        return signedInAnswer(deps, settings, request, reply, user, session);
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'End the current browser session',
          response: { 204: z.undefined(), ...errors },
        },
        config: { permission: 'authenticated' },
      },
      async (request, reply) => {
        await signOut(deps, requireContext(request));
        clearSessionCookie(reply, isSecureRequest(request, settings.cookieSecure));
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/v1/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and their memberships',
          response: { 200: z.object({ data: meSchema }), 401: errorEnvelopeSchema },
        },
        config: { permission: 'authenticated' },
      },
      async (request) => {
        const context = requireContext(request);
        const { user, memberships } = await describeCaller(deps, context);
        return presentMe(user, memberships, context.csrfToken, context.actor.via);
      },
    );

    app.post(
      '/api/v1/auth/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change your password; your other sessions end',
          body: passwordChangeInputSchema,
          response: { 200: z.object({ data: z.object({ endedSessions: z.number().int() }) }), ...errors },
        },
        config: { permission: 'authenticated' },
      },
      async (request) => ({ data: await changePassword(deps, requireContext(request), request.body) }),
    );
  };
}
