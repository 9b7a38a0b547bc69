import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// With lookups reused for a minute, every change made through the app must still apply at once.
let testApp: TestApp;
let owner: SignedInUser;

beforeAll(async () => {
  testApp = await createTestApp({ lookupCacheMs: 60_000 });
  owner = await buildSignedInUser(testApp, { role: 'owner' });
});

afterAll(async () => {
  await testApp.close();
});

const frameworks = (user: SignedInUser) => `/api/v1/organizations/${user.organizationId}/frameworks`;

describe('reused session and membership lookups', () => {
  it('refuse a session at once after it signs out', async () => {
    const member = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
    expect((await member.request('GET', frameworks(member))).statusCode).toBe(200);
    expect((await member.request('POST', '/api/v1/auth/logout')).statusCode).toBeLessThan(300);
    expect((await member.request('GET', frameworks(member))).statusCode).toBe(401);
  });

  it('hide the organisation at once from a member who was removed', async () => {
    const member = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
    expect((await member.request('GET', frameworks(member))).statusCode).toBe(200);
    const removed = await owner.request(
      'DELETE',
      `/api/v1/organizations/${owner.organizationId}/members/${member.membershipId}`,
    );
    expect(removed.statusCode).toBeLessThan(300);
    expect((await member.request('GET', frameworks(member))).statusCode).toBe(404);
  });

  it('apply a role change at once', async () => {
    const member = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
    const auditTrail = `/api/v1/organizations/${owner.organizationId}/audit-events`;
    expect((await member.request('GET', auditTrail)).statusCode).toBe(200);
    const changed = await owner.request(
      'PATCH',
      `/api/v1/organizations/${owner.organizationId}/members/${member.membershipId}`,
      { role: 'viewer' },
    );
    expect(changed.statusCode).toBe(200);
    expect((await member.request('GET', auditTrail)).statusCode).toBe(403);
  });
});
