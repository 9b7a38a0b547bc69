import { assertCan, DomainError, membershipChangeProblem, summarizeChanges, type MembershipChange } from '@certa/core';
import {
  appendAuditEvent,
  countActiveOwners,
  deleteMembership,
  findMember,
  listMembers,
  updateMembership,
  type MemberWithUser,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';

function organizationOf(context: RequestContext): string {
  return context.actor.membership?.organizationId ?? '';
}

/** The members of the caller's organisation. */
export async function listOrganizationMembers(deps: AppDeps, context: RequestContext): Promise<MemberWithUser[]> {
  assertCan(context.actor, 'member.read');
  return listMembers(deps.database.db, organizationOf(context));
}

async function changeMember(
  deps: AppDeps,
  context: RequestContext,
  membershipId: string,
  change: MembershipChange,
): Promise<MemberWithUser | undefined> {
  assertCan(context.actor, 'member.manage');
  const organizationId = organizationOf(context);
  return deps.database.db.transaction(async (tx) => {
    const member = await findMember(tx, organizationId, membershipId);
    if (!member) throw new DomainError('not_found', 'No such member in this organisation');
    const problem = membershipChangeProblem(
      member,
      change,
      await countActiveOwners(tx, organizationId, context.now),
      context.now,
    );
    if (problem) throw new DomainError('conflict', problem);
    const before = { email: member.user.email, role: member.role, expiresAt: member.expiresAt };
    if ('remove' in change) {
      await deleteMembership(tx, member.id);
      await appendAuditEvent(
        tx,
        {
          organizationId,
          action: 'member.removed',
          entityType: 'membership',
          entityId: member.id,
          changes: summarizeChanges(before, undefined),
        },
        auditContext(context),
      );
      return undefined;
    }
    const after = { ...member, ...change };
    await updateMembership(tx, member.id, change);
    const changes = summarizeChanges(
      { role: member.role, expiresAt: member.expiresAt },
      { role: after.role, expiresAt: after.expiresAt },
    );
    if (Object.keys(changes).length > 0) {
      await appendAuditEvent(
        tx,
        {
          organizationId,
          action: 'member.updated',
          entityType: 'membership',
          entityId: member.id,
          changes: { ...changes, email: { before: member.user.email } },
        },
        auditContext(context),
      );
    }
    return after;
  });
}

/** Changes a member's role or end date; the organisation keeps at least one owner. */
export async function updateMember(
  deps: AppDeps,
  context: RequestContext,
  membershipId: string,
  input: { role?: MemberWithUser['role']; expiresAt?: Date | null },
): Promise<MemberWithUser> {
  const updated = await changeMember(deps, context, membershipId, input);
  if (!updated) throw new DomainError('internal', 'Member update returned nothing');
  return updated;
}

/** Removes a member: their sessions and tokens no longer reach this organisation from the next request. */
export async function removeMember(deps: AppDeps, context: RequestContext, membershipId: string): Promise<void> {
  await changeMember(deps, context, membershipId, { remove: true });
}
