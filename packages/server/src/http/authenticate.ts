import { DomainError, isMembershipActive, rolesFor, type Action, type Actor } from '@certa/core';
import {
  deleteSession,
  findActiveMembership,
  findApiTokenByHash,
  findSessionWithUser,
  findUserById,
  sha256Hex,
  touchSession,
  updateApiToken,
} from '@certa/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { readCookie, sessionCookieName } from '../auth/cookies.ts';
import { createLookupCache, type LookupCache } from './lookup-cache.ts';
import type { AnonymousContext, RequestContext } from './request-context.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Activity is written back at most once a minute per session or token, not on every request.
const touchIntervalMs = 60_000;

interface Authentication {
  actor: Actor;
  sessionId: string | null;
  csrfToken: string | null;
}

async function fromBearerToken(deps: AppDeps, header: string, now: Date): Promise<Authentication> {
  const secret = header.slice('bearer '.length).trim();
  const token = await findApiTokenByHash(deps.database.db, sha256Hex(secret));
  if (!token || token.revokedAt !== null || token.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError('unauthenticated', 'The API token is unknown, expired or revoked');
  }
  const user = await findUserById(deps.database.db, token.userId);
  if (!user) throw new DomainError('unauthenticated', 'The API token is unknown, expired or revoked');
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > touchIntervalMs) {
    await updateApiToken(deps.database.db, token.id, { lastUsedAt: now });
  }
  return { actor: { userId: user.id, email: user.email, via: 'token' }, sessionId: null, csrfToken: null };
}

/** Short-lived caches of the lookups every request makes (see AppDeps.lookupCacheMs). */
interface AuthCaches {
  sessions: LookupCache<Awaited<ReturnType<typeof findSessionWithUser>>>;
  memberships: LookupCache<Awaited<ReturnType<typeof findActiveMembership>>>;
}

async function fromSessionCookie(
  deps: AppDeps,
  caches: AuthCaches,
  request: FastifyRequest,
  secret: string,
  settings: AuthSettings,
  now: Date,
): Promise<Authentication> {
  const id = sha256Hex(secret);
  const session = await caches.sessions.get(id, () => findSessionWithUser(deps.database.db, id));
  const idleLimit = settings.sessionIdleMinutes * 60_000;
  if (
    !session ||
    session.expiresAt.getTime() <= now.getTime() ||
    now.getTime() - session.lastSeenAt.getTime() > idleLimit
  ) {
    if (session) {
      await deleteSession(deps.database.db, session.id);
      caches.sessions.forget(session.id);
    }
    throw new DomainError('unauthenticated', 'Your session has ended; sign in again');
  }
  // Cookies ride along on cross-site requests: a state change must also prove it came from our pages.
  if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
    throw new DomainError('forbidden', 'Missing or wrong X-CSRF-Token header (get it from GET /api/v1/auth/me)');
  }
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await touchSession(deps.database.db, id, now);
    caches.sessions.set(id, { ...session, lastSeenAt: now });
  }
  return {
    actor: { userId: session.userId, email: session.userEmail, via: 'session' },
    sessionId: id,
    csrfToken: session.csrfToken,
  };
}

/** Works out who sends a request: a bearer API token first, else the session cookie. */
async function authenticateRequest(
  deps: AppDeps,
  caches: AuthCaches,
  request: FastifyRequest,
  settings: AuthSettings,
  now: Date,
): Promise<Authentication | undefined> {
  const authorization = request.headers.authorization;
  if (authorization?.toLowerCase().startsWith('bearer ')) return fromBearerToken(deps, authorization, now);
  const secret = readCookie(request, sessionCookieName);
  if (secret) return fromSessionCookie(deps, caches, request, secret, settings, now);
  return undefined;
}

async function enterOrganization(
  deps: AppDeps,
  caches: AuthCaches,
  request: FastifyRequest,
  actor: Actor,
  action: Action,
  now: Date,
): Promise<Actor> {
  const organizationId = (request.params as { orgId?: string }).orgId;
  if (!organizationId) throw new Error(`route ${request.routeOptions.url ?? ''} declares ${action} but has no :orgId`);
  const notFound = () => new DomainError('not_found', 'No such organisation');
  if (!uuidPattern.test(organizationId)) throw notFound();
  const membership = await caches.memberships.get(`${organizationId} ${actor.userId}`, () =>
    findActiveMembership(deps.database.db, organizationId, actor.userId, now),
  );
  // Another organisation's existence is never revealed: not a member means not found.
  if (!membership || !isMembershipActive(membership, now)) throw notFound();
  const allowed = rolesFor(action);
  if (!allowed.always.includes(membership.role) && !allowed.whenAssigned.includes(membership.role)) {
    throw new DomainError('forbidden', `Your role (${membership.role}) does not allow this (${action})`);
  }
  return { ...actor, membership: { id: membership.id, organizationId, role: membership.role } };
}

/**
 * Installs the check every route goes through before its input is validated: public routes pass;
 * others need a session or token (401), and organisation routes a membership (404) whose role the
 * declared action allows (403). Services check the action again against the record itself.
 */
export function installAuthentication(app: FastifyInstance, deps: AppDeps, settings: AuthSettings): void {
  const caches: AuthCaches = {
    sessions: createLookupCache(deps.lookupCacheMs ?? 0),
    memberships: createLookupCache(deps.lookupCacheMs ?? 0),
  };
  // A change made through this process (sign-out, a role or membership change) applies at once.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!safeMethods.has(request.method)) {
      caches.sessions.forget();
      caches.memberships.forget();
    }
    return payload;
  });
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission === undefined) {
      // Only non-API routes (the web app, the docs) may omit a permission.
      if ((request.routeOptions.url ?? '').startsWith('/api/v1')) {
        throw new Error(`route ${request.routeOptions.url ?? ''} declares no permission`);
      }
      return;
    }
    const now = deps.clock();
    const authentication = await authenticateRequest(deps, caches, request, settings, now).catch((error: unknown) => {
      if (permission === 'public') return undefined; // a stale cookie must not block signing in again
      throw error;
    });
    const base = { requestId: request.id, ip: request.ip, now };
    if (permission === 'public') {
      if (authentication) request.context = { ...base, ...authentication };
      return;
    }
    if (!authentication) throw new DomainError('unauthenticated', 'Sign in first, or send an API token');
    const actor =
      permission === 'authenticated'
        ? authentication.actor
        : await enterOrganization(deps, caches, request, authentication.actor, permission, now);
    const context: RequestContext = { ...base, ...authentication, actor };
    request.context = context;
  });
}

/** The context of a route that requires sign-in (set by the authentication hook). */
export function requireContext(request: FastifyRequest): RequestContext {
  if (!request.context) throw new DomainError('unauthenticated', 'Sign in first, or send an API token');
  return request.context;
}

/** The context of a public route: the signed-in user when there is one, else only where and when. */
export function optionalContext(request: FastifyRequest, deps: AppDeps): AnonymousContext {
  return request.context ?? { requestId: request.id, ip: request.ip, now: deps.clock() };
}
