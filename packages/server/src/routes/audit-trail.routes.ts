import {
  auditEventQuerySchema,
  auditEventSchema,
  auditExportFileName,
  auditExportQuerySchema,
  auditVerificationSchema,
  renderAuditEventsCsv,
} from '@certa/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { requireContext } from '../http/authenticate.ts';
import { presentAuditEvent, presentAuditVerification } from '../presenters/audit-trail.presenter.ts';
import {
  exportOrganizationAuditEvents,
  listOrganizationAuditEvents,
  verifyOrganizationAuditTrail,
} from '../services/audit-trail.service.ts';
import { errorResponses } from '../http/error-responses.ts';

const errors = errorResponses(400, 401, 403, 404);
const orgParams = z.object({ orgId: z.string() });

/**
 * The organisation's audit trail: browse, export, verify. It is append-only, so there is deliberately
 * no route that changes or deletes an event.
 */
export function auditTrailRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/organizations/:orgId/audit-events',
      {
        schema: {
          tags: ['audit-trail'],
          summary: 'Audit events of an organisation, newest first; pass nextCursor as cursor for the next page',
          params: orgParams,
          querystring: auditEventQuerySchema,
          response: {
            200: z.object({ data: z.array(auditEventSchema), nextCursor: z.number().int().nullable() }),
            ...errors,
          },
        },
        config: { permission: 'auditTrail.read' },
      },
      async (request) => {
        const page = await listOrganizationAuditEvents(deps, requireContext(request), request.query);
        return { data: page.events.map(presentAuditEvent), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/api/v1/organizations/:orgId/audit-events/export',
      {
        schema: {
          tags: ['audit-trail'],
          summary: 'Download the filtered audit trail, oldest first, as CSV or JSON (at most 100 000 events)',
          params: orgParams,
          querystring: auditExportQuerySchema,
          response: {
            200: {
              description: 'A file download (Content-Disposition: attachment)',
              content: {
                'text/csv': {
                  schema: z.string().meta({
                    description:
                      'Columns sequence, occurredAt, actor, action, entityType, entityId, changes, requestId, ip, hash',
                  }),
                },
                'application/json': { schema: z.array(auditEventSchema) },
              },
            },
            ...errors,
          },
        },
        config: { permission: 'auditTrail.read' },
        // A HEAD request would run the export (and record it) for nothing.
        exposeHeadRoute: false,
      },
      async (request, reply) => {
        const context = requireContext(request);
        const { format } = request.query;
        const { organization, events } = await exportOrganizationAuditEvents(deps, context, request.query);
        const body =
          format === 'csv'
            ? // The byte order mark makes spreadsheet programs read the file as UTF-8.
              `\uFEFF${renderAuditEventsCsv(events)}`
            : JSON.stringify(events.map(presentAuditEvent));
        return reply
          .header(
            'content-disposition',
            `attachment; filename="${auditExportFileName(organization.name, context.now, format)}"`,
          )
          .header('cache-control', 'no-store')
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
          .send(body);
      },
    );

    app.get(
      '/api/v1/organizations/:orgId/audit-events/verification',
      {
        schema: {
          tags: ['audit-trail'],
          summary: "Recompute the organisation's hash chain and report the first altered, missing or inserted event",
          params: orgParams,
          response: { 200: z.object({ data: auditVerificationSchema }), ...errors },
        },
        config: { permission: 'auditTrail.read' },
      },
      async (request) => ({
        data: presentAuditVerification(await verifyOrganizationAuditTrail(deps, requireContext(request))),
      }),
    );
  };
}
