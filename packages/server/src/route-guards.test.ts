import { randomUUID } from 'node:crypto';
import { rolesFor, type Action } from '@certa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from './testing/factories.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

// Checks every registered route, so route families added later are covered from birth.
let testApp: TestApp;
let ownerOfA: SignedInUser;
let ownerOfB: SignedInUser;
let viewerOfA: SignedInUser;

beforeAll(async () => {
  testApp = await createTestApp();
  ownerOfA = await buildSignedInUser(testApp, { role: 'owner' });
  ownerOfB = await buildSignedInUser(testApp, { role: 'owner' });
  viewerOfA = await buildSignedInUser(testApp, { role: 'viewer', organizationId: ownerOfA.organizationId });
});

afterAll(async () => {
  await testApp.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function apiRoutes() {
  return testApp.app.registeredRoutes
    .filter((route) => route.url.startsWith('/api/v1/'))
    .flatMap((route) =>
      route.methods.filter((method) => method !== 'HEAD').map((method) => ({ ...route, method: method as Method })),
    );
}

function fill(url: string, organizationId: string): string {
  return url.replace(':orgId', organizationId).replace(/:(\w+)/g, () => randomUUID());
}

describe('every API route', () => {
  it('declares who may call it', () => {
    expect(apiRoutes().filter((route) => route.permission === undefined)).toEqual([]);
  });

  it('answers 401 without a session or token unless it is public', async () => {
    const failures: string[] = [];
    for (const route of apiRoutes().filter((entry) => entry.permission !== 'public')) {
      const response = await testApp.app.inject({
        method: route.method,
        url: fill(route.url, ownerOfA.organizationId),
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      if (response.statusCode !== 401) failures.push(`${route.method} ${route.url}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to a bearer token that does not exist', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Bearer certa_nothing_here' },
    });
    expect(response.statusCode).toBe(401);
  });

  it("answers 404 to a member of another organisation, never revealing the organisation's existence", async () => {
    const failures: string[] = [];
    for (const route of apiRoutes().filter((entry) => entry.url.includes(':orgId'))) {
      const url = fill(route.url, ownerOfA.organizationId);
      const response = await ownerOfB.request(
        route.method,
        url,
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      const missing = await ownerOfB.request(
        route.method,
        fill(route.url, randomUUID()),
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      if (response.statusCode !== 404) failures.push(`${route.method} ${route.url}: ${response.statusCode}`);
      if (response.body.replace(/"requestId":"[^"]+"/, '') !== missing.body.replace(/"requestId":"[^"]+"/, '')) {
        failures.push(`${route.method} ${route.url}: answers differ for an existing and a missing organisation`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a role the permission matrix does not allow', async () => {
    const failures: string[] = [];
    for (const route of apiRoutes().filter((entry) => entry.url.includes(':orgId'))) {
      const { always, whenAssigned } = rolesFor(route.permission as Action);
      if (always.includes('viewer') || whenAssigned.includes('viewer')) continue;
      const response = await viewerOfA.request(
        route.method,
        fill(route.url, ownerOfA.organizationId),
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      if (response.statusCode !== 403) failures.push(`${route.method} ${route.url}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});
