import {
  idSchema,
  memberSchema,
  memberUpdateInputSchema,
  organizationInputSchema,
  organizationSchema,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { presentMember, presentMyMembership, presentOrganization } from '../presenters/identity.presenter.ts';
import { listOrganizationMembers, removeMember, updateMember } from '../services/member.service.ts';
import { createOrganization, getOrganization, renameOrganization } from '../services/organization.service.ts';
import { describeCaller } from '../services/session.service.ts';
import { errorResponses } from '../http/error-responses.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const orgParams = z.object({ orgId: z.string() });
const memberParams = z.object({ orgId: z.string(), membershipId: idSchema });

/** Organisations and their members. */
export function organizationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/organizations',
      {
        schema: {
          tags: ['organizations'],
          summary: 'Organisations you are a member of',
          response: {
            200: z.object({
              data: z.array(z.object({ organization: organizationSchema, role: memberSchema.shape.role })),
            }),
            ...errors,
          },
        },
        config: { permission: 'authenticated' },
      },
      async (request) => {
        const { memberships } = await describeCaller(deps, requireContext(request));
        return { data: memberships.map(presentMyMembership).map(({ organization, role }) => ({ organization, role })) };
      },
    );

    app.post(
      '/api/v1/organizations',
      {
        schema: {
          tags: ['organizations'],
          summary: 'Create an organisation; you become its owner',
          body: organizationInputSchema,
          response: { 201: z.object({ data: organizationSchema }), ...errors },
        },
        config: { permission: 'authenticated' },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ data: presentOrganization(await createOrganization(deps, requireContext(request), request.body)) }),
    );

    app.get(
      '/api/v1/organizations/:orgId',
      {
        schema: {
          tags: ['organizations'],
          summary: 'One organisation',
          params: orgParams,
          response: { 200: z.object({ data: organizationSchema }), ...errors },
        },
        config: { permission: 'organization.read' },
      },
      async (request) => ({ data: presentOrganization(await getOrganization(deps, requireContext(request))) }),
    );

    app.patch(
      '/api/v1/organizations/:orgId',
      {
        schema: {
          tags: ['organizations'],
          summary: 'Rename an organisation',
          params: orgParams,
          body: organizationInputSchema,
          response: { 200: z.object({ data: organizationSchema }), ...errors },
        },
        config: { permission: 'organization.update' },
      },
      async (request) => ({
        data: presentOrganization(await renameOrganization(deps, requireContext(request), request.body)),
      }),
    );

    app.get(
      '/api/v1/organizations/:orgId/members',
      {
        schema: {
          tags: ['members'],
          summary: 'Members of an organisation',
          params: orgParams,
          response: { 200: z.object({ data: z.array(memberSchema) }), ...errors },
        },
        config: { permission: 'member.read' },
      },
      async (request) => ({ data: (await listOrganizationMembers(deps, requireContext(request))).map(presentMember) }),
    );

    app.patch(
      '/api/v1/organizations/:orgId/members/:membershipId',
      {
        schema: {
          tags: ['members'],
          summary: "Change a member's role or end date",
          params: memberParams,
          body: memberUpdateInputSchema,
          response: { 200: z.object({ data: memberSchema }), ...errors },
        },
        config: { permission: 'member.manage' },
      },
      async (request) => {
        const { role, expiresAt } = request.body;
        const member = await updateMember(deps, requireContext(request), request.params.membershipId, {
          ...(role ? { role } : {}),
          ...(expiresAt !== undefined ? { expiresAt: expiresAt === null ? null : new Date(expiresAt) } : {}),
        });
        return { data: presentMember(member) };
      },
    );

    app.delete(
      '/api/v1/organizations/:orgId/members/:membershipId',
      {
        schema: {
          tags: ['members'],
          summary: 'Remove a member',
          params: memberParams,
          response: { 204: z.undefined(), ...errors },
        },
        config: { permission: 'member.manage' },
      },
      async (request, reply) => {
        await removeMember(deps, requireContext(request), request.params.membershipId);
        return reply.status(204).send();
      },
    );
  };
}
