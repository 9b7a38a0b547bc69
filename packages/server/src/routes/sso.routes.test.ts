import { createServer, type Server } from 'node:http';
import { listAuditEvents } from '@certa/db';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// An in-process OpenID Connect provider: the outside world, faked faithfully over real HTTP.
const redirectUrl = 'http://127.0.0.1:3000/api/v1/auth/sso/callback';
const accounts = new Map<string, { email: string; verified: boolean }>();
let signingInAs = '';
let server: Server;
let issuer: string;
let testApp: TestApp;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'certa',
        client_secret: 'certa-secret',
        redirect_uris: [redirectUrl],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: ['test-only-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    findAccount: (_context, sub) => {
      const account = accounts.get(sub);
      return account
        ? { accountId: sub, claims: () => ({ sub, email: account.email, email_verified: account.verified }) }
        : undefined;
    },
  });
  const callback = provider.callback();
  server.on('request', (request, response) => {
    if (!request.url?.startsWith('/interaction/')) return void callback(request, response);
    // The person "logs in" at the provider as `signingInAs` and consents.
    void (async () => {
      const details = await provider.interactionDetails(request, response);
      const grant = new provider.Grant({ accountId: signingInAs, clientId: String(details.params.client_id) });
      grant.addOIDCScope('openid email profile');
      const grantId = await grant.save();
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: signingInAs }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    })();
  });
  testApp = await createTestApp({
    oidc: {
      issuer,
      clientId: 'certa',
      clientSecret: 'certa-secret',
      redirectUrl,
      displayName: 'Acme SSO',
      allowInsecureIssuer: true,
    },
  });
});

afterAll(async () => {
  await testApp.close();
  await new Promise((resolve) => server.close(resolve));
});

/** Follows the browser's path: Certa → provider → Certa, carrying each side's cookies. */
async function signInThroughProvider(
  subject: string,
  returnTo = '/o/dashboard',
): Promise<{ location: string; sessionCookie?: string }> {
  signingInAs = subject;
  const start = await testApp.app.inject({
    method: 'GET',
    url: `/api/v1/auth/sso/start?returnTo=${encodeURIComponent(returnTo)}`,
  });
  expect(start.statusCode).toBe(302);
  const ssoCookie = String(start.headers['set-cookie']).split(';')[0] ?? '';
  let next = String(start.headers.location);
  expect(next.startsWith(issuer)).toBe(true);
  const jar = new Map<string, string>();
  for (let hop = 0; hop < 10 && next.startsWith(issuer); hop += 1) {
    const response = await fetch(next, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([key, value]) => `${key}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [key, ...value] = (pair ?? '').split('=');
      if (key) jar.set(key, value.join('='));
    }
    next = new URL(response.headers.get('location') ?? '', next).href;
  }
  expect(next.startsWith(redirectUrl)).toBe(true);
  const callback = await testApp.app.inject({
    method: 'GET',
    url: next.slice('http://127.0.0.1:3000'.length),
    headers: { cookie: ssoCookie },
  });
  expect(callback.statusCode).toBe(302);
  const cookies = ([] as string[]).concat(callback.headers['set-cookie'] ?? []);
  const sessionCookie = cookies.find((cookie) => cookie.startsWith('certa_session='))?.split(';')[0];
  return { location: String(callback.headers.location), ...(sessionCookie ? { sessionCookie } : {}) };
}

describe('single sign-on with OpenID Connect', () => {
  it('says it is enabled and what the button is called', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/sso' });
    expect(response.json()).toEqual({ data: { enabled: true, name: 'Acme SSO' } });
  });

  it('links an existing account by verified email on first use and signs it in', async () => {
    const member = await buildSignedInUser(testApp, { role: 'auditor', email: 'ana@example.com' });
    accounts.set('ana-at-idp', { email: 'Ana@Example.com', verified: true });
    const result = await signInThroughProvider('ana-at-idp');
    expect(result.location).toBe('/o/dashboard');
    expect(result.sessionCookie).toBeDefined();
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: result.sessionCookie ?? '' },
    });
    expect(me.json<{ data: { user: { id: string } } }>().data.user.id).toBe(member.userId);
    const events = await listAuditEvents(testApp.database.db, null, { actorUserId: member.userId }, 10);
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['user.sso_linked', 'session.signed_in']),
    );
  });

  it('signs in again by subject', async () => {
    const result = await signInThroughProvider('ana-at-idp', '/o/audits');
    expect(result.location).toBe('/o/audits');
    expect(result.sessionCookie).toBeDefined();
  });

  it('refuses an unverified email and an unknown person, sending them back to the sign-in page with a reason', async () => {
    await buildSignedInUser(testApp, { role: 'viewer', email: 'bo@example.com' });
    accounts.set('bo-at-idp', { email: 'bo@example.com', verified: false });
    const unverified = await signInThroughProvider('bo-at-idp');
    expect(unverified.sessionCookie).toBeUndefined();
    expect(decodeURIComponent(unverified.location)).toMatch(/^\/login\?ssoError=.*did not confirm your email/);
    accounts.set('stranger', { email: 'stranger@example.com', verified: true });
    const stranger = await signInThroughProvider('stranger');
    expect(stranger.sessionCookie).toBeUndefined();
    expect(decodeURIComponent(stranger.location)).toContain('ask an owner of your organisation for an invitation');
  });

  it('never redirects to another site after sign-in', async () => {
    const result = await signInThroughProvider('ana-at-idp', '//evil.example/phish');
    expect(result.location).toBe('/');
  });

  it('refuses a callback without the sign-in cookie (forged or replayed)', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/sso/callback?code=abc&state=def' });
    expect(response.statusCode).toBe(302);
    expect(decodeURIComponent(String(response.headers.location))).toContain('try again');
  });
});
