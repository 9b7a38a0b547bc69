import { randomUUID } from 'node:crypto';
import { DomainError, type Organization, type User } from '@certa/core';
import { countUsers } from '@certa/db';
import { sql } from 'drizzle-orm';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { hashPassword } from '../auth/secrets.ts';
import { auditContext, type AnonymousContext } from '../http/request-context.ts';
import { addMembership, addOrganization, addUser } from './identity-writes.ts';
import { openSession, type NewSession } from './session.service.ts';

// Serialises concurrent first-run setups so that exactly one can create the first owner.
const setupLockKey = 727_274_002;

/** Whether the installation still needs its first owner. */
export async function needsSetup(deps: AppDeps): Promise<boolean> {
  return (await countUsers(deps.database.db)) === 0;
}

/**
 * First run: creates the first user as owner of the first organisation and signs them in. Refused once
 * any user exists.
 */
export async function completeSetup(
  deps: AppDeps,
  settings: AuthSettings,
  context: AnonymousContext,
  input: { email: string; name: string; password: string; organizationName: string },
  userAgent: string | undefined,
): Promise<{ user: User; organization: Organization; session: NewSession }> {
  const passwordHash = await hashPassword(input.password);
  return deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${setupLockKey})`);
    if ((await countUsers(tx)) > 0) {
      throw new DomainError('conflict', 'Certa is already set up; sign in, or ask an owner for an invitation');
    }
    const user: User = { id: randomUUID(), email: input.email, name: input.name, createdAt: context.now };
    const organization: Organization = { id: randomUUID(), name: input.organizationName, createdAt: context.now };
    const audit = auditContext(context, { userId: user.id, email: user.email });
    await addUser(tx, { ...user, passwordHash, oidcSubject: null }, audit);
    await addOrganization(tx, organization, audit);
    await addMembership(
      tx,
      {
        id: randomUUID(),
        organizationId: organization.id,
        userId: user.id,
        role: 'owner',
        expiresAt: null,
        createdAt: context.now,
      },
      user.email,
      audit,
    );
    const session = await openSession(tx, settings, user.id, context, userAgent);
    return { user, organization, session };
  });
}
