import { randomUUID } from 'node:crypto';
import { DomainError, type Organization, type Role, type User } from '@certa/core';
import { findOrganizationsByName, findUserByEmail, type AuditContext, type Database } from '@certa/db';
import { addMembership, addOrganization, addUser } from './identity-writes.ts';

/**
 * Creates an account with a password and a role in the organisation of that name (created when none has
 * it), in one transaction with its audit events: what `certa user create` does on a server's database.
 */
export async function createUserAccount(
  database: Database,
  input: { email: string; name: string; passwordHash: string; organizationName: string; role: Role },
  audit: AuditContext,
): Promise<{ user: User; organization: Organization; createdOrganization: boolean }> {
  return database.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new DomainError('conflict', `A user with the email ${input.email} already exists`);
    }
    const namesakes = await findOrganizationsByName(tx, input.organizationName);
    if (namesakes.length > 1) {
      throw new DomainError('conflict', `${namesakes.length} organisations are named "${input.organizationName}"`);
    }
    const now = audit.occurredAt;
    const existing = namesakes[0];
    const organization: Organization = existing ?? { id: randomUUID(), name: input.organizationName, createdAt: now };
    const user: User = { id: randomUUID(), email: input.email, name: input.name, createdAt: now };
    await addUser(tx, { ...user, passwordHash: input.passwordHash, oidcSubject: null }, audit);
    if (!existing) await addOrganization(tx, organization, audit);
    await addMembership(
      tx,
      {
        id: randomUUID(),
        organizationId: organization.id,
        userId: user.id,
        role: input.role,
        expiresAt: null,
        createdAt: now,
      },
      user.email,
      audit,
    );
    return { user, organization, createdOrganization: !existing };
  });
}
