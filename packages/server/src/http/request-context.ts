import type { Actor } from '@certa/core';
import type { AuditContext } from '@certa/db';

/** Who is asking, from where and when: what a service needs besides its input. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  ip: string;
  now: Date;
  /** Hash id of the browser session the request came with, if any. */
  sessionId: string | null;
  /** The CSRF token of that session. */
  csrfToken: string | null;
}

/** A request before sign-in (setup, login, accepting an invitation). */
export type AnonymousContext = Omit<RequestContext, 'actor' | 'sessionId' | 'csrfToken'> & {
  actor?: Actor;
  sessionId?: string | null;
};

/** The audit-trail context of a request. */
export function auditContext(
  context: AnonymousContext,
  actorOverride?: { userId: string; email: string },
): AuditContext {
  const actor =
    actorOverride ?? (context.actor ? { userId: context.actor.userId, email: context.actor.email } : undefined);
  return {
    actorUserId: actor?.userId ?? null,
    actorLabel: actor?.email ?? 'anonymous',
    requestId: context.requestId,
    ip: context.ip,
    occurredAt: context.now,
  };
}
