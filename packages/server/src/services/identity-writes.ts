import { summarizeChanges, type Membership, type Organization } from '@certa/core';
import {
  appendAuditEvent,
  insertMembership,
  insertOrganization,
  insertUser,
  type AuditContext,
  type Executor,
  type UserWithCredentials,
} from '@certa/db';

/** Inserts a user account and records `user.created` on the installation chain, in the caller's transaction. */
export async function addUser(tx: Executor, user: UserWithCredentials, audit: AuditContext): Promise<void> {
  await insertUser(tx, user);
  await appendAuditEvent(
    tx,
    {
      organizationId: null,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      changes: summarizeChanges(undefined, { email: user.email, name: user.name }),
    },
    audit,
  );
}

/** Inserts an organisation and records `organization.created` as the first event of its chain. */
export async function addOrganization(tx: Executor, organization: Organization, audit: AuditContext): Promise<void> {
  await insertOrganization(tx, organization);
  await appendAuditEvent(
    tx,
    {
      organizationId: organization.id,
      action: 'organization.created',
      entityType: 'organization',
      entityId: organization.id,
      changes: summarizeChanges(undefined, { name: organization.name }),
    },
    audit,
  );
}

/** Inserts a membership and records `member.added` with the member's email and role. */
export async function addMembership(
  tx: Executor,
  membership: Membership,
  email: string,
  audit: AuditContext,
): Promise<void> {
  await insertMembership(tx, membership);
  await appendAuditEvent(
    tx,
    {
      organizationId: membership.organizationId,
      action: 'member.added',
      entityType: 'membership',
      entityId: membership.id,
      changes: summarizeChanges(undefined, {
        email,
        role: membership.role,
        ...(membership.expiresAt ? { expiresAt: membership.expiresAt } : {}),
      }),
    },
    audit,
  );
}
