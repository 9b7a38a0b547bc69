import type { Member } from '@certa/client';
import { isMembershipActive, membershipChangeProblem, type MembershipChange } from '@certa/core';

const asMembership = (member: Pick<Member, 'role' | 'expiresAt'>) => ({
  role: member.role,
  expiresAt: member.expiresAt ? new Date(member.expiresAt) : null,
});

/**
 * Why core's rule "an organisation keeps at least one owner without an end date" would refuse this
 * change, or null. The page uses it to disable what the server would refuse anyway.
 */
export function ownerRuleProblem(
  members: readonly Member[],
  target: Member,
  change: MembershipChange,
  now = new Date(),
): string | null {
  const activeOwners = members.filter(
    (member) => member.role === 'owner' && isMembershipActive(asMembership(member), now),
  ).length;
  return membershipChangeProblem(asMembership(target), change, activeOwners, now);
}
