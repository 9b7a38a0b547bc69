import {
  errorEnvelopeSchema,
  idSchema,
  invitationAcceptInputSchema,
  invitationInputSchema,
  invitationPreviewSchema,
  invitationSchema,
  meSchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { optionalContext, requireContext } from '../http/authenticate.ts';
import { presentInvitation } from '../presenters/identity.presenter.ts';
import {
  acceptInvitation,
  createInvitation,
  listOrganizationInvitations,
  previewInvitation,
  revokeInvitation,
} from '../services/invitation.service.ts';
import { signedInAnswer } from './signed-in-answer.ts';
import { errorResponses } from '../http/error-responses.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const orgParams = z.object({ orgId: z.string() });
const invitationParams = z.object({ orgId: z.string(), invitationId: idSchema });
// Any string: a malformed link gets the same 404 as an unknown one.
const tokenParams = z.object({ token: z.string() });

/** Invitations: owners invite, list and revoke; invitees preview and accept through the link. */
export function invitationRoutes(deps: AppDeps, settings: AuthSettings): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/organizations/:orgId/invitations',
      {
        schema: {
          tags: ['invitations'],
          summary: 'Invite someone; the answer carries the link once (it is also emailed when SMTP is set up)',
          params: orgParams,
          body: invitationInputSchema,
          response: { 201: z.object({ data: invitationSchema }), ...errors },
        },
        config: { permission: 'invitation.manage' },
      },
      async (request, reply) => {
        const context = requireContext(request);
        const { membershipExpiresAt, ...rest } = request.body;
        const { invitation, link } = await createInvitation(
          deps,
          settings,
          context,
          { ...rest, membershipExpiresAt: membershipExpiresAt ? new Date(membershipExpiresAt) : null },
          `${request.protocol}://${request.host}`,
        );
        return reply.status(201).send({ data: presentInvitation(invitation, context.now, link) });
      },
    );

    app.get(
      '/api/v1/organizations/:orgId/invitations',
      {
        schema: {
          tags: ['invitations'],
          summary: 'Invitations of an organisation, newest first',
          params: orgParams,
          response: { 200: z.object({ data: z.array(invitationSchema) }), ...errors },
        },
        config: { permission: 'invitation.manage' },
      },
      async (request) => {
        const context = requireContext(request);
        const invitations = await listOrganizationInvitations(deps, context);
        return { data: invitations.map((invitation) => presentInvitation(invitation, context.now)) };
      },
    );

    app.delete(
      '/api/v1/organizations/:orgId/invitations/:invitationId',
      {
        schema: {
          tags: ['invitations'],
          summary: 'Revoke a pending invitation; its link stops working',
          params: invitationParams,
          response: { 204: z.undefined(), ...errors },
        },
        config: { permission: 'invitation.manage' },
      },
      async (request, reply) => {
        await revokeInvitation(deps, requireContext(request), request.params.invitationId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/v1/invitations/:token',
      {
        schema: {
          tags: ['invitations'],
          summary: 'What an invitation link offers, before accepting it',
          params: tokenParams,
          response: { 200: z.object({ data: invitationPreviewSchema }), 404: errorEnvelopeSchema },
        },
        config: { permission: 'public' },
      },
      async (request) => ({
        data: await previewInvitation(deps, optionalContext(request, deps), request.params.token),
      }),
    );

    app.post(
      '/api/v1/invitations/:token/accept',
      {
        schema: {
          tags: ['invitations'],
          summary: 'Accept an invitation: creates your account (name and password) or, signed in, adds the membership',
          params: tokenParams,
          body: invitationAcceptInputSchema,
          response: { 200: z.object({ data: meSchema }), ...errors },
        },
        config: { permission: 'public' },
      },
      async (request, reply) => {
        const context = optionalContext(request, deps);
        const { user, session } = await acceptInvitation(
          deps,
          settings,
          context,
          request.params.token,
          request.body,
          request.headers['user-agent'],
        );
        return signedInAnswer(deps, settings, request, reply, user, session);
      },
    );
  };
}
