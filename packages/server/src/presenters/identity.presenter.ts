import { invitationStatus, type Organization, type User } from '@certa/core';
import type { ApiTokenRecord, InvitationRecord, MemberWithUser, MembershipWithOrganization } from '@certa/db';

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** JSON of an organisation. */
export function presentOrganization(organization: Organization) {
  return {
    id: organization.id,
    name: organization.name,
    createdAt: iso(organization.createdAt),
    demo: organization.demo ?? false,
  };
}

/** JSON of a user. */
export function presentUser(user: User) {
  return { id: user.id, email: user.email, name: user.name, createdAt: iso(user.createdAt) };
}

/** JSON of one of the caller's memberships. */
export function presentMyMembership(membership: MembershipWithOrganization) {
  return {
    id: membership.id,
    role: membership.role,
    expiresAt: isoOrNull(membership.expiresAt),
    organization: presentOrganization(membership.organization),
  };
}

/** JSON of a member of an organisation. */
export function presentMember(member: MemberWithUser) {
  return {
    id: member.id,
    role: member.role,
    expiresAt: isoOrNull(member.expiresAt),
    createdAt: iso(member.createdAt),
    user: member.user,
  };
}

/** JSON of an invitation; the link only right after creation. */
export function presentInvitation(invitation: InvitationRecord, now: Date, link?: string) {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    membershipExpiresAt: isoOrNull(invitation.membershipExpiresAt),
    expiresAt: iso(invitation.expiresAt),
    createdAt: iso(invitation.createdAt),
    status: invitationStatus(invitation, now),
    emailed: invitation.emailedAt !== null,
    ...(link ? { link } : {}),
  };
}

/** JSON of a personal API token; the secret only right after creation. */
export function presentApiToken(token: ApiTokenRecord, secret?: string) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: iso(token.createdAt),
    expiresAt: iso(token.expiresAt),
    lastUsedAt: isoOrNull(token.lastUsedAt),
    revokedAt: isoOrNull(token.revokedAt),
    ...(secret ? { token: secret } : {}),
  };
}

/** The `{ data: Me }` answer: the user, their memberships in force and the CSRF token to send back. */
export function presentMe(
  user: User,
  memberships: MembershipWithOrganization[],
  csrfToken: string | null,
  via: 'session' | 'token',
) {
  return { data: { user: presentUser(user), memberships: memberships.map(presentMyMembership), csrfToken, via } };
}
