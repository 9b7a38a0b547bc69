import { randomUUID } from 'node:crypto';
import { auditEventSchema, auditVerificationSchema, canonicalJson, errorEnvelopeSchema } from '@certa/core';
import { appendAuditEvent, listAuditEvents, queryRows } from '@certa/db';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportOrganizationAuditEvents } from '../services/audit-trail.service.ts';
import { buildOrganization, buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type ApiAuditEvent = z.infer<typeof auditEventSchema>;

let now = new Date('2026-03-02T09:00:00Z');
let testApp: TestApp;
let owner: SignedInUser;
let auditor: SignedInUser;
let base: string;

const pageSchema = z.object({ data: z.array(auditEventSchema), nextCursor: z.number().int().nullable() });

/** Renames the user's organisation through the API, as a browser would (optionally behind a proxy's request id). */
async function rename(user: SignedInUser, name: string, requestId?: string): Promise<void> {
  now = new Date(now.getTime() + 60_000);
  const response = await testApp.app.inject({
    method: 'PATCH',
    url: `/api/v1/organizations/${user.organizationId}`,
    headers: {
      cookie: user.cookie,
      'x-csrf-token': user.csrfToken,
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    payload: { name },
  });
  expect(response.statusCode).toBe(200);
}

async function page(user: SignedInUser, query = ''): Promise<z.infer<typeof pageSchema>> {
  const response = await user.request('GET', `${base}/audit-events${query}`);
  expect(response.statusCode).toBe(200);
  return pageSchema.parse(response.json());
}

async function storedRows(organizationId: string): Promise<unknown[]> {
  return queryRows(
    testApp.database.db,
    sql`select * from audit_event where organization_id = ${organizationId} order by sequence`,
  );
}

/** A small RFC 4180 reader, enough to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  return rows;
}

beforeAll(async () => {
  testApp = await createTestApp({ clock: () => now });
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  auditor = await buildSignedInUser(testApp, { role: 'auditor', organizationId: owner.organizationId });
  base = `/api/v1/organizations/${owner.organizationId}`;
  // Real mutations through the API: each appends to the organisation's chain.
  await rename(owner, 'Acme Ltd');
  const leaver = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
  now = new Date(now.getTime() + 60_000);
  expect(
    (await owner.request('PATCH', `${base}/members/${leaver.membershipId}`, { role: 'contributor' })).statusCode,
  ).toBe(200);
  now = new Date(now.getTime() + 60_000);
  expect((await owner.request('DELETE', `${base}/members/${leaver.membershipId}`)).statusCode).toBe(204);
  await rename(owner, 'Acme Group', '-cmd:calc');
  // Noise elsewhere that must never show up in this organisation's trail.
  const other = await buildSignedInUser(testApp, { role: 'owner' });
  await rename(other, 'Someone Else Ltd');
});

afterAll(async () => {
  await testApp.close();
});

const readUrls = ['/audit-events', '/audit-events/export', '/audit-events/verification'];

describe('who may read the audit trail', () => {
  it.each(readUrls)('answers 401 to GET …%s without a session or token', async (path) => {
    const response = await testApp.app.inject({ method: 'GET', url: `${base}${path}` });
    expect(response.statusCode).toBe(401);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('unauthenticated');
  });

  it.each([
    ['viewer', readUrls[0]],
    ['viewer', readUrls[1]],
    ['viewer', readUrls[2]],
    ['contributor', readUrls[0]],
    ['contributor', readUrls[1]],
    ['contributor', readUrls[2]],
  ] as const)('answers 403 to a %s on GET …%s', async (role, path) => {
    const member = await buildSignedInUser(testApp, { role, organizationId: owner.organizationId });
    const response = await member.request('GET', `${base}${path}`);
    expect(response.statusCode).toBe(403);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('forbidden');
  });

  it.each(readUrls)('answers 404 to GET …%s in an organisation you are not a member of', async (path) => {
    const outsider = await buildSignedInUser(testApp, { role: 'owner' });
    const response = await outsider.request('GET', `${base}${path}`);
    expect(response.statusCode).toBe(404);
    const unknown = await outsider.request('GET', `/api/v1/organizations/${randomUUID()}${path}`);
    expect(unknown.statusCode).toBe(404);
  });

  it.each(['owner', 'isms_manager', 'auditor'] as const)('lets an %s read, export and verify', async (role) => {
    // In an organisation of its own: an export is recorded, and would shift the trail other tests read.
    const member = await buildSignedInUser(testApp, { role });
    const own = `/api/v1/organizations/${member.organizationId}`;
    for (const path of readUrls) expect((await member.request('GET', `${own}${path}`)).statusCode).toBe(200);
  });
});

describe('GET /api/v1/organizations/:orgId/audit-events', () => {
  it.each([
    ['a limit of 0', '?limit=0'],
    ['a limit above 500', '?limit=501'],
    ['a cursor that is not a number', '?cursor=abc'],
    ['an actor that is not a uuid', '?actorUserId=me'],
    ['a start that is not a date-time', '?from=yesterday'],
    ['an unknown parameter', '?sort=asc'],
  ])('rejects %s with 400', async (_label, query) => {
    const response = await auditor.request('GET', `${base}/audit-events${query}`);
    expect(response.statusCode).toBe(400);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('validation_failed');
  });

  it('rejects a period whose start is after its end', async () => {
    const response = await auditor.request(
      'GET',
      `${base}/audit-events?from=2026-03-02T10:00:00Z&to=2026-03-02T09:00:00Z`,
    );
    expect(response.statusCode).toBe(400);
    expect(errorEnvelopeSchema.parse(response.json()).error.message).toMatch(/from.*after.*to/);
  });

  it("lists the organisation's own events newest first, as stored", async () => {
    const { data, nextCursor } = await page(auditor);
    expect(nextCursor).toBeNull();
    expect(data.map((event) => [event.sequence, event.action])).toEqual([
      [4, 'organization.updated'],
      [3, 'member.removed'],
      [2, 'member.updated'],
      [1, 'organization.updated'],
    ]);
    const stored = await listAuditEvents(testApp.database.db, owner.organizationId, {}, 10);
    expect(data[0]).toEqual({
      id: stored[0]?.id,
      sequence: 4,
      occurredAt: stored[0]?.occurredAt.toISOString(),
      actorUserId: owner.userId,
      actorLabel: owner.email,
      action: 'organization.updated',
      entityType: 'organization',
      entityId: owner.organizationId,
      changes: { name: { before: 'Acme Ltd', after: 'Acme Group' } },
      requestId: '-cmd:calc',
      ip: '127.0.0.1',
      previousHash: stored[1]?.hash,
      hash: stored[0]?.hash,
    });
    expect(JSON.stringify(data)).not.toContain('Someone Else');
  });

  it('pages with nextCursor until the oldest event', async () => {
    const first = await page(auditor, '?limit=3');
    expect(first.data.map((event) => event.sequence)).toEqual([4, 3, 2]);
    expect(first.nextCursor).toBe(2);
    const second = await page(auditor, `?limit=3&cursor=${first.nextCursor}`);
    expect(second.data.map((event) => event.sequence)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by action, entity and actor', async () => {
    expect((await page(auditor, '?action=member.updated')).data.map((event) => event.sequence)).toEqual([2]);
    expect((await page(auditor, '?entityType=membership')).data.map((event) => event.sequence)).toEqual([3, 2]);
    expect(
      (await page(auditor, `?entityId=${owner.organizationId}&actorUserId=${owner.userId}`)).data.map(
        (event) => event.sequence,
      ),
    ).toEqual([4, 1]);
    expect((await page(auditor, `?actorUserId=${auditor.userId}`)).data).toEqual([]);
  });
});

describe('filters and paging (property)', () => {
  const actions = ['risk.created', 'risk.updated', 'control.updated', 'finding.raised'] as const;
  const entityTypes = ['risk', 'control', 'finding'] as const;
  const start = Date.UTC(2025, 0, 1);
  const hour = 3_600_000;
  let reader: SignedInUser;
  let actors: string[];
  let stored: ApiAuditEvent[];

  beforeAll(async () => {
    const organizationId = await buildOrganization(testApp);
    reader = await buildSignedInUser(testApp, { role: 'auditor', organizationId });
    actors = [randomUUID(), randomUUID()];
    let seed = 7;
    const pick = <T>(values: readonly T[]): T => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return values[seed % values.length] as T;
    };
    for (let index = 0; index < 40; index += 1) {
      const actorUserId = pick([...actors, null]);
      await appendAuditEvent(
        testApp.database.db,
        {
          organizationId,
          action: pick(actions),
          entityType: pick(entityTypes),
          entityId: pick(['e-1', 'e-2', 'e-3', null]),
          changes: { index: { after: index } },
        },
        {
          actorUserId,
          actorLabel: actorUserId ?? 'cli',
          requestId: null,
          ip: null,
          occurredAt: new Date(start + index * hour),
        },
      );
    }
    const all = await reader.request('GET', `/api/v1/organizations/${organizationId}/audit-events?limit=500`);
    stored = pageSchema.parse(all.json()).data;
    expect(stored).toHaveLength(40);
  });

  it('returns exactly the matching events, newest first, across pages of any size', async () => {
    const filterArbitrary = fc.record(
      {
        action: fc.constantFrom(...actions),
        entityType: fc.constantFrom(...entityTypes),
        entityId: fc.constantFrom('e-1', 'e-2', 'e-3', 'e-4'),
        actorUserId: fc.constantFrom(0, 1),
        from: fc.integer({ min: -2, max: 42 }),
        to: fc.integer({ min: -2, max: 42 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(filterArbitrary, fc.integer({ min: 1, max: 9 }), async (filter, limit) => {
        const params = new URLSearchParams({ limit: String(limit) });
        if (filter.action) params.set('action', filter.action);
        if (filter.entityType) params.set('entityType', filter.entityType);
        if (filter.entityId) params.set('entityId', filter.entityId);
        const actor = filter.actorUserId === undefined ? undefined : actors[filter.actorUserId];
        if (actor) params.set('actorUserId', actor);
        const from = filter.from === undefined ? undefined : new Date(start + filter.from * hour);
        const to = filter.to === undefined ? undefined : new Date(start + filter.to * hour);
        if (from) params.set('from', from.toISOString());
        if (to) params.set('to', to.toISOString());
        const url = `/api/v1/organizations/${reader.organizationId}/audit-events`;
        if (from && to && from > to) {
          expect((await reader.request('GET', `${url}?${params.toString()}`)).statusCode).toBe(400);
          return;
        }
        const expected = stored.filter(
          (event) =>
            (!filter.action || event.action === filter.action) &&
            (!filter.entityType || event.entityType === filter.entityType) &&
            (!filter.entityId || event.entityId === filter.entityId) &&
            (!actor || event.actorUserId === actor) &&
            (!from || new Date(event.occurredAt) >= from) &&
            (!to || new Date(event.occurredAt) <= to),
        );
        const seen: number[] = [];
        for (let round = 0; round <= 40; round += 1) {
          const response = await reader.request('GET', `${url}?${params.toString()}`);
          const body = pageSchema.parse(response.json());
          expect(body.data.length).toBeLessThanOrEqual(limit);
          seen.push(...body.data.map((event) => event.sequence));
          if (body.nextCursor === null) break;
          expect(body.data).toHaveLength(limit);
          params.set('cursor', String(body.nextCursor));
        }
        expect(seen).toEqual(expected.map((event) => event.sequence));
      }),
      { numRuns: 40 },
    );
  });
});

describe('GET /api/v1/organizations/:orgId/audit-events/export', () => {
  it.each([
    ['an unknown format', '?format=xlsx'],
    ['a paging limit', '?limit=10'],
    ['a start that is not a date-time', '?from=soon'],
    ['a start after the end', '?from=2026-03-02T10:00:00Z&to=2026-03-01T10:00:00Z'],
  ])('rejects %s with 400', async (_label, query) => {
    const response = await auditor.request('GET', `${base}/audit-events/export${query}`);
    expect(response.statusCode).toBe(400);
    expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('validation_failed');
  });

  it('downloads CSV, oldest first, with formula-looking text neutralised, and records the export', async () => {
    const before = (await page(auditor, '?limit=500')).data.slice().reverse();
    const response = await auditor.request('GET', `${base}/audit-events/export?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="acme-group-audit-trail-2026-03-02.csv"',
    );
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(response.body.slice(1));
    expect(header).toEqual([
      'sequence',
      'occurredAt',
      'actor',
      'action',
      'entityType',
      'entityId',
      'changes',
      'requestId',
      'ip',
      'hash',
    ]);
    expect(rows).toEqual(
      before.map((event) => [
        String(event.sequence),
        event.occurredAt,
        event.actorLabel,
        event.action,
        event.entityType,
        event.entityId ?? '',
        canonicalJson(event.changes),
        event.requestId === '-cmd:calc' ? "'-cmd:calc" : (event.requestId ?? ''),
        event.ip ?? '',
        event.hash,
      ]),
    );
    expect(rows.some((row) => row[7] === "'-cmd:calc")).toBe(true);

    const [recorded] = (await page(auditor, '?limit=1')).data;
    expect(recorded).toMatchObject({
      action: 'audit_trail.exported',
      actorUserId: auditor.userId,
      entityType: 'audit_trail',
      changes: { format: { after: 'csv' }, events: { after: before.length } },
    });
  });

  it('downloads JSON with the same filters as the list', async () => {
    const response = await auditor.request(
      'GET',
      `${base}/audit-events/export?format=json&action=organization.updated&actorUserId=${owner.userId}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="acme-group-audit-trail-2026-03-02.json"',
    );
    const events = z.array(auditEventSchema).parse(response.json());
    const listed = (await page(auditor, `?action=organization.updated&actorUserId=${owner.userId}`)).data;
    expect(events).toEqual(listed.slice().reverse());
    expect(events.map((event) => event.sequence)).toEqual([1, 4]);
  });

  it('refuses an export above the cap instead of cutting it short', async () => {
    const context = {
      actor: {
        userId: auditor.userId,
        email: auditor.email,
        via: 'session' as const,
        membership: { id: auditor.membershipId, organizationId: auditor.organizationId, role: 'auditor' as const },
      },
      requestId: 'test',
      ip: '127.0.0.1',
      now,
      sessionId: null,
      csrfToken: null,
    };
    const deps = { database: testApp.database, clock: () => now };
    await expect(exportOrganizationAuditEvents(deps, context, { format: 'csv' }, 3)).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('more than 3 events'),
    });
    const fitting = await exportOrganizationAuditEvents(
      deps,
      context,
      { format: 'csv', action: 'organization.updated' },
      3,
    );
    expect(fitting.events.map((event) => event.sequence)).toEqual([1, 4]);
  });
});

describe('GET /api/v1/organizations/:orgId/audit-events/verification', () => {
  it('reports an intact chain', async () => {
    const response = await auditor.request('GET', `${base}/audit-events/verification`);
    expect(response.statusCode).toBe(200);
    const stored = await storedRows(owner.organizationId);
    expect(auditVerificationSchema.parse(response.json<{ data: unknown }>().data)).toMatchObject({
      ok: true,
      checked: stored.length,
      firstBrokenSequence: null,
      problem: null,
    });
  });
});

describe('the audit trail cannot be changed through the API', () => {
  it.each(['PUT', 'PATCH', 'DELETE'] as const)(
    'answers 404 to %s on audit events and changes nothing',
    async (method) => {
      const before = await storedRows(owner.organizationId);
      const [newest] = (await page(owner, '?limit=1')).data;
      for (const path of ['', `/${newest?.id ?? ''}`, `/${newest?.sequence ?? 1}`, '/verification', '/export']) {
        const response = await owner.request(method, `${base}/audit-events${path}`, { changes: {} });
        expect(response.statusCode).toBe(404);
        expect(errorEnvelopeSchema.parse(response.json()).error.code).toBe('not_found');
      }
      expect(await storedRows(owner.organizationId)).toEqual(before);
    },
  );
});

describe('tampering with the stored trail (done straight in the database)', () => {
  async function organizationWithHistory(): Promise<{ user: SignedInUser; url: string }> {
    const user = await buildSignedInUser(testApp, { role: 'owner' });
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) await rename(user, name);
    const url = `/api/v1/organizations/${user.organizationId}/audit-events/verification`;
    expect((await user.request('GET', url)).json()).toEqual({
      data: {
        ok: true,
        checked: 5,
        firstBrokenSequence: null,
        problem: null,
        lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    return { user, url };
  }

  async function verification(user: SignedInUser, url: string) {
    const response = await user.request('GET', url);
    expect(response.statusCode).toBe(200);
    return auditVerificationSchema.parse(response.json<{ data: unknown }>().data);
  }

  it('finds an event whose changes were edited', async () => {
    const { user, url } = await organizationWithHistory();
    await testApp.database.db.execute(
      sql`update audit_event set changes = ${JSON.stringify({ name: { before: 'Two', after: 'Nothing to see' } })}::jsonb
          where organization_id = ${user.organizationId} and sequence = 3`,
    );
    expect(await verification(user, url)).toMatchObject({
      ok: false,
      checked: 2,
      firstBrokenSequence: 3,
      problem: 'event 3 was altered after it was recorded',
    });
    // Other organisations' chains are unaffected.
    expect((await verification(owner, `${base}/audit-events/verification`)).ok).toBe(true);
  });

  it('finds a deleted middle event', async () => {
    const { user, url } = await organizationWithHistory();
    await testApp.database.db.execute(
      sql`delete from audit_event where organization_id = ${user.organizationId} and sequence = 3`,
    );
    expect(await verification(user, url)).toMatchObject({
      ok: false,
      checked: 2,
      firstBrokenSequence: 3,
      problem: 'event 3 is missing',
    });
  });

  it('finds a deleted last event', async () => {
    const { user, url } = await organizationWithHistory();
    await testApp.database.db.execute(
      sql`delete from audit_event where organization_id = ${user.organizationId} and sequence = 5`,
    );
    expect(await verification(user, url)).toMatchObject({
      ok: false,
      checked: 4,
      firstBrokenSequence: 5,
      problem: 'events 5 to 5 are missing',
    });
  });
});
