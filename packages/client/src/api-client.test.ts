import { isDomainError } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, conflictingGapAnswer } from './api-client.ts';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/** A fetch that records each call and answers from a list, in order. */
function fakeFetch(answers: Answer[]) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected call ${init.method ?? 'GET'} ${url}`);
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(text, {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };
  return { fetch, calls };
}

const orgId = '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const me = (csrfToken: string | null) => ({
  user: {
    id: '1b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
    email: 'olivia@example.test',
    name: 'Olivia',
    createdAt: '2026-01-05T09:00:00.000Z',
  },
  memberships: [
    {
      id: '2b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
      role: 'owner',
      expiresAt: null,
      organization: { id: orgId, name: 'Northwind', createdAt: '2026-01-05T09:00:00.000Z' },
    },
  ],
  csrfToken,
  via: 'session',
});
const member = {
  id: '3b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
  role: 'viewer',
  expiresAt: null,
  createdAt: '2026-01-05T09:00:00.000Z',
  user: { id: '4b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f', email: 'vera@example.test', name: 'Vera' },
};

describe('ApiClient CSRF handling', () => {
  it('sends no CSRF header before it knows a token, and same-origin credentials always', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 201, body: { data: { id: orgId, name: 'A', createdAt: me('x').user.createdAt } } },
    ]);
    await new ApiClient({ fetch }).createOrganization({ name: 'A' });
    expect(calls[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(calls[0]?.credentials).toBe('same-origin');
  });

  it('remembers the token from sign-in and sends it on state changes only', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { data: me('csrf-1') } },
      { status: 200, body: { data: [member] } },
      { status: 200, body: { data: member } },
      { status: 204 },
    ]);
    const api = new ApiClient({ fetch });
    await api.login({ email: 'olivia@example.test', password: 'correct horse battery' });
    expect(api.csrfToken).toBe('csrf-1');
    await api.listMembers(orgId);
    await api.updateMember(orgId, member.id, { role: 'auditor' });
    await api.removeMember(orgId, member.id);
    expect(calls.map((call) => [call.method, call.headers['x-csrf-token']])).toEqual([
      ['POST', undefined],
      ['GET', undefined],
      ['PATCH', 'csrf-1'],
      ['DELETE', 'csrf-1'],
    ]);
    expect(calls[2]?.url).toBe(`/api/v1/organizations/${orgId}/members/${member.id}`);
    expect(calls[2]?.body).toEqual({ role: 'auditor' });
  });

  it('takes the token from GET /auth/me, setup and accepting an invitation, and forgets it on sign-out', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { data: me('from-me') } },
      { status: 201, body: { data: me('from-setup') } },
      { status: 200, body: { data: me('from-accept') } },
      { status: 204 },
      { status: 201, body: { data: { id: orgId, name: 'B', createdAt: me('x').user.createdAt } } },
    ]);
    const api = new ApiClient({ fetch });
    await api.me();
    expect(api.csrfToken).toBe('from-me');
    await api.setup({ email: 'a@example.test', name: 'A', password: 'long enough pass', organizationName: 'A' });
    expect(api.csrfToken).toBe('from-setup');
    await api.acceptInvitation('tok', { name: 'B', password: 'long enough pass' });
    expect(api.csrfToken).toBe('from-accept');
    await api.logout();
    expect(calls[3]?.headers['x-csrf-token']).toBe('from-accept');
    expect(api.csrfToken).toBeNull();
    await api.createOrganization({ name: 'B' });
    expect(calls[4]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('forgets the token when the server says the session has ended', async () => {
    const { fetch } = fakeFetch([
      { status: 200, body: { data: me('old') } },
      { status: 401, body: { error: { code: 'unauthenticated', message: 'Your session has ended; sign in again' } } },
    ]);
    const api = new ApiClient({ fetch });
    await api.me();
    await expect(api.me()).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
    expect(api.csrfToken).toBeNull();
  });

  it('uses a bearer token instead of a CSRF token when it has an API token', async () => {
    const { fetch, calls } = fakeFetch([{ status: 204 }]);
    await new ApiClient({ fetch, token: 'certa_secret', baseUrl: 'http://127.0.0.1:3000/' }).revokeApiToken('t-1');
    expect(calls[0]?.url).toBe('http://127.0.0.1:3000/api/v1/api-tokens/t-1');
    expect(calls[0]?.headers.authorization).toBe('Bearer certa_secret');
    expect(calls[0]?.headers['x-csrf-token']).toBeUndefined();
  });
});

describe('ApiClient error parsing', () => {
  it('turns the error envelope into an ApiError with code, message, status and details', async () => {
    const { fetch } = fakeFetch([
      {
        status: 409,
        body: { error: { code: 'conflict', message: 'An organisation needs at least one owner', requestId: 'r1' } },
      },
    ]);
    const error = await new ApiClient({ fetch }).removeMember(orgId, member.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'conflict', status: 409, message: 'An organisation needs at least one owner' });
  });

  it('exposes the field issues of a validation failure', async () => {
    const { fetch } = fakeFetch([
      {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid body: password: Use at least 12 characters',
            details: { issues: [{ path: 'password', message: 'Use at least 12 characters' }] },
          },
        },
      },
    ]);
    const error = (await new ApiClient({ fetch })
      .setup({ email: 'a@example.test', name: 'A', password: 'short', organizationName: 'A' })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toEqual([{ path: 'password', message: 'Use at least 12 characters' }]);
  });

  it('reads how long to wait from a 429 answer', async () => {
    const { fetch } = fakeFetch([
      {
        status: 429,
        headers: { 'retry-after': '840' },
        body: {
          error: {
            code: 'rate_limited',
            message: 'Too many failed sign-ins; try again later',
            details: { retryAfterSeconds: 840 },
          },
        },
      },
      {
        status: 429,
        headers: { 'retry-after': '60' },
        body: { error: { code: 'rate_limited', message: 'Slow down' } },
      },
    ]);
    const api = new ApiClient({ fetch });
    const login = { email: 'olivia@example.test', password: 'x' };
    await expect(api.login(login)).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 840 });
    await expect(api.login(login)).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 60 });
  });

  it('falls back to the HTTP status when the body is not an error envelope', async () => {
    const { fetch } = fakeFetch([{ status: 403, body: 'Forbidden' }]);
    await expect(new ApiClient({ fetch }).getOrganization(orgId)).rejects.toMatchObject({
      code: 'forbidden',
      status: 403,
    });
  });

  it('rejects an answer that does not match the contract', async () => {
    const { fetch } = fakeFetch([{ status: 200, body: { data: [{ ...member, role: 'superuser' }] } }]);
    await expect(new ApiClient({ fetch }).listMembers(orgId)).rejects.toMatchObject({ code: 'internal' });
  });

  it('reports an unreachable server', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    await expect(new ApiClient({ fetch }).getHealth()).rejects.toMatchObject({
      code: 'internal',
      message: 'Cannot reach the Certa server at this origin: Failed to fetch',
    });
  });
});

describe('ApiClient audit trail', () => {
  it('passes filters and the cursor as query parameters and reads the next cursor', async () => {
    const event = {
      id: '5b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
      sequence: 7,
      occurredAt: '2026-01-05T09:00:00.000Z',
      actorUserId: null,
      actorLabel: 'olivia@example.test',
      action: 'member.added',
      entityType: 'membership',
      entityId: member.id,
      changes: { role: { after: 'viewer' } },
      requestId: 'r1',
      ip: '127.0.0.1',
      previousHash: 'b'.repeat(64),
      hash: 'a'.repeat(64),
    };
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { data: [event], nextCursor: 7 } },
      { status: 200, body: { data: [], nextCursor: null } },
    ]);
    const api = new ApiClient({ fetch });
    const first = await api.listAuditEvents(orgId, { action: 'member.added', entityType: '' }, { limit: 1 });
    expect(first.nextCursor).toBe(7);
    expect(calls[0]?.url).toBe(`/api/v1/organizations/${orgId}/audit-events?action=member.added&limit=1`);
    const second = await api.listAuditEvents(orgId, {}, { cursor: 7 });
    expect(second).toEqual({ data: [], nextCursor: null });
    expect(api.auditExportUrl(orgId, 'csv', { from: '2026-01-01T00:00:00.000Z' })).toBe(
      `/api/v1/organizations/${orgId}/audit-events/export?format=csv&from=2026-01-01T00%3A00%3A00.000Z`,
    );
  });
});

describe('ApiClient frameworks', () => {
  const summary = {
    id: '6b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
    slug: 'iso27001',
    version: '2022',
    name: 'ISO/IEC 27001:2022',
    publisher: 'ISO/IEC',
    licenceNote: 'Identifiers and short titles only.',
    source: 'built_in',
    builtIn: true,
    description: null,
    sourceFormat: null,
    sourceFileName: null,
    requirementCount: 2,
    assessableCount: 1,
    createdAt: '2026-01-05T09:00:00.000Z',
  };
  const heading = {
    id: '7b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
    parentId: null,
    refId: 'A.5',
    title: 'Organizational controls',
    kind: 'heading',
    assessable: false,
    description: null,
    guidance: null,
    objectives: null,
    typicalEvidence: null,
    withdrawn: false,
    attributes: {},
    parameters: [],
    certaGuidance: null,
  };
  const control = {
    ...heading,
    id: '8b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
    parentId: heading.id,
    refId: 'A.5.7',
    title: 'Threat intelligence',
    kind: 'control',
    assessable: true,
    attributes: { edition_change: ['new_in_2022'] },
    certaGuidance: {
      meaning: 'Know the threats.',
      auditorQuestions: ['Where do you learn about threats?'],
      typicalEvidence: ['Threat reports'],
      commonGaps: ['Nobody reads them'],
      documentedInformation: { required: false, note: '' },
    },
  };

  it('lists the frameworks of an organisation and reads one with its requirements', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { data: [summary] } },
      { status: 200, body: { data: { ...summary, requirements: [heading, control] } } },
    ]);
    const api = new ApiClient({ fetch });
    const list = await api.listFrameworks(orgId);
    expect(list.map((framework) => framework.name)).toEqual(['ISO/IEC 27001:2022']);
    expect(calls[0]?.url).toBe(`/api/v1/organizations/${orgId}/frameworks`);
    const detail = await api.getFramework(orgId, summary.id);
    expect(calls[1]?.url).toBe(`/api/v1/organizations/${orgId}/frameworks/${summary.id}`);
    expect(detail.requirements.map((node) => node.refId)).toEqual(['A.5', 'A.5.7']);
    expect(detail.requirements[1]?.certaGuidance?.auditorQuestions).toHaveLength(1);
  });

  it('rejects an answer that does not match the framework contract', async () => {
    const { fetch } = fakeFetch([{ status: 200, body: { data: [{ ...summary, builtIn: 'yes' }] } }]);
    await expect(new ApiClient({ fetch }).listFrameworks(orgId)).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('ApiClient framework import', () => {
  it('sends the file as the raw body with its options in the query and parses the report', async () => {
    const report = {
      fileName: 'policies.csv',
      format: 'csv',
      sha256: 'ab',
      dryRun: true,
      frameworks: [],
      resolvedAgainst: null,
      mappingSets: [],
      attributes: null,
      warnings: [],
    };
    const { fetch, calls } = fakeFetch([{ status: 200, body: { data: report } }]);
    const api = new ApiClient({ fetch, token: 'certa_x' });
    const bytes = new TextEncoder().encode('ref_id,title\nA,One');
    const answer = await api.importFramework(orgId, bytes, { fileName: 'policies.csv', dryRun: true });
    expect(answer.dryRun).toBe(true);
    expect(calls[0]?.url).toBe(`/api/v1/organizations/${orgId}/framework-imports?fileName=policies.csv&dryRun=true`);
    expect(calls[0]?.body).toBe(bytes);
    expect(calls[0]?.headers['content-type']).toBe('application/octet-stream');
  });
});

describe('ApiClient gap assessments', () => {
  const assessmentId = '5b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
  const requirementId = '6b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
  const answer = (version: number, status: string) => ({
    requirementId,
    refId: 'A.5.7',
    status,
    maturity: null,
    targetMaturity: null,
    documentation: null,
    justification: null,
    gap: null,
    recommendation: null,
    owner: null,
    priorityOverride: null,
    effort: null,
    notes: null,
    version,
    priority: { computed: null, effective: null, rule: null, reason: null, overridden: false },
    updatedAt: version === 0 ? null : '2026-01-15T09:00:00.000Z',
    updatedBy: null,
  });

  it('saves an answer with its version and parses the stored answer', async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, body: { data: answer(1, 'implemented') } }]);
    const saved = await new ApiClient({ fetch }).saveGapAnswer(orgId, assessmentId, requirementId, {
      version: 0,
      status: 'implemented',
    });
    expect(saved).toMatchObject({ status: 'implemented', version: 1 });
    expect(calls[0]).toMatchObject({
      method: 'PUT',
      url: `/api/v1/organizations/${orgId}/gap-assessments/${assessmentId}/answers/${requirementId}`,
      body: { version: 0, status: 'implemented' },
    });
  });

  it('surfaces a stale version as a conflict carrying the current answer', async () => {
    const current = answer(2, 'partially_implemented');
    const { fetch } = fakeFetch([
      {
        status: 409,
        body: { error: { code: 'conflict', message: 'A.5.7 was changed by someone else', details: { current } } },
      },
    ]);
    const error: unknown = await new ApiClient({ fetch })
      .saveGapAnswer(orgId, assessmentId, requirementId, { version: 1, status: 'implemented' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'conflict', status: 409, details: { current: { version: 2 } } });
    expect(conflictingGapAnswer(error)).toMatchObject({ status: 'partially_implemented', version: 2 });
    expect(conflictingGapAnswer(new ApiError('conflict', 'locked', 409, { status: 'completed' }))).toBeUndefined();
  });

  it('sends a transition to the assessment address and surfaces a refusal', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 409, body: { error: { code: 'invalid_transition', message: 'no' } } },
    ]);
    await expect(
      new ApiClient({ fetch }).transitionGapAssessment(orgId, assessmentId, 'completed'),
    ).rejects.toMatchObject({ code: 'invalid_transition', status: 409 });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/gap-assessments/${assessmentId}/transitions`,
      body: { to: 'completed' },
    });
  });
});
