import { randomUUID } from 'node:crypto';
import {
  assertCan,
  DomainError,
  invitationStatus,
  isMembershipActive,
  summarizeChanges,
  type Role,
  type User,
} from '@certa/core';
import {
  appendAuditEvent,
  closeInvitation,
  findActiveMembership,
  findInvitation,
  findInvitationByHash,
  findMembershipOfUser,
  findOrganization,
  findOpenInvitation,
  findUserByEmail,
  findUserById,
  insertInvitation,
  insertMembership,
  listInvitations,
  markInvitationEmailed,
  sha256Hex,
  updateMembership,
  type Executor,
  type InvitationRecord,
} from '@certa/db';
import { sql } from 'drizzle-orm';
import type { AppDeps, AuthSettings } from '../app-deps.ts';
import { hashPassword, newSecret } from '../auth/secrets.ts';
import { invitationEmail } from '../mail/invitation-email.ts';
import { auditContext, type AnonymousContext, type RequestContext } from '../http/request-context.ts';
import { addUser } from './identity-writes.ts';
import { openSession, type NewSession } from './session.service.ts';

const dayMs = 86_400_000;

/** The one answer for every link that cannot be used, so a link reveals nothing about why. */
const invalidLinkMessage = 'This invitation link is not valid: it was used, revoked or has expired';

function organizationOf(context: RequestContext): string {
  return context.actor.membership?.organizationId ?? '';
}

function invalidLink(): DomainError {
  return new DomainError('not_found', invalidLinkMessage);
}

async function lockInvitee(tx: Executor, organizationId: string, email: string): Promise<void> {
  // Two owners inviting the same person at once must not both pass the "already invited" check.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`invitation:${organizationId}:${email}`}, 0))`);
}

/**
 * Invites someone to the caller's organisation. Only the hash of the link secret is stored; the link
 * is returned once. When a mailer is configured the link is also emailed, after the commit: a mail
 * failure is logged and leaves `emailedAt` empty, it never undoes the invitation.
 */
export async function createInvitation(
  deps: AppDeps,
  settings: AuthSettings,
  context: RequestContext,
  input: { email: string; role: Role; membershipExpiresAt: Date | null },
  requestOrigin: string,
): Promise<{ invitation: InvitationRecord; link: string }> {
  assertCan(context.actor, 'invitation.manage');
  const organizationId = organizationOf(context);
  const now = context.now;
  if (input.membershipExpiresAt && input.membershipExpiresAt.getTime() <= now.getTime()) {
    const message = 'The end of the membership must be in the future';
    throw new DomainError('validation_failed', message, { issues: [{ path: 'membershipExpiresAt', message }] });
  }
  const secret = newSecret();
  const invitation: InvitationRecord = {
    id: randomUUID(),
    organizationId,
    email: input.email,
    role: input.role,
    membershipExpiresAt: input.membershipExpiresAt,
    tokenHash: sha256Hex(secret),
    invitedByUserId: context.actor.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + settings.invitationValidDays * dayMs),
    acceptedAt: null,
    revokedAt: null,
    emailedAt: null,
  };
  const link = `${(settings.publicUrl ?? requestOrigin).replace(/\/+$/, '')}/invitations/${secret}`;
  const { organizationName, inviterName } = await deps.database.db.transaction(async (tx) => {
    await lockInvitee(tx, organizationId, input.email);
    const organization = await findOrganization(tx, organizationId);
    if (!organization) throw new DomainError('not_found', 'No such organisation');
    const invitee = await findUserByEmail(tx, input.email);
    if (invitee && (await findActiveMembership(tx, organizationId, invitee.id, now))) {
      throw new DomainError('conflict', `${input.email} is already a member of this organisation`);
    }
    if (await findOpenInvitation(tx, organizationId, input.email, now)) {
      throw new DomainError(
        'conflict',
        `${input.email} already has a pending invitation; revoke it first to send a new one`,
      );
    }
    await insertInvitation(tx, invitation);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: invitation.id,
        changes: {
          ...summarizeChanges(undefined, {
            email: invitation.email,
            role: invitation.role,
            expiresAt: invitation.expiresAt,
          }),
          membershipExpiresAt: { after: invitation.membershipExpiresAt?.toISOString() ?? null },
        },
      },
      auditContext(context),
    );
    const inviter = await findUserById(tx, context.actor.userId);
    return { organizationName: organization.name, inviterName: inviter?.name ?? context.actor.email };
  });
  if (deps.mailer) {
    const message = invitationEmail({
      to: invitation.email,
      inviter: { name: inviterName, email: context.actor.email },
      organizationName,
      role: invitation.role,
      link,
      expiresAt: invitation.expiresAt,
      membershipExpiresAt: invitation.membershipExpiresAt,
    });
    try {
      await deps.mailer.send(message);
      const emailedAt = deps.clock();
      await markInvitationEmailed(deps.database.db, invitation.id, emailedAt);
      invitation.emailedAt = emailedAt;
    } catch (error) {
      deps.logger?.warn(
        { err: error, requestId: context.requestId, invitationId: invitation.id },
        'invitation email could not be sent; the owner can pass the link on',
      );
    }
  }
  return { invitation, link };
}

/** The invitations of the caller's organisation, newest first. */
export async function listOrganizationInvitations(deps: AppDeps, context: RequestContext): Promise<InvitationRecord[]> {
  assertCan(context.actor, 'invitation.manage');
  return listInvitations(deps.database.db, organizationOf(context));
}

const notPendingMessages = {
  accepted: 'This invitation was already accepted; remove the member instead',
  revoked: 'This invitation was already revoked',
  expired: 'This invitation has already expired',
} as const;

/** Revokes a pending invitation: its link stops working at once. */
export async function revokeInvitation(deps: AppDeps, context: RequestContext, invitationId: string): Promise<void> {
  assertCan(context.actor, 'invitation.manage');
  const organizationId = organizationOf(context);
  await deps.database.db.transaction(async (tx) => {
    const invitation = await findInvitation(tx, organizationId, invitationId);
    if (!invitation) throw new DomainError('not_found', 'No such invitation in this organisation');
    const status = invitationStatus(invitation, context.now);
    if (status !== 'pending') throw new DomainError('conflict', notPendingMessages[status]);
    if (!(await closeInvitation(tx, invitation.id, { revokedAt: context.now }))) {
      throw new DomainError('conflict', 'This invitation was accepted or revoked meanwhile');
    }
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: invitation.id,
        changes: {
          ...summarizeChanges({ status: 'pending' }, { status: 'revoked' }),
          email: { before: invitation.email },
          role: { before: invitation.role },
        },
      },
      auditContext(context),
    );
  });
}

async function findUsableInvitation(db: Executor, token: string, now: Date): Promise<InvitationRecord> {
  const invitation = await findInvitationByHash(db, sha256Hex(token));
  if (!invitation || invitationStatus(invitation, now) !== 'pending') throw invalidLink();
  return invitation;
}

/** What the holder of an invitation link sees before accepting it. */
export async function previewInvitation(
  deps: AppDeps,
  context: AnonymousContext,
  token: string,
): Promise<{ organizationName: string; email: string; role: Role; hasAccount: boolean }> {
  const db = deps.database.db;
  const invitation = await findUsableInvitation(db, token, context.now);
  const organization = await findOrganization(db, invitation.organizationId);
  if (!organization) throw invalidLink();
  return {
    organizationName: organization.name,
    email: invitation.email,
    role: invitation.role,
    hasAccount: (await findUserByEmail(db, invitation.email)) !== undefined,
  };
}

/**
 * Accepts an invitation. Without an account for its email, one is created from `name` and `password`
 * and signed in (`session`); with one, the caller must be signed in as that account. The account, the
 * membership, the closing of the invitation and their audit events are one transaction.
 */
export async function acceptInvitation(
  deps: AppDeps,
  settings: AuthSettings,
  context: AnonymousContext,
  token: string,
  input: { name?: string | undefined; password?: string | undefined },
  userAgent: string | undefined,
): Promise<{ user: User; session: NewSession | null }> {
  const db = deps.database.db;
  const now = context.now;
  const invitation = await findUsableInvitation(db, token, now);
  const existing = await findUserByEmail(db, invitation.email);
  if (existing && context.actor?.userId !== existing.id) {
    throw new DomainError('unauthenticated', `Sign in as ${invitation.email} to accept this invitation`);
  }
  let newAccount: { name: string; passwordHash: string } | undefined;
  if (!existing) {
    const issues = [
      ...(input.name === undefined ? [{ path: 'name', message: 'Enter your name' }] : []),
      ...(input.password === undefined ? [{ path: 'password', message: 'Choose a password' }] : []),
    ];
    if (input.name === undefined || input.password === undefined) {
      throw new DomainError(
        'validation_failed',
        'Enter your name and choose a password to create your account and accept the invitation',
        { issues },
      );
    }
    newAccount = { name: input.name, passwordHash: await hashPassword(input.password) };
  }
  return db.transaction(async (tx) => {
    // Atomic: of two requests racing with the same link, only one closes it.
    if (!(await closeInvitation(tx, invitation.id, { acceptedAt: now }))) throw invalidLink();
    let user: User;
    if (existing) {
      user = { id: existing.id, email: existing.email, name: existing.name, createdAt: existing.createdAt };
    } else {
      if (!newAccount) throw new DomainError('internal', 'New account details missing');
      if (await findUserByEmail(tx, invitation.email)) {
        throw new DomainError(
          'conflict',
          `An account for ${invitation.email} was just created; sign in and open the link again`,
        );
      }
      user = { id: randomUUID(), email: invitation.email, name: newAccount.name, createdAt: now };
      await addUser(
        tx,
        { ...user, passwordHash: newAccount.passwordHash, oidcSubject: null },
        auditContext(context, { userId: user.id, email: user.email }),
      );
    }
    const audit = auditContext(context, { userId: user.id, email: user.email });
    const organizationId = invitation.organizationId;
    const previous = await findMembershipOfUser(tx, organizationId, user.id);
    if (previous && isMembershipActive(previous, now)) {
      throw new DomainError('conflict', 'You are already a member of this organisation');
    }
    // A membership that has ended (an external auditor back for the next audit) is renewed in place.
    const membershipId = previous?.id ?? randomUUID();
    if (previous) {
      await updateMembership(tx, previous.id, { role: invitation.role, expiresAt: invitation.membershipExpiresAt });
    } else {
      await insertMembership(tx, {
        id: membershipId,
        organizationId,
        userId: user.id,
        role: invitation.role,
        expiresAt: invitation.membershipExpiresAt,
        createdAt: now,
      });
    }
    const granted = { email: user.email, role: invitation.role };
    const membershipEnd = { after: invitation.membershipExpiresAt?.toISOString() ?? null };
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: invitation.id,
        changes: { ...summarizeChanges(undefined, granted), membershipExpiresAt: membershipEnd },
      },
      audit,
    );
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'member.added',
        entityType: 'membership',
        entityId: membershipId,
        changes: { ...summarizeChanges(undefined, granted), expiresAt: membershipEnd },
      },
      audit,
    );
    const session = existing ? null : await openSession(tx, settings, user.id, context, userAgent);
    return { user, session };
  });
}
