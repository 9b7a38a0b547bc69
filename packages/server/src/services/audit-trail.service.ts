import {
  assertCan,
  auditExportLimit,
  auditPeriodProblem,
  DomainError,
  summarizeChanges,
  type AuditEvent,
  type AuditExportFormat,
  type ChainVerification,
  type Organization,
} from '@certa/core';
import {
  appendAuditEvent,
  findOrganization,
  listAuditEvents,
  verifyStoredAuditChain,
  type AuditEventFilter,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';

/** Filters of the audit trail as the API receives them (times as ISO strings). */
export interface AuditEventQuery {
  actorUserId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** One page of the audit trail, newest first; `nextCursor` continues below it. */
export interface AuditEventPage {
  events: AuditEvent[];
  nextCursor: number | null;
}

function organizationOf(context: RequestContext): string {
  return context.actor.membership?.organizationId ?? '';
}

function toFilter(query: AuditEventQuery): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (query.actorUserId) filter.actorUserId = query.actorUserId;
  if (query.entityType) filter.entityType = query.entityType;
  if (query.entityId) filter.entityId = query.entityId;
  if (query.action) filter.action = query.action;
  if (query.from) filter.from = new Date(query.from);
  if (query.to) filter.to = new Date(query.to);
  const problem = auditPeriodProblem(filter);
  if (problem) throw new DomainError('validation_failed', problem, { issues: [{ path: 'from', message: problem }] });
  return filter;
}

/** A page of the organisation's audit trail, newest first, filtered. */
export async function listOrganizationAuditEvents(
  deps: AppDeps,
  context: RequestContext,
  query: AuditEventQuery & { cursor?: number | undefined; limit: number },
): Promise<AuditEventPage> {
  assertCan(context.actor, 'auditTrail.read');
  const filter = toFilter(query);
  if (query.cursor !== undefined) filter.beforeSequence = query.cursor;
  // One more than asked tells whether another page follows.
  const rows = await listAuditEvents(deps.database.db, organizationOf(context), filter, query.limit + 1);
  const events = rows.slice(0, query.limit);
  const last = events.at(-1);
  return { events, nextCursor: rows.length > query.limit && last ? last.sequence : null };
}

/**
 * The organisation's filtered audit trail in chain order (oldest first) for a download, refused above
 * `limit` events rather than silently cut short. The export itself is recorded in the trail: the trail
 * is evidence, and who took a copy of it matters (ISO/IEC 27001:2022 A.8.15).
 */
export async function exportOrganizationAuditEvents(
  deps: AppDeps,
  context: RequestContext,
  query: AuditEventQuery & { format: AuditExportFormat },
  limit = auditExportLimit,
): Promise<{ organization: Organization; events: AuditEvent[] }> {
  assertCan(context.actor, 'auditTrail.read');
  const filter = toFilter(query);
  const organizationId = organizationOf(context);
  return deps.database.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, organizationId);
    if (!organization) throw new DomainError('not_found', 'No such organisation');
    const newestFirst = await listAuditEvents(tx, organizationId, filter, limit + 1);
    if (newestFirst.length > limit) {
      throw new DomainError(
        'validation_failed',
        `The export would hold more than ${limit} events; narrow it with from and to (or other filters)`,
        { limit },
      );
    }
    const { format, ...filters } = query;
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'audit_trail.exported',
        entityType: 'audit_trail',
        entityId: organizationId,
        changes: summarizeChanges(undefined, { format, events: newestFirst.length, filters }),
      },
      auditContext(context),
    );
    return { organization, events: newestFirst.reverse() };
  });
}

/** Recomputes the organisation's hash chain and reports the first broken event, if any. */
export async function verifyOrganizationAuditTrail(deps: AppDeps, context: RequestContext): Promise<ChainVerification> {
  assertCan(context.actor, 'auditTrail.read');
  return verifyStoredAuditChain(deps.database.db, organizationOf(context));
}
