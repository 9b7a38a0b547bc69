import { randomUUID } from 'node:crypto';
import type { Role } from '@certa/core';
import { insertMembership, insertOrganization, insertUser } from '@certa/db';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../auth/secrets.ts';
import type { TestApp } from './test-app.ts';

/** The password every factory user has. */
export const testPassword = 'correct horse battery staple';

let cachedHash: Promise<string> | undefined;

/** A signed-in user in an organisation, with a way to send requests as them. */
export interface SignedInUser {
  userId: string;
  email: string;
  organizationId: string;
  membershipId: string;
  cookie: string;
  csrfToken: string;
  /** Sends a request with this user's session cookie and CSRF token (and any extra headers). */
  request(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/** Creates an organisation directly in the database (no audit event: test set-up only). */
export async function buildOrganization(testApp: TestApp, name = `Org ${randomUUID().slice(0, 8)}`): Promise<string> {
  const id = randomUUID();
  await insertOrganization(testApp.database.db, { id, name, createdAt: new Date() });
  return id;
}

/**
 * Creates a user with a membership of `role` (in a new organisation unless one is given) and signs them
 * in through POST /api/v1/auth/login, as a browser would.
 */
export async function buildSignedInUser(
  testApp: TestApp,
  options: { role?: Role; organizationId?: string; email?: string; expiresAt?: Date | null } = {},
): Promise<SignedInUser> {
  const organizationId = options.organizationId ?? (await buildOrganization(testApp));
  const userId = randomUUID();
  const membershipId = randomUUID();
  const email = options.email ?? `user-${userId.slice(0, 8)}@example.com`;
  cachedHash ??= hashPassword(testPassword);
  await insertUser(testApp.database.db, {
    id: userId,
    email,
    name: `User ${userId.slice(0, 4)}`,
    passwordHash: await cachedHash,
    oidcSubject: null,
    createdAt: new Date(),
  });
  await insertMembership(testApp.database.db, {
    id: membershipId,
    organizationId,
    userId,
    role: options.role ?? 'owner',
    expiresAt: options.expiresAt ?? null,
    createdAt: new Date(),
  });
  const login = await testApp.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: testPassword },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  const csrfToken = login.json<{ data: { csrfToken: string } }>().data.csrfToken;
  return {
    userId,
    email,
    organizationId,
    membershipId,
    cookie,
    csrfToken,
    request: (method, url, payload, headers = {}) =>
      testApp.app.inject({
        method,
        url,
        headers: { ...headers, cookie, 'x-csrf-token': csrfToken },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      }),
  };
}
