import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.ts';
import { createTestDatabase } from '../testing/index.ts';
import {
  deleteExpiredCredentials,
  findSession,
  insertLoginFailure,
  insertSession,
  recentLoginFailures,
} from './credential.repository.ts';
import { insertUser } from './identity.repository.ts';

let database: Database;
const userId = randomUUID();

beforeAll(async () => {
  database = await createTestDatabase();
  await insertUser(database.db, {
    id: userId,
    email: 'h@example.com',
    name: 'H',
    passwordHash: null,
    oidcSubject: null,
    createdAt: new Date(),
  });
});

afterAll(async () => {
  await database.close();
});

describe('deleteExpiredCredentials', () => {
  it('removes sessions past their lifetime and old sign-in failures, keeping current ones', async () => {
    const now = new Date('2026-04-01T12:00:00Z');
    const base = { userId, csrfToken: 'c', createdAt: now, lastSeenAt: now, ip: null, userAgent: null };
    await insertSession(database.db, { ...base, id: 'expired', expiresAt: new Date('2026-04-01T11:00:00Z') });
    await insertSession(database.db, { ...base, id: 'current', expiresAt: new Date('2026-04-01T20:00:00Z') });
    await insertLoginFailure(database.db, {
      id: randomUUID(),
      email: 'h@example.com',
      ip: '10.0.0.1',
      occurredAt: new Date('2026-04-01T10:00:00Z'),
    });
    await insertLoginFailure(database.db, {
      id: randomUUID(),
      email: 'h@example.com',
      ip: '10.0.0.1',
      occurredAt: new Date('2026-04-01T11:55:00Z'),
    });

    const removed = await deleteExpiredCredentials(database.db, now, new Date('2026-04-01T11:45:00Z'));

    expect(removed).toEqual({ sessions: 1, failures: 1 });
    expect(await findSession(database.db, 'expired')).toBeUndefined();
    expect(await findSession(database.db, 'current')).toBeDefined();
    expect((await recentLoginFailures(database.db, 'h@example.com', '10.0.0.1', new Date(0))).byEmail).toBe(1);
  });
});
