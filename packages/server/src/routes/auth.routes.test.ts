import { errorEnvelopeSchema } from '@certa/core';
import { verifyStoredAuditChain, listAuditEvents } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { buildSignedInUser, testPassword } from '../testing/factories.ts';

let now = new Date('2026-03-02T09:00:00Z');
let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp({ clock: () => now });
});

afterAll(async () => {
  await testApp.close();
});

const setupBody = {
  email: 'Owner@Example.com',
  name: 'Olivia Owner',
  password: 'a long enough password',
  organizationName: 'Acme Ltd',
};

describe('first-run setup', () => {
  it('says setup is needed while no user exists', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/setup' });
    expect(response.json()).toEqual({ data: { needsSetup: true } });
  });

  it('rejects a short password and unknown fields, creating nothing', async () => {
    const short = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...setupBody, password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(errorEnvelopeSchema.parse(short.json()).error.message).toContain('password');
    const extra = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...setupBody, isAdmin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({
      data: { needsSetup: true },
    });
  });

  it('creates the first owner and organisation, signs them in and records it in the audit trail', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/setup', payload: setupBody });
    expect(response.statusCode).toBe(201);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^certa_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    expect(cookie).not.toContain('Secure');
    const body = response.json<{
      data: { user: { email: string }; memberships: { role: string; organization: { id: string; name: string } }[] };
    }>();
    expect(body.data.user.email).toBe('owner@example.com');
    expect(body.data.memberships).toEqual([
      expect.objectContaining({ role: 'owner', organization: expect.objectContaining({ name: 'Acme Ltd' }) }),
    ]);
    const organizationId = body.data.memberships[0]?.organization.id ?? '';
    const events = await listAuditEvents(testApp.database.db, organizationId, {}, 10);
    expect(events.map((event) => event.action)).toEqual(['member.added', 'organization.created']);
    expect(events[0]?.actorLabel).toBe('owner@example.com');
    expect(await verifyStoredAuditChain(testApp.database.db, organizationId)).toMatchObject({ ok: true, checked: 2 });
  });

  it('refuses a second setup once a user exists', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...setupBody, email: 'other@example.com' },
    });
    expect(response.statusCode).toBe(409);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({
      data: { needsSetup: false },
    });
  });
});

describe('sign-in and sessions', () => {
  it('answers 401 to /auth/me without a session or token', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('unauthenticated');
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const unknown = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.com', password: 'whatever it is' },
    });
    const wrong = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'owner@example.com', password: 'not the password' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(errorEnvelopeSchema.parse(unknown.json()).error.message).toBe(
      errorEnvelopeSchema.parse(wrong.json()).error.message,
    );
  });

  it('throttles after 5 failures for one account with Retry-After, and lets the account in again after the window', async () => {
    const user = await buildSignedInUser(testApp);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `10.0.0.${attempt + 1}`,
        payload: { email: user.email, password: 'wrong password!' },
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.0.9',
      payload: { email: user.email, password: testPassword },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    now = new Date(now.getTime() + 16 * 60_000);
    const later = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.0.9',
      payload: { email: user.email, password: testPassword },
    });
    expect(later.statusCode).toBe(200);
  });

  it('throttles after 5 failures from one address across accounts', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { email: `probe${attempt}@example.com`, password: 'guessing again' },
      });
    }
    const blocked = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.9.9.9',
      payload: { email: 'owner@example.com', password: setupBody.password },
    });
    expect(blocked.statusCode).toBe(429);
  });

  it('requires the CSRF token for state changes made with the session cookie', async () => {
    const user = await buildSignedInUser(testApp);
    const without = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: { cookie: user.cookie },
      payload: { name: 'Forged' },
    });
    expect(without.statusCode).toBe(403);
    const wrong = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: { cookie: user.cookie, 'x-csrf-token': 'nope' },
      payload: { name: 'Forged' },
    });
    expect(wrong.statusCode).toBe(403);
    const me = await user.request('GET', '/api/v1/auth/me');
    expect(me.json<{ data: { csrfToken: string } }>().data.csrfToken).toBe(user.csrfToken);
  });

  it('ends a session after the idle timeout', async () => {
    const user = await buildSignedInUser(testApp);
    now = new Date(now.getTime() + 121 * 60_000);
    expect((await user.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('ends a session after its maximum lifetime even when active', async () => {
    const user = await buildSignedInUser(testApp);
    for (let hour = 0; hour < 13; hour += 1) {
      now = new Date(now.getTime() + 60 * 60_000);
      const response = await user.request('GET', '/api/v1/auth/me');
      if (hour < 11) expect(response.statusCode).toBe(200);
      else expect(response.statusCode).toBe(401);
    }
  });

  it('signs out: the cookie stops working', async () => {
    const user = await buildSignedInUser(testApp);
    const response = await user.request('POST', '/api/v1/auth/logout');
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toContain('Expires=Thu, 01 Jan 1970');
    expect((await user.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('changes the password and ends the other sessions, keeping this one', async () => {
    const first = await buildSignedInUser(testApp);
    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: first.email, password: testPassword },
    });
    const otherCookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const wrongCurrent = await first.request('POST', '/api/v1/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new passphrase',
    });
    expect(wrongCurrent.statusCode).toBe(400);
    const changed = await first.request('POST', '/api/v1/auth/password', {
      currentPassword: testPassword,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.json()).toEqual({ data: { endedSessions: 1 } });
    expect((await first.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: otherCookie } }))
        .statusCode,
    ).toBe(401);
    const relogin = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: first.email, password: 'a brand new passphrase' },
    });
    expect(relogin.statusCode).toBe(200);
    const installation = await listAuditEvents(testApp.database.db, null, { action: 'user.password_changed' }, 5);
    expect(installation[0]?.changes).toMatchObject({ passwordHash: { after: '(changed)' } });
    expect(JSON.stringify(installation)).not.toContain('brand new');
  });
});
