import { DomainError, matchSsoAccount, type SsoClaims, type User } from '@certa/core';
import { appendAuditEvent, findUserByEmail, findUserByOidcSubject, updateUser } from '@certa/db';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { auditContext, type AnonymousContext } from '../http/request-context.ts';
import { openSession, type NewSession } from './session.service.ts';

/** Signs in the account matching a single sign-on (linking it on first use), or refuses with a reason. */
export async function signInWithSso(
  deps: AppDeps,
  settings: AuthSettings,
  context: AnonymousContext,
  claims: SsoClaims,
  userAgent: string | undefined,
): Promise<{ user: User; session: NewSession }> {
  const db = deps.database.db;
  const bySubject = await findUserByOidcSubject(db, claims.subject);
  const byEmail = claims.email ? await findUserByEmail(db, claims.email) : undefined;
  const match = matchSsoAccount(claims, bySubject, byEmail);
  if (match.kind === 'refuse') throw new DomainError('forbidden', match.reason);
  const user = bySubject ?? byEmail;
  if (!user) throw new DomainError('internal', 'Matched account vanished');
  return db.transaction(async (tx) => {
    const audit = auditContext(context, { userId: user.id, email: user.email });
    if (match.kind === 'link_and_sign_in') {
      await updateUser(tx, user.id, { oidcSubject: claims.subject });
      await appendAuditEvent(
        tx,
        {
          organizationId: null,
          action: 'user.sso_linked',
          entityType: 'user',
          entityId: user.id,
          changes: { oidcSubject: { after: claims.subject } },
        },
        audit,
      );
    }
    const session = await openSession(tx, settings, user.id, context, userAgent);
    await appendAuditEvent(
      tx,
      {
        organizationId: null,
        action: 'session.signed_in',
        entityType: 'user',
        entityId: user.id,
        changes: { method: { after: 'sso' } },
      },
      audit,
    );
    return { user, session };
  });
}
