/** The roles a member can hold in an organisation, from most to least powerful. */
export const roles = ['owner', 'isms_manager', 'auditor', 'contributor', 'viewer'] as const;

/** A member's role in one organisation. */
export type Role = (typeof roles)[number];

/** What each role is for, in one line (shown in the web app and in docs/permissions.md). */
export const roleDescriptions: Record<Role, string> = {
  owner: 'Everything, including members, invitations and organisation settings',
  isms_manager: 'Creates and maintains all ISMS content: assessments, risks, the SoA, documents and actions',
  auditor: 'Plans and performs audits, raises findings and verifies corrective actions; reads everything else',
  contributor: 'Control owners and auditees: edit what is assigned to them, answer audit requests, upload evidence',
  viewer: 'Reads everything in the organisation, changes nothing (for example top management)',
};

/** Shortest password accepted for a local account. */
export const minimumPasswordLength = 12;

/** An organisation served by this installation; every domain record belongs to exactly one. */
export interface Organization {
  id: string;
  name: string;
  createdAt: Date;
  /** The demo organisation: fictional data, removable as a whole (absent means false). */
  demo?: boolean;
}

/** A person who can sign in. */
export interface User {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
}

/** A user's role in one organisation, possibly limited in time (external auditors). */
export interface Membership {
  id: string;
  organizationId: string;
  userId: string;
  role: Role;
  expiresAt: Date | null;
  createdAt: Date;
}

/** Whether a membership is in force at `now`. */
export function isMembershipActive(membership: Pick<Membership, 'expiresAt'>, now: Date): boolean {
  return membership.expiresAt === null || membership.expiresAt.getTime() > now.getTime();
}

/** Who is acting: the signed-in user and, inside an organisation, their membership there. */
export interface Actor {
  userId: string;
  email: string;
  /** How the request authenticated. */
  via: 'session' | 'token';
  membership?: Pick<Membership, 'id' | 'organizationId' | 'role'>;
}

/** Normalises an email address for storage and comparison. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A change to a membership: a new role, a new expiry, or removal. */
export type MembershipChange = { role?: Role; expiresAt?: Date | null } | { remove: true };

/**
 * Why a membership change must be refused, or null when it may go ahead: an organisation always keeps
 * at least one owner in force, so nobody can lock everyone out of members and settings.
 */
export function membershipChangeProblem(
  target: Pick<Membership, 'role' | 'expiresAt'>,
  change: MembershipChange,
  activeOwners: number,
  now: Date,
): string | null {
  const isActiveOwner = target.role === 'owner' && isMembershipActive(target, now);
  if (!isActiveOwner || activeOwners > 1) return null;
  if ('remove' in change) return 'An organisation needs at least one owner: make someone else owner first';
  const staysOwner = (change.role ?? target.role) === 'owner';
  const expiresAt = change.expiresAt === undefined ? target.expiresAt : change.expiresAt;
  if (!staysOwner || expiresAt !== null) {
    return 'An organisation needs at least one owner without an end date: make someone else owner first';
  }
  return null;
}

/** What an identity provider says about the person signing in. */
export interface SsoClaims {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
}

/** How a single sign-on is matched to a Certa account. */
export type SsoMatch =
  | { kind: 'sign_in'; userId: string }
  | { kind: 'link_and_sign_in'; userId: string }
  | { kind: 'refuse'; reason: string };

/**
 * Matches a single sign-on to an account: by the provider's subject first; else by email, only when the
 * provider verified it and the account is not already linked to another subject. Single sign-on never
 * creates accounts: people join organisations through invitations.
 */
export function matchSsoAccount(
  claims: SsoClaims,
  bySubject: { id: string } | undefined,
  byEmail: { id: string; oidcSubject: string | null } | undefined,
): SsoMatch {
  if (bySubject) return { kind: 'sign_in', userId: bySubject.id };
  if (!claims.email || !claims.emailVerified) {
    return {
      kind: 'refuse',
      reason: 'Your identity provider did not confirm your email address, so Certa cannot match your account',
    };
  }
  if (!byEmail) {
    return {
      kind: 'refuse',
      reason: 'There is no Certa account for this email address; ask an owner of your organisation for an invitation',
    };
  }
  if (byEmail.oidcSubject !== null) {
    return { kind: 'refuse', reason: 'This Certa account is linked to another single sign-on identity' };
  }
  return { kind: 'link_and_sign_in', userId: byEmail.id };
}

/** Where an invitation stands: the states an owner sees in the invitations list. */
export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;

/** One of the invitation states. */
export type InvitationStatus = (typeof invitationStatuses)[number];

/** Works out an invitation's state at `now`; only a pending invitation can be accepted or revoked. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
