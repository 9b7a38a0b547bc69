import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { errorEnvelopeSchema } from '@certa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from './testing/factories.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

// Property-based abuse of every route that takes a body: whatever arrives, the answer is a success or a
// clear 4xx envelope, never a 500, and text that is accepted comes back exactly as sent.
let testApp: TestApp;
let owner: SignedInUser;

beforeAll(async () => {
  testApp = await createTestApp();
  owner = await buildSignedInUser(testApp, { role: 'owner' });
});

afterAll(async () => {
  await testApp.close();
});

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; drop table user_account; --",
    '\u0000',
    '\uD800',
    '=cmd|" /C calc"!A0',
    '{{constructor.constructor("alert(1)")()}}',
    '../../etc/passwd',
    'ｍｉｘｅｄ 混合 🚀 ¡',
  ),
);
const hostileValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 3 }),
);
const hostileBody = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'name',
      'email',
      'password',
      'role',
      'organizationName',
      'newPassword',
      'currentPassword',
      'expiresAt',
      'expiresInDays',
      '__proto__',
      'constructor',
    ),
    hostileValue,
  ),
  fc.jsonValue(),
);

function bodyRoutes() {
  return (
    testApp.app.registeredRoutes
      .filter((route) => route.url.startsWith('/api/v1/'))
      .flatMap((route) =>
        route.methods
          .filter((method) => ['POST', 'PUT', 'PATCH'].includes(method))
          .map((method) => ({ url: route.url, method: method as 'POST' | 'PUT' | 'PATCH' })),
      )
      // Signing in with random passwords would only exercise the throttle, and signing out takes no body.
      .filter((route) => route.url !== '/api/v1/auth/login' && route.url !== '/api/v1/auth/logout')
  );
}

describe('hostile input', () => {
  it('never makes any body-taking route fail with a 500', async () => {
    const routes = bodyRoutes();
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(hostileBody, async (body) => {
          const url = route.url.replace(':orgId', owner.organizationId).replace(/:(\w+)/g, () => randomUUID());
          const response = await testApp.app.inject({
            method: route.method,
            url,
            headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          if (response.statusCode >= 500)
            throw new Error(`${route.method} ${route.url} answered ${response.statusCode}: ${response.body}`);
          if (response.statusCode >= 400) errorEnvelopeSchema.parse(response.json());
        }),
        { numRuns: 40 },
      );
    }
  });

  it('stores accepted names exactly as sent and returns them as JSON text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (name) => {
        const response = await owner.request('PATCH', `/api/v1/organizations/${owner.organizationId}`, { name });
        if (response.statusCode === 400) return; // empty after trimming, too long, or unstorable: refused as a whole
        expect(response.statusCode).toBe(200);
        const read = await owner.request('GET', `/api/v1/organizations/${owner.organizationId}`);
        expect(read.headers['content-type']).toContain('application/json');
        expect(read.json<{ data: { name: string } }>().data.name).toBe(name.trim());
      }),
      { numRuns: 60 },
    );
  });
});
