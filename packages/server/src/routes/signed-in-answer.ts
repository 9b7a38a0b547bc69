import type { User } from '@certa/core';
import { listActiveMembershipsOfUser } from '@certa/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { isSecureRequest, setSessionCookie } from '../auth/cookies.ts';
import { presentMe } from '../presenters/identity.presenter.ts';
import type { NewSession } from '../services/session.service.ts';

/**
 * The answer after setup, sign-in or accepting an invitation: sets the new session's cookie (when one
 * was opened) and describes the user as GET /api/v1/auth/me does, with the CSRF token to send back.
 */
export async function signedInAnswer(
  deps: AppDeps,
  settings: AuthSettings,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
  session: NewSession | null | undefined,
) {
  if (session)
    setSessionCookie(reply, session.secret, session.expiresAt, isSecureRequest(request, settings.cookieSecure));
  const memberships = await listActiveMembershipsOfUser(deps.database.db, user.id, deps.clock());
  return session
    ? presentMe(user, memberships, session.csrfToken, 'session')
    : presentMe(user, memberships, request.context?.csrfToken ?? null, request.context?.actor.via ?? 'session');
}
