import { randomUUID } from 'node:crypto';
import { assertCan, DomainError, summarizeChanges, type Organization } from '@certa/core';
import { appendAuditEvent, findOrganization, updateOrganization } from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { addMembership, addOrganization } from './identity-writes.ts';

/** Creates an organisation (a consultant adding a client); the creator becomes its owner. */
export async function createOrganization(
  deps: AppDeps,
  context: RequestContext,
  input: { name: string },
): Promise<Organization> {
  const organization: Organization = { id: randomUUID(), name: input.name, createdAt: context.now };
  await deps.database.db.transaction(async (tx) => {
    const audit = auditContext(context);
    await addOrganization(tx, organization, audit);
    await addMembership(
      tx,
      {
        id: randomUUID(),
        organizationId: organization.id,
        userId: context.actor.userId,
        role: 'owner',
        expiresAt: null,
        createdAt: context.now,
      },
      context.actor.email,
      audit,
    );
  });
  return organization;
}

/** The organisation the caller is working in. */
export async function getOrganization(deps: AppDeps, context: RequestContext): Promise<Organization> {
  assertCan(context.actor, 'organization.read');
  const organizationId = context.actor.membership?.organizationId ?? '';
  const organization = await findOrganization(deps.database.db, organizationId);
  if (!organization) throw new DomainError('not_found', 'No such organisation');
  return organization;
}

/** Renames the organisation. */
export async function renameOrganization(
  deps: AppDeps,
  context: RequestContext,
  input: { name: string },
): Promise<Organization> {
  assertCan(context.actor, 'organization.update');
  return deps.database.db.transaction(async (tx) => {
    const before = await findOrganization(tx, context.actor.membership?.organizationId ?? '');
    if (!before) throw new DomainError('not_found', 'No such organisation');
    const after = { ...before, name: input.name };
    await updateOrganization(tx, before.id, { name: input.name });
    const changes = summarizeChanges({ name: before.name }, { name: after.name });
    if (Object.keys(changes).length > 0) {
      await appendAuditEvent(
        tx,
        {
          organizationId: before.id,
          action: 'organization.updated',
          entityType: 'organization',
          entityId: before.id,
          changes,
        },
        auditContext(context),
      );
    }
    return after;
  });
}
