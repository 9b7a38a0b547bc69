import { DomainError, type User } from '@certa/core';
import {
  appendAuditEvent,
  clearLoginFailures,
  deleteOtherSessions,
  deleteSession,
  findUserByEmail,
  findUserById,
  insertLoginFailure,
  insertSession,
  listActiveMembershipsOfUser,
  recentLoginFailures,
  sha256Hex,
  updateUser,
  type Executor,
  type MembershipWithOrganization,
} from '@certa/db';
import { randomUUID } from 'node:crypto';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { hashPassword, newSecret, verifyPassword } from '../auth/secrets.ts';
import { auditContext, type AnonymousContext, type RequestContext } from '../http/request-context.ts';

/** A new browser session: the cookie secret and its CSRF token. */
export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

const throttleWindowMs = 15 * 60_000;
const throttleLimit = 5;

/** Creates a session for a user inside the caller's transaction. */
export async function openSession(
  tx: Executor,
  settings: AuthSettings,
  userId: string,
  context: AnonymousContext,
  userAgent: string | undefined,
): Promise<NewSession> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(context.now.getTime() + settings.sessionMaxHours * 3_600_000);
  await insertSession(tx, {
    id: sha256Hex(secret),
    userId,
    csrfToken,
    createdAt: context.now,
    lastSeenAt: context.now,
    expiresAt,
    ip: context.ip,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { secret, csrfToken, expiresAt };
}

/**
 * Signs in with email and password. Unknown accounts and wrong passwords get the same answer after the
 * same work; after 5 failures for an account or an address within 15 minutes, sign-in is refused with
 * the seconds to wait.
 */
export async function signIn(
  deps: AppDeps,
  settings: AuthSettings,
  context: AnonymousContext,
  input: { email: string; password: string },
  userAgent: string | undefined,
): Promise<{ session: NewSession; user: User }> {
  const db = deps.database.db;
  const since = new Date(context.now.getTime() - throttleWindowMs);
  const failures = await recentLoginFailures(db, input.email, context.ip, since);
  const blockedSince = [
    failures.byEmail >= throttleLimit ? failures.oldestByEmail : null,
    failures.byIp >= throttleLimit ? failures.oldestByIp : null,
  ].filter((value): value is Date => value !== null);
  if (blockedSince.length > 0) {
    const until = Math.max(...blockedSince.map((date) => date.getTime() + throttleWindowMs));
    const retryAfterSeconds = Math.max(1, Math.ceil((until - context.now.getTime()) / 1000));
    throw new DomainError('rate_limited', 'Too many failed sign-ins; try again later', { retryAfterSeconds });
  }
  const user = await findUserByEmail(db, input.email);
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) {
    await insertLoginFailure(db, { id: randomUUID(), email: input.email, ip: context.ip, occurredAt: context.now });
    throw new DomainError('unauthenticated', 'Email or password is wrong');
  }
  const session = await db.transaction(async (tx) => {
    await clearLoginFailures(tx, input.email, context.ip);
    const opened = await openSession(tx, settings, user.id, context, userAgent);
    await appendAuditEvent(
      tx,
      { organizationId: null, action: 'session.signed_in', entityType: 'user', entityId: user.id, changes: {} },
      auditContext(context, { userId: user.id, email: user.email }),
    );
    return opened;
  });
  return { session, user };
}

/** Ends the caller's session. */
export async function signOut(deps: AppDeps, context: RequestContext): Promise<void> {
  const sessionId = context.sessionId;
  if (!sessionId)
    throw new DomainError('validation_failed', 'Sign-out ends a browser session; revoke API tokens instead');
  await deps.database.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await appendAuditEvent(
      tx,
      {
        organizationId: null,
        action: 'session.signed_out',
        entityType: 'user',
        entityId: context.actor.userId,
        changes: {},
      },
      auditContext(context),
    );
  });
}

/** Changes the caller's password and ends their other sessions. */
export async function changePassword(
  deps: AppDeps,
  context: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const user = await findUserById(deps.database.db, context.actor.userId);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('validation_failed', 'The current password is wrong', {
      issues: [{ path: 'currentPassword', message: 'The current password is wrong' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return deps.database.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    const endedSessions = await deleteOtherSessions(tx, user.id, context.sessionId);
    await appendAuditEvent(
      tx,
      {
        organizationId: null,
        action: 'user.password_changed',
        entityType: 'user',
        entityId: user.id,
        changes: { passwordHash: { after: '(changed)' }, endedSessions: { after: endedSessions } },
      },
      auditContext(context),
    );
    return { endedSessions };
  });
}

/** The caller, their memberships in force and, for sessions, the CSRF token to send back. */
export async function describeCaller(
  deps: AppDeps,
  context: RequestContext,
): Promise<{ user: User; memberships: MembershipWithOrganization[] }> {
  const user = await findUserById(deps.database.db, context.actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'Sign in first');
  const memberships = await listActiveMembershipsOfUser(deps.database.db, user.id, context.now);
  return { user, memberships };
}
