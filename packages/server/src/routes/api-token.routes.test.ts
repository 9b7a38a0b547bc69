import { apiTokenSchema, errorEnvelopeSchema } from '@certa/core';
import { listAuditEvents, queryRows, sha256Hex } from '@certa/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type ApiToken = z.infer<typeof apiTokenSchema>;

let now = new Date('2026-03-02T09:00:00Z');
let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp({ clock: () => now });
});

afterAll(async () => {
  await testApp.close();
});

async function createToken(user: SignedInUser, name = 'CI pipeline', expiresInDays = 30): Promise<ApiToken> {
  const response = await user.request('POST', '/api/v1/api-tokens', { name, expiresInDays });
  expect(response.statusCode).toBe(201);
  return apiTokenSchema.parse(response.json<{ data: unknown }>().data);
}

function withBearer(token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
  return testApp.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
}

async function storedToken(id: string) {
  const [row] = await queryRows<Record<string, unknown>>(
    testApp.database.db,
    sql`select * from api_token where id = ${id}`,
  );
  return row;
}

describe('POST /api/v1/api-tokens', () => {
  it('answers 401 without a session or token', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'x', expiresInDays: 30 },
    });
    expect(response.statusCode).toBe(401);
  });

  it.each([
    ['no name', { expiresInDays: 30 }],
    ['a blank name', { name: '   ', expiresInDays: 30 }],
    ['a name too long', { name: 'n'.repeat(81), expiresInDays: 30 }],
    ['zero days', { name: 'ci', expiresInDays: 0 }],
    ['more than 366 days', { name: 'ci', expiresInDays: 367 }],
    ['a fraction of a day', { name: 'ci', expiresInDays: 1.5 }],
    ['an unknown field', { name: 'ci', expiresInDays: 30, scopes: ['admin'] }],
  ])('rejects %s with 400 and stores nothing', async (_label, body) => {
    const user = await buildSignedInUser(testApp);
    const response = await user.request('POST', '/api/v1/api-tokens', body);
    expect(response.statusCode).toBe(400);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('validation_failed');
    expect((await user.request('GET', '/api/v1/api-tokens')).json()).toEqual({ data: [] });
  });

  it('creates a token shown once, stores only its hash and prefix, and records it on the installation trail', async () => {
    const user = await buildSignedInUser(testApp);
    const token = await createToken(user, '  Nightly export  ', 30);
    expect(token.token).toMatch(/^certa_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(token.token?.startsWith(`${token.prefix}_`)).toBe(true);
    expect(token).toMatchObject({
      name: 'Nightly export',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });

    const row = await storedToken(token.id);
    expect(row).toMatchObject({
      name: 'Nightly export',
      prefix: token.prefix,
      token_hash: sha256Hex(token.token ?? ''),
    });
    expect(JSON.stringify(row)).not.toContain(token.token);

    const [event] = await listAuditEvents(testApp.database.db, null, { entityId: token.id }, 5);
    expect(event).toMatchObject({
      organizationId: null,
      action: 'api_token.created',
      entityType: 'api_token',
      actorUserId: user.userId,
      actorLabel: user.email,
      changes: {
        name: { after: 'Nightly export' },
        prefix: { after: token.prefix },
        expiresAt: { after: token.expiresAt },
      },
    });
    expect(JSON.stringify(event)).not.toContain(token.token?.slice(15));
  });

  it('lets the token authenticate, without a CSRF token, as the user who made it', async () => {
    const user = await buildSignedInUser(testApp);
    const token = await createToken(user);
    const me = await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ data: { user: { id: user.userId }, via: 'token', csrfToken: null } });
    const created = await withBearer(token.token ?? '', 'POST', '/api/v1/organizations', { name: 'Made by a script' });
    expect(created.statusCode).toBe(201);
    const listed = await user.request('GET', '/api/v1/api-tokens');
    expect(listed.json<{ data: ApiToken[] }>().data[0]?.lastUsedAt).toBe(now.toISOString());
  });

  it('refuses to create a token with another token (403), so a leaked token cannot outlive its revocation', async () => {
    const user = await buildSignedInUser(testApp);
    const token = await createToken(user);
    const response = await withBearer(token.token ?? '', 'POST', '/api/v1/api-tokens', {
      name: 'Persistence',
      expiresInDays: 366,
    });
    expect(response.statusCode).toBe(403);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('forbidden');
    expect((await user.request('GET', '/api/v1/api-tokens')).json<{ data: ApiToken[] }>().data).toHaveLength(1);
  });

  it('stops accepting a token once it has expired', async () => {
    const user = await buildSignedInUser(testApp);
    const token = await createToken(user, 'short-lived', 1);
    now = new Date(now.getTime() + 86_400_000 - 1000);
    expect((await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    now = new Date(now.getTime() + 1000);
    expect((await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('answers 401 to a made-up token', async () => {
    const response = await withBearer('certa_abcdefgh_not-a-real-secret', 'GET', '/api/v1/auth/me');
    expect(response.statusCode).toBe(401);
  });
});

describe('GET /api/v1/api-tokens', () => {
  it('answers 401 without a session or token', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/api/v1/api-tokens' })).statusCode).toBe(401);
  });

  it("lists only the caller's own tokens, newest first, without secrets", async () => {
    const user = await buildSignedInUser(testApp);
    const other = await buildSignedInUser(testApp);
    const first = await createToken(user, 'first');
    now = new Date(now.getTime() + 1000);
    const second = await createToken(user, 'second');
    await createToken(other, 'not yours');
    const response = await user.request('GET', '/api/v1/api-tokens');
    expect(response.statusCode).toBe(200);
    const { data } = response.json<{ data: ApiToken[] }>();
    expect(data.map((token) => token.id)).toEqual([second.id, first.id]);
    expect(data.every((token) => token.token === undefined)).toBe(true);
    expect(response.body).not.toContain(first.token);
    expect(response.body).not.toContain('tokenHash');
  });
});

describe('DELETE /api/v1/api-tokens/:tokenId', () => {
  it('answers 401 without a session or token', async () => {
    const response = await testApp.app.inject({
      method: 'DELETE',
      url: '/api/v1/api-tokens/00000000-0000-4000-8000-000000000000',
    });
    expect(response.statusCode).toBe(401);
  });

  it('rejects an id that is not a uuid with 400', async () => {
    const user = await buildSignedInUser(testApp);
    expect((await user.request('DELETE', '/api/v1/api-tokens/not-an-id')).statusCode).toBe(400);
  });

  it("answers 404 for someone else's token and leaves it working", async () => {
    const owner = await buildSignedInUser(testApp);
    const intruder = await buildSignedInUser(testApp);
    const token = await createToken(owner);
    const response = await intruder.request('DELETE', `/api/v1/api-tokens/${token.id}`);
    expect(response.statusCode).toBe(404);
    expect((await storedToken(token.id))?.revoked_at).toBeNull();
    expect((await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('revokes a token: recorded in the trail, 401 from the next request, 409 when revoked again', async () => {
    const user = await buildSignedInUser(testApp);
    const token = await createToken(user);
    expect((await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me')).statusCode).toBe(200);

    const response = await user.request('DELETE', `/api/v1/api-tokens/${token.id}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(new Date(String((await storedToken(token.id))?.revoked_at)).toISOString()).toBe(now.toISOString());
    const [event] = await listAuditEvents(testApp.database.db, null, { entityId: token.id }, 1);
    expect(event).toMatchObject({
      action: 'api_token.revoked',
      actorUserId: user.userId,
      changes: { revokedAt: { before: null, after: now.toISOString() }, name: { before: 'CI pipeline' } },
    });

    const afterwards = await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me');
    expect(afterwards.statusCode).toBe(401);
    expect(errorEnvelopeSchema.parse(afterwards.json()).error.code).toBe('unauthenticated');

    const again = await user.request('DELETE', `/api/v1/api-tokens/${token.id}`);
    expect(again.statusCode).toBe(409);
    expect(errorEnvelopeSchema.parse(again.json()).error.code).toBe('conflict');
    const listed = (await user.request('GET', '/api/v1/api-tokens')).json<{ data: ApiToken[] }>().data;
    expect(listed[0]?.revokedAt).toBe(now.toISOString());
  });

  it('lets a token revoke itself', async () => {
    const user = await buildSignedInUser(testApp);
    const token = await createToken(user);
    expect((await withBearer(token.token ?? '', 'DELETE', `/api/v1/api-tokens/${token.id}`)).statusCode).toBe(204);
    expect((await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('a token of a member who is removed', () => {
  it("answers 404 on that organisation's routes from the next request", async () => {
    const owner = await buildSignedInUser(testApp, { role: 'owner' });
    const member = await buildSignedInUser(testApp, { role: 'auditor', organizationId: owner.organizationId });
    const token = await createToken(member);
    const membersUrl = `/api/v1/organizations/${owner.organizationId}/members`;
    expect((await withBearer(token.token ?? '', 'GET', membersUrl)).statusCode).toBe(200);

    const removal = await owner.request('DELETE', `${membersUrl}/${member.membershipId}`);
    expect(removal.statusCode).toBe(204);

    const afterwards = await withBearer(token.token ?? '', 'GET', membersUrl);
    expect(afterwards.statusCode).toBe(404);
    expect(errorEnvelopeSchema.parse(afterwards.json()).error.code).toBe('not_found');
    // The token itself still works for the user's own things.
    expect((await withBearer(token.token ?? '', 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });
});
