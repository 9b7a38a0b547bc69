import { errorEnvelopeSchema } from '@certa/core';
import { findMember, findOrganization, listAuditEvents } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let testApp: TestApp;
let owner: SignedInUser;

beforeAll(async () => {
  testApp = await createTestApp();
  owner = await buildSignedInUser(testApp, { role: 'owner' });
});

afterAll(async () => {
  await testApp.close();
});

const org = () => `/api/v1/organizations/${owner.organizationId}`;

describe('organisations', () => {
  it('creates an organisation whose creator becomes owner, with audit events', async () => {
    const response = await owner.request('POST', '/api/v1/organizations', { name: '  Client B GmbH ' });
    expect(response.statusCode).toBe(201);
    const created = response.json<{ data: { id: string; name: string } }>().data;
    expect(created.name).toBe('Client B GmbH');
    const mine = await owner.request('GET', '/api/v1/organizations');
    expect(mine.json<{ data: { organization: { id: string }; role: string }[] }>().data).toContainEqual(
      expect.objectContaining({ organization: expect.objectContaining({ id: created.id }), role: 'owner' }),
    );
    const events = await listAuditEvents(testApp.database.db, created.id, {}, 10);
    expect(events.map((event) => event.action)).toEqual(['member.added', 'organization.created']);
  });

  it('rejects an empty name and unknown fields', async () => {
    expect((await owner.request('POST', '/api/v1/organizations', { name: '   ' })).statusCode).toBe(400);
    expect((await owner.request('POST', '/api/v1/organizations', { name: 'X', plan: 'gold' })).statusCode).toBe(400);
  });

  it('renames the organisation and records before and after', async () => {
    const response = await owner.request('PATCH', org(), { name: 'Acme Holding' });
    expect(response.statusCode).toBe(200);
    expect((await findOrganization(testApp.database.db, owner.organizationId))?.name).toBe('Acme Holding');
    const [event] = await listAuditEvents(
      testApp.database.db,
      owner.organizationId,
      { action: 'organization.updated' },
      1,
    );
    expect(event?.changes).toEqual({ name: { before: expect.any(String), after: 'Acme Holding' } });
    expect(event?.actorUserId).toBe(owner.userId);
  });

  it('stores and returns markup and SQL-looking text as plain text', async () => {
    const name = `<script>alert(1)</script>'; drop table organization; --`;
    const response = await owner.request('PATCH', org(), { name });
    expect(response.json<{ data: { name: string } }>().data.name).toBe(name);
    expect(response.headers['content-type']).toContain('application/json');
    expect((await owner.request('GET', org())).json<{ data: { name: string } }>().data.name).toBe(name);
  });

  it('refuses a rename by an ISMS manager with 403 and changes nothing', async () => {
    const manager = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
    const before = await findOrganization(testApp.database.db, owner.organizationId);
    expect((await manager.request('PATCH', org(), { name: 'Hijacked' })).statusCode).toBe(403);
    expect(await findOrganization(testApp.database.db, owner.organizationId)).toEqual(before);
  });
});

describe('members', () => {
  it('lists members with their roles to every member', async () => {
    const viewer = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
    const response = await viewer.request('GET', `${org()}/members`);
    expect(response.statusCode).toBe(200);
    const members = response.json<{ data: { id: string; role: string; user: { email: string } }[] }>().data;
    expect(members).toContainEqual(expect.objectContaining({ id: owner.membershipId, role: 'owner' }));
    expect(members).toContainEqual(expect.objectContaining({ id: viewer.membershipId, role: 'viewer' }));
  });

  it('changes a role and an end date, with an audit event', async () => {
    const auditor = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
    const response = await owner.request('PATCH', `${org()}/members/${auditor.membershipId}`, {
      role: 'auditor',
      expiresAt: '2026-12-31T00:00:00.000Z',
    });
    expect(response.statusCode).toBe(200);
    const stored = await findMember(testApp.database.db, owner.organizationId, auditor.membershipId);
    expect(stored).toMatchObject({ role: 'auditor', expiresAt: new Date('2026-12-31T00:00:00Z') });
    const [event] = await listAuditEvents(testApp.database.db, owner.organizationId, { action: 'member.updated' }, 1);
    expect(event?.changes).toMatchObject({
      role: { before: 'viewer', after: 'auditor' },
      expiresAt: { after: '2026-12-31T00:00:00.000Z' },
    });
  });

  it('ends access when a membership has expired', async () => {
    const expired = await buildSignedInUser(testApp, {
      role: 'auditor',
      organizationId: owner.organizationId,
      expiresAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect((await expired.request('GET', `${org()}/members`)).statusCode).toBe(404);
  });

  it('refuses to remove or demote the only owner', async () => {
    const demote = await owner.request('PATCH', `${org()}/members/${owner.membershipId}`, { role: 'viewer' });
    expect(demote.statusCode).toBe(409);
    expect(errorEnvelopeSchema.parse(demote.json()).error.message).toContain('at least one owner');
    expect((await owner.request('DELETE', `${org()}/members/${owner.membershipId}`)).statusCode).toBe(409);
    expect((await findMember(testApp.database.db, owner.organizationId, owner.membershipId))?.role).toBe('owner');
  });

  it('removes a member: their session no longer reaches the organisation', async () => {
    const leaver = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
    expect((await leaver.request('GET', `${org()}/members`)).statusCode).toBe(200);
    expect((await owner.request('DELETE', `${org()}/members/${leaver.membershipId}`)).statusCode).toBe(204);
    expect((await leaver.request('GET', `${org()}/members`)).statusCode).toBe(404);
    const [event] = await listAuditEvents(testApp.database.db, owner.organizationId, { action: 'member.removed' }, 1);
    expect(event?.entityId).toBe(leaver.membershipId);
  });

  it('answers 404 for a member id of another organisation and 400 for an invalid role', async () => {
    const stranger = await buildSignedInUser(testApp, { role: 'viewer' });
    expect(
      (await owner.request('PATCH', `${org()}/members/${stranger.membershipId}`, { role: 'auditor' })).statusCode,
    ).toBe(404);
    expect(
      (await owner.request('PATCH', `${org()}/members/${owner.membershipId}`, { role: 'superuser' })).statusCode,
    ).toBe(400);
  });
});
