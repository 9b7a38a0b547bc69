import { randomUUID } from 'node:crypto';
import { errorEnvelopeSchema, invitationPreviewSchema, invitationSchema, meSchema } from '@certa/core';
import {
  findInvitation,
  findMembershipOfUser,
  findUserByEmail,
  insertMembership,
  listAuditEvents,
  listInvitations,
  sha256Hex,
  verifyStoredAuditChain,
} from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage, Mailer } from '../app-deps.ts';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const invalidLinkMessage = 'This invitation link is not valid: it was used, revoked or has expired';
const dayMs = 86_400_000;

let now = new Date('2026-04-01T09:00:00Z');
const sent: MailMessage[] = [];
let mailIsDown = false;
// The outside world (an SMTP server) is faked; everything else is real.
const mailer: Mailer = {
  async send(message) {
    if (mailIsDown) throw new Error('connect ECONNREFUSED');
    sent.push(message);
  },
};

let testApp: TestApp;
let owner: SignedInUser;
let ownerOfB: SignedInUser;
let manager: SignedInUser;
let viewer: SignedInUser;

beforeAll(async () => {
  testApp = await createTestApp({ clock: () => now, mailer, auth: { publicUrl: 'https://certa.example.com/' } });
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  ownerOfB = await buildSignedInUser(testApp, { role: 'owner' });
  manager = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
  viewer = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
});

afterAll(async () => {
  await testApp.close();
});

const invitationsUrl = (organizationId: string) => `/api/v1/organizations/${organizationId}/invitations`;
const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);

type Invitation = ReturnType<typeof invitationSchema.parse>;

async function invite(
  as: SignedInUser,
  body: { email: string; role: string; membershipExpiresAt?: string | null },
): Promise<Invitation & { link: string }> {
  const response = await as.request('POST', invitationsUrl(as.organizationId), body);
  if (response.statusCode !== 201) throw new Error(`invite failed: ${response.body}`);
  const invitation = invitationSchema.parse(response.json<{ data: unknown }>().data);
  if (!invitation.link) throw new Error('no link');
  return { ...invitation, link: invitation.link };
}

function anonymous(method: 'GET' | 'POST', url: string, payload?: unknown) {
  return testApp.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

function errorOf(response: { json: () => unknown }) {
  return errorEnvelopeSchema.parse(response.json()).error;
}

describe('POST /organizations/:orgId/invitations', () => {
  it('answers 401 without a session', async () => {
    const response = await anonymous('POST', invitationsUrl(owner.organizationId), {
      email: 'a@example.com',
      role: 'viewer',
    });
    expect(response.statusCode).toBe(401);
  });

  it('answers 403 to an ISMS manager and a viewer', async () => {
    for (const user of [manager, viewer]) {
      const response = await user.request('POST', invitationsUrl(owner.organizationId), {
        email: 'a@example.com',
        role: 'viewer',
      });
      expect(response.statusCode).toBe(403);
    }
    expect(await listInvitations(testApp.database.db, owner.organizationId)).toEqual([]);
  });

  it('answers 404 to the owner of another organisation', async () => {
    const response = await ownerOfB.request('POST', invitationsUrl(owner.organizationId), {
      email: 'a@example.com',
      role: 'viewer',
    });
    expect(response.statusCode).toBe(404);
  });

  it('rejects a bad email, an unknown field and a membership end in the past, storing nothing', async () => {
    const bad = await owner.request('POST', invitationsUrl(owner.organizationId), { email: 'nope', role: 'viewer' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('email');
    const extra = await owner.request('POST', invitationsUrl(owner.organizationId), {
      email: 'a@example.com',
      role: 'viewer',
      isAdmin: true,
    });
    expect(extra.statusCode).toBe(400);
    const role = await owner.request('POST', invitationsUrl(owner.organizationId), {
      email: 'a@example.com',
      role: 'admin',
    });
    expect(role.statusCode).toBe(400);
    const past = await owner.request('POST', invitationsUrl(owner.organizationId), {
      email: 'a@example.com',
      role: 'auditor',
      membershipExpiresAt: '2026-03-01T00:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).message).toBe('The end of the membership must be in the future');
    expect(await listInvitations(testApp.database.db, owner.organizationId)).toEqual([]);
  });

  it('creates an invitation, stores only the hash of the link, emails the link and records the audit event', async () => {
    const response = await owner.request('POST', invitationsUrl(owner.organizationId), {
      email: ' Auditor@Example.com ',
      role: 'auditor',
      membershipExpiresAt: '2026-06-30T00:00:00.000Z',
    });
    expect(response.statusCode).toBe(201);
    const invitation = invitationSchema.parse(response.json<{ data: unknown }>().data);
    expect(invitation).toMatchObject({
      email: 'auditor@example.com',
      role: 'auditor',
      membershipExpiresAt: '2026-06-30T00:00:00.000Z',
      expiresAt: new Date(now.getTime() + 7 * dayMs).toISOString(),
      status: 'pending',
      emailed: true,
    });
    expect(invitation.link).toMatch(/^https:\/\/certa\.example\.com\/invitations\/[\w-]{43}$/);
    const secret = tokenOf(invitation.link ?? '');

    const stored = await findInvitation(testApp.database.db, owner.organizationId, invitation.id);
    expect(stored).toMatchObject({
      email: 'auditor@example.com',
      role: 'auditor',
      tokenHash: sha256Hex(secret),
      invitedByUserId: owner.userId,
      acceptedAt: null,
      revokedAt: null,
      emailedAt: now,
    });
    expect(JSON.stringify(stored)).not.toContain(secret);

    const [event] = await listAuditEvents(
      testApp.database.db,
      owner.organizationId,
      { action: 'invitation.created', entityId: invitation.id },
      5,
    );
    expect(event).toMatchObject({
      actorUserId: owner.userId,
      actorLabel: owner.email,
      entityType: 'invitation',
      changes: {
        email: { after: 'auditor@example.com' },
        role: { after: 'auditor' },
        membershipExpiresAt: { after: '2026-06-30T00:00:00.000Z' },
        expiresAt: { after: invitation.expiresAt },
      },
    });
    expect(JSON.stringify(event)).not.toContain(secret);

    const mail = sent.at(-1);
    expect(mail?.to).toBe('auditor@example.com');
    expect(mail?.subject).toContain('Invitation to join');
    expect(mail?.text).toContain(invitation.link);
    expect(mail?.text).toContain(owner.email);
    expect(mail?.text).toContain('as auditor');
    expect(mail?.text).toContain('2026-04-08 09:00 UTC');
    expect(mail?.text).toContain('2026-06-30 00:00 UTC');
  });

  it('refuses to invite someone who is already a member', async () => {
    const response = await owner.request('POST', invitationsUrl(owner.organizationId), {
      email: viewer.email.toUpperCase(),
      role: 'auditor',
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).message).toBe(`${viewer.email} is already a member of this organisation`);
  });

  it('refuses a second invitation while one is pending for the same email', async () => {
    const response = await owner.request('POST', invitationsUrl(owner.organizationId), {
      email: 'auditor@example.com',
      role: 'viewer',
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).message).toContain('already has a pending invitation');
  });

  it('still creates the invitation and returns the link when the mail server fails', async () => {
    mailIsDown = true;
    try {
      const invitation = await invite(owner, { email: 'unlucky@example.com', role: 'contributor' });
      expect(invitation.emailed).toBe(false);
      expect(invitation.link).toMatch(/^https:\/\/certa\.example\.com\/invitations\//);
      const stored = await findInvitation(testApp.database.db, owner.organizationId, invitation.id);
      expect(stored?.emailedAt).toBeNull();
    } finally {
      mailIsDown = false;
    }
  });
});

describe('GET /organizations/:orgId/invitations', () => {
  it('answers 401, 403 to a viewer and 404 to another organisation', async () => {
    expect((await anonymous('GET', invitationsUrl(owner.organizationId))).statusCode).toBe(401);
    expect((await viewer.request('GET', invitationsUrl(owner.organizationId))).statusCode).toBe(403);
    expect((await ownerOfB.request('GET', invitationsUrl(owner.organizationId))).statusCode).toBe(404);
  });

  it('lists the invitations newest first, without links', async () => {
    now = new Date(now.getTime() + 60_000);
    const newest = await invite(owner, { email: 'newest@example.com', role: 'viewer' });
    const response = await owner.request('GET', invitationsUrl(owner.organizationId));
    expect(response.statusCode).toBe(200);
    const list = response.json<{ data: unknown[] }>().data.map((entry) => invitationSchema.parse(entry));
    expect(list[0]?.id).toBe(newest.id);
    expect(list.map((entry) => entry.email)).toEqual(
      expect.arrayContaining(['newest@example.com', 'auditor@example.com', 'unlucky@example.com']),
    );
    expect(list.every((entry) => entry.link === undefined)).toBe(true);
    expect(list.find((entry) => entry.email === 'unlucky@example.com')?.emailed).toBe(false);
  });
});

describe('DELETE /organizations/:orgId/invitations/:invitationId', () => {
  it('answers 401, 403, 404 for another organisation and 400 for a malformed id', async () => {
    const invitation = await invite(owner, { email: 'to-revoke-1@example.com', role: 'viewer' });
    const url = `${invitationsUrl(owner.organizationId)}/${invitation.id}`;
    expect((await testApp.app.inject({ method: 'DELETE', url })).statusCode).toBe(401);
    expect((await manager.request('DELETE', url)).statusCode).toBe(403);
    expect((await ownerOfB.request('DELETE', url)).statusCode).toBe(404);
    // Through their own organisation's URL, another organisation's invitation does not exist either.
    const viaOwnOrganisation = await ownerOfB.request(
      'DELETE',
      `${invitationsUrl(ownerOfB.organizationId)}/${invitation.id}`,
    );
    expect(viaOwnOrganisation.statusCode).toBe(404);
    expect((await owner.request('DELETE', `${invitationsUrl(owner.organizationId)}/not-an-id`)).statusCode).toBe(400);
    const stored = await findInvitation(testApp.database.db, owner.organizationId, invitation.id);
    expect(stored?.revokedAt).toBeNull();
  });

  it('revokes a pending invitation: the link stops working and the audit trail records it', async () => {
    const invitation = await invite(owner, { email: 'to-revoke-2@example.com', role: 'viewer' });
    const response = await owner.request('DELETE', `${invitationsUrl(owner.organizationId)}/${invitation.id}`);
    expect(response.statusCode).toBe(204);
    const stored = await findInvitation(testApp.database.db, owner.organizationId, invitation.id);
    expect(stored?.revokedAt).toEqual(now);
    const [event] = await listAuditEvents(
      testApp.database.db,
      owner.organizationId,
      { action: 'invitation.revoked', entityId: invitation.id },
      5,
    );
    expect(event?.changes).toEqual({
      status: { before: 'pending', after: 'revoked' },
      email: { before: 'to-revoke-2@example.com' },
      role: { before: 'viewer' },
    });
    const token = tokenOf(invitation.link);
    const preview = await anonymous('GET', `/api/v1/invitations/${token}`);
    expect(preview.statusCode).toBe(404);
    expect(errorOf(preview).message).toBe(invalidLinkMessage);
    const accept = await anonymous('POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Late Larry',
      password: 'a long enough password',
    });
    expect(accept.statusCode).toBe(404);
    expect(errorOf(accept).message).toBe(invalidLinkMessage);
    expect(await findUserByEmail(testApp.database.db, 'to-revoke-2@example.com')).toBeUndefined();

    const again = await owner.request('DELETE', `${invitationsUrl(owner.organizationId)}/${invitation.id}`);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe('This invitation was already revoked');
  });
});

describe('GET /invitations/:token and POST /invitations/:token/accept for a new account', () => {
  let invitation: Invitation & { link: string };
  let token: string;

  beforeAll(async () => {
    invitation = await invite(owner, {
      email: 'External.Auditor@Example.com',
      role: 'auditor',
      membershipExpiresAt: '2026-09-30T00:00:00.000Z',
    });
    token = tokenOf(invitation.link);
  });

  it('answers 404 with the neutral message to an unknown or malformed link', async () => {
    for (const unknown of ['x'.repeat(43), 'short', '%E2%80%8B']) {
      const response = await anonymous('GET', `/api/v1/invitations/${unknown}`);
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).message).toBe(invalidLinkMessage);
    }
  });

  it('shows what the link offers without signing in', async () => {
    const response = await anonymous('GET', `/api/v1/invitations/${token}`);
    expect(response.statusCode).toBe(200);
    const preview = invitationPreviewSchema.parse(response.json<{ data: unknown }>().data);
    expect(preview).toEqual({
      organizationName: expect.any(String) as string,
      email: 'external.auditor@example.com',
      role: 'auditor',
      hasAccount: false,
    });
  });

  it('requires a name and a password, and rejects a short password and unknown fields, changing nothing', async () => {
    const url = `/api/v1/invitations/${token}/accept`;
    const missing = await anonymous('POST', url, {});
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).message).toBe(
      'Enter your name and choose a password to create your account and accept the invitation',
    );
    const noPassword = await anonymous('POST', url, { name: 'Erin External' });
    expect(noPassword.statusCode).toBe(400);
    const short = await anonymous('POST', url, { name: 'Erin External', password: 'short' });
    expect(short.statusCode).toBe(400);
    const extra = await anonymous('POST', url, {
      name: 'Erin External',
      password: 'a long enough password',
      role: 'owner',
    });
    expect(extra.statusCode).toBe(400);
    expect(await findUserByEmail(testApp.database.db, 'external.auditor@example.com')).toBeUndefined();
    expect((await anonymous('GET', `/api/v1/invitations/${token}`)).statusCode).toBe(200);
  });

  it('creates the account and the time-limited membership, signs the invitee in, and records it all', async () => {
    const response = await anonymous('POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Erin External',
      password: 'a long enough password',
    });
    expect(response.statusCode).toBe(200);
    const me = meSchema.parse(response.json<{ data: unknown }>().data);
    expect(me.user).toMatchObject({ email: 'external.auditor@example.com', name: 'Erin External' });
    expect(me.via).toBe('session');
    expect(me.memberships).toEqual([
      expect.objectContaining({
        role: 'auditor',
        expiresAt: '2026-09-30T00:00:00.000Z',
        organization: expect.objectContaining({ id: owner.organizationId }) as object,
      }),
    ]);
    const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
    expect(cookie).toMatch(/^certa_session=/);
    const again = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie },
    });
    expect(again.statusCode).toBe(200);
    expect(meSchema.parse(again.json<{ data: unknown }>().data).csrfToken).toBe(me.csrfToken);

    const db = testApp.database.db;
    const user = await findUserByEmail(db, 'external.auditor@example.com');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const membership = await findMembershipOfUser(db, owner.organizationId, user?.id ?? '');
    expect(membership).toMatchObject({ role: 'auditor', expiresAt: new Date('2026-09-30T00:00:00.000Z') });
    expect((await findInvitation(db, owner.organizationId, invitation.id))?.acceptedAt).toEqual(now);

    const events = await listAuditEvents(db, owner.organizationId, { actorUserId: user?.id ?? '' }, 10);
    expect(events.map((event) => event.action)).toEqual(['member.added', 'invitation.accepted']);
    expect(events[0]).toMatchObject({
      actorLabel: 'external.auditor@example.com',
      entityId: membership?.id,
      changes: {
        email: { after: 'external.auditor@example.com' },
        role: { after: 'auditor' },
        expiresAt: { after: '2026-09-30T00:00:00.000Z' },
      },
    });
    expect(events[1]).toMatchObject({
      entityId: invitation.id,
      changes: { email: { after: 'external.auditor@example.com' }, role: { after: 'auditor' } },
    });
    const [created] = await listAuditEvents(db, null, { action: 'user.created', entityId: user?.id ?? '' }, 1);
    expect(created?.changes).toEqual({
      email: { after: 'external.auditor@example.com' },
      name: { after: 'Erin External' },
    });
    expect(JSON.stringify(created)).not.toContain('a long enough password');
  });

  it('refuses the same link a second time', async () => {
    const response = await anonymous('POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Mallory',
      password: 'another long password',
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toBe(invalidLinkMessage);
    expect((await anonymous('GET', `/api/v1/invitations/${token}`)).statusCode).toBe(404);
  });

  it('refuses to revoke an accepted invitation', async () => {
    const response = await owner.request('DELETE', `${invitationsUrl(owner.organizationId)}/${invitation.id}`);
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).message).toBe('This invitation was already accepted; remove the member instead');
  });
});

describe('accepting for an existing account', () => {
  let invitation: Invitation & { link: string };
  let url: string;

  beforeAll(async () => {
    invitation = await invite(owner, { email: ownerOfB.email, role: 'contributor' });
    url = `/api/v1/invitations/${tokenOf(invitation.link)}/accept`;
  });

  it('tells the invitee to sign in instead of creating an account', async () => {
    const preview = await anonymous('GET', `/api/v1/invitations/${tokenOf(invitation.link)}`);
    expect(invitationPreviewSchema.parse(preview.json<{ data: unknown }>().data).hasAccount).toBe(true);
  });

  it('requires being signed in as that email', async () => {
    const anonymousAccept = await anonymous('POST', url, { name: 'Someone', password: 'a long enough password' });
    expect(anonymousAccept.statusCode).toBe(401);
    expect(errorOf(anonymousAccept).message).toBe(`Sign in as ${ownerOfB.email} to accept this invitation`);
    const someoneElse = await viewer.request('POST', url, {});
    expect(someoneElse.statusCode).toBe(401);
    // A session cookie without its CSRF token does not count as being signed in.
    const noCsrf = await testApp.app.inject({ method: 'POST', url, headers: { cookie: ownerOfB.cookie }, payload: {} });
    expect(noCsrf.statusCode).toBe(401);
    const stored = await findInvitation(testApp.database.db, owner.organizationId, invitation.id);
    expect(stored?.acceptedAt).toBeNull();
  });

  it('adds the membership to the signed-in account and keeps its session', async () => {
    const response = await ownerOfB.request('POST', url, {});
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    const me = meSchema.parse(response.json<{ data: unknown }>().data);
    expect(me.csrfToken).toBe(ownerOfB.csrfToken);
    expect(me.memberships.map((membership) => [membership.organization.id, membership.role]).sort()).toEqual(
      [
        [owner.organizationId, 'contributor'],
        [ownerOfB.organizationId, 'owner'],
      ].sort(),
    );
    const membership = await findMembershipOfUser(testApp.database.db, owner.organizationId, ownerOfB.userId);
    expect(membership).toMatchObject({ role: 'contributor', expiresAt: null });
    const events = await listAuditEvents(
      testApp.database.db,
      owner.organizationId,
      { actorUserId: ownerOfB.userId },
      5,
    );
    expect(events.map((event) => event.action)).toEqual(['member.added', 'invitation.accepted']);
    expect(
      await listAuditEvents(testApp.database.db, null, { action: 'user.created', entityId: ownerOfB.userId }, 1),
    ).toEqual([]);
  });

  it('refuses when the account became a member meanwhile, leaving the invitation open', async () => {
    const someone = await buildSignedInUser(testApp, { role: 'viewer' });
    const pending = await invite(owner, { email: someone.email, role: 'auditor' });
    await insertMembership(testApp.database.db, {
      id: randomUUID(),
      organizationId: owner.organizationId,
      userId: someone.userId,
      role: 'viewer',
      expiresAt: null,
      createdAt: now,
    });
    const response = await someone.request('POST', `/api/v1/invitations/${tokenOf(pending.link)}/accept`, {});
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).message).toBe('You are already a member of this organisation');
    const stored = await findInvitation(testApp.database.db, owner.organizationId, pending.id);
    expect(stored?.acceptedAt).toBeNull();
  });

  it('renews a membership that has ended', async () => {
    const returning = await buildSignedInUser(testApp, {
      role: 'auditor',
      organizationId: owner.organizationId,
      expiresAt: new Date(now.getTime() - dayMs),
    });
    const invitationBack = await invite(owner, {
      email: returning.email,
      role: 'auditor',
      membershipExpiresAt: '2027-01-31T00:00:00.000Z',
    });
    const response = await returning.request('POST', `/api/v1/invitations/${tokenOf(invitationBack.link)}/accept`, {});
    expect(response.statusCode).toBe(200);
    const membership = await findMembershipOfUser(testApp.database.db, owner.organizationId, returning.userId);
    expect(membership).toMatchObject({
      id: returning.membershipId,
      role: 'auditor',
      expiresAt: new Date('2027-01-31T00:00:00.000Z'),
    });
  });
});

describe('expired invitations', () => {
  it('stops working after the validity period: preview and accept answer 404, revoking is refused', async () => {
    const invitation = await invite(owner, { email: 'slow@example.com', role: 'viewer' });
    now = new Date(now.getTime() + 7 * dayMs + 1);
    const token = tokenOf(invitation.link);
    const preview = await anonymous('GET', `/api/v1/invitations/${token}`);
    expect(preview.statusCode).toBe(404);
    expect(errorOf(preview).message).toBe(invalidLinkMessage);
    const accept = await anonymous('POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Slow Sam',
      password: 'a long enough password',
    });
    expect(accept.statusCode).toBe(404);
    expect(await findUserByEmail(testApp.database.db, 'slow@example.com')).toBeUndefined();

    // Sessions have idled out meanwhile: a fresh owner looks at the list.
    const laterOwner = await buildSignedInUser(testApp, { role: 'owner', organizationId: owner.organizationId });
    const list = await laterOwner.request('GET', invitationsUrl(owner.organizationId));
    const listed = list.json<{ data: Invitation[] }>().data.find((entry) => entry.id === invitation.id);
    expect(listed?.status).toBe('expired');
    const revoke = await laterOwner.request('DELETE', `${invitationsUrl(owner.organizationId)}/${invitation.id}`);
    expect(revoke.statusCode).toBe(409);
    // The email may be invited again once the old invitation has expired.
    const fresh = await invite(laterOwner, { email: 'slow@example.com', role: 'viewer' });
    expect(fresh.status).toBe('pending');
  });

  it('leaves every audit chain intact', async () => {
    const db = testApp.database.db;
    for (const organizationId of [owner.organizationId, ownerOfB.organizationId, null]) {
      expect(await verifyStoredAuditChain(db, organizationId)).toMatchObject({ ok: true });
    }
  });
});

describe('without a mail server or a public URL', () => {
  let plainApp: TestApp;

  beforeAll(async () => {
    plainApp = await createTestApp({ clock: () => now });
  });

  afterAll(async () => {
    await plainApp.close();
  });

  it('returns the link, built from the address of the request, and says it was not emailed', async () => {
    const plainOwner = await buildSignedInUser(plainApp, { role: 'owner' });
    const sentBefore = sent.length;
    const response = await plainOwner.request('POST', invitationsUrl(plainOwner.organizationId), {
      email: 'offline@example.com',
      role: 'viewer',
    });
    expect(response.statusCode).toBe(201);
    const invitation = invitationSchema.parse(response.json<{ data: unknown }>().data);
    expect(invitation.emailed).toBe(false);
    expect(invitation.link).toMatch(/^http:\/\/localhost(:80)?\/invitations\/[\w-]{43}$/);
    expect(sent.length).toBe(sentBefore);
    const preview = await plainApp.app.inject({
      method: 'GET',
      url: `/api/v1/invitations/${tokenOf(invitation.link ?? '')}`,
    });
    expect(preview.statusCode).toBe(200);
  });
});
