import { iso27001FrameworkInfo } from '@certa/core';
import { listFrameworksVisibleTo, listRequirementKeys } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFrameworkFile } from '../services/framework-import.service.ts';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface Comparison {
  framework: { slug: string };
  before: { id: string; reference: string };
  after: { id: string };
  counts: Record<string, number>;
  requirements: { refId: string; group: string | null; change: string; before: { status: string } }[];
  deltas: {
    overall: { conformity: number | null };
    byClause: Record<string, { conformity: number | null }>;
    byTheme: Record<string, { conformity: number | null; coverage: number | null }>;
  };
  groupTitles: Record<string, string>;
}

let testApp: TestApp;
let owner: SignedInUser;
let viewer: SignedInUser;
let stranger: SignedInUser;
let isoId: string;
const isoRequirement = new Map<string, string>();

beforeAll(async () => {
  testApp = await createTestApp();
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  viewer = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
  stranger = await buildSignedInUser(testApp, { role: 'owner' });
  const frameworks = await listFrameworksVisibleTo(testApp.database.db, owner.organizationId);
  isoId = frameworks.find((framework) => framework.slug === iso27001FrameworkInfo.slug)?.id ?? '';
  for (const row of await listRequirementKeys(testApp.database.db, isoId)) isoRequirement.set(row.refId, row.id);
});

afterAll(async () => {
  await testApp.close();
});

const base = (user: SignedInUser) => `/api/v1/organizations/${user.organizationId}/gap-assessments`;
const compareUrl = (user: SignedInUser, before: string, after: string) =>
  `${base(user)}/comparison?before=${before}&after=${after}`;

async function assess(
  user: SignedInUser,
  answers: Record<string, Record<string, unknown>>,
  frameworkId = isoId,
): Promise<string> {
  const created = await user.request('POST', base(user), {
    frameworkId,
    title: 'Readiness',
    scope: 'The whole company',
    assessmentDate: '2026-01-10',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ data: { id: string } }>().data.id;
  for (const [refId, body] of Object.entries(answers)) {
    const saved = await user.request('PUT', `${base(user)}/${id}/answers/${isoRequirement.get(refId) ?? refId}`, {
      version: 0,
      ...body,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  return id;
}

describe('GET …/gap-assessments/comparison', () => {
  let before = '';
  let after = '';

  beforeAll(async () => {
    before = await assess(owner, {
      '4.1': { status: 'not_implemented' },
      '4.2': { status: 'implemented' },
      'A.5.1': { status: 'partially_implemented', maturity: 2 },
      'A.5.3': { status: 'partially_implemented', maturity: 1 },
    });
    after = await assess(owner, {
      '4.1': { status: 'implemented' },
      '4.2': { status: 'partially_implemented' },
      'A.5.1': { status: 'partially_implemented', maturity: 2 },
      'A.5.2': { status: 'implemented' },
      'A.5.3': { status: 'partially_implemented', maturity: 3 },
    });
  });

  it('says per requirement what improved, regressed or stayed, and the score deltas per clause and theme', async () => {
    const response = await viewer.request('GET', compareUrl(viewer, before, after));
    expect(response.statusCode, response.body).toBe(200);
    const data = response.json<{ data: Comparison }>().data;
    expect(data.framework.slug).toBe(iso27001FrameworkInfo.slug);
    expect(data.before.id).toBe(before);
    expect(data.after.id).toBe(after);
    const change = (refId: string) => data.requirements.find((requirement) => requirement.refId === refId);
    expect(change('4.1')).toMatchObject({ change: 'improved', group: '4', before: { status: 'not_implemented' } });
    expect(change('4.2')).toMatchObject({ change: 'regressed', group: '4' });
    expect(change('A.5.1')).toMatchObject({ change: 'unchanged', group: 'A.5' });
    expect(change('A.5.2')).toMatchObject({ change: 'not_comparable' });
    // Same status, higher maturity: better.
    expect(change('A.5.3')).toMatchObject({ change: 'improved' });
    expect(data.counts).toMatchObject({ improved: 2, regressed: 1, not_comparable: 1 });
    expect(data.counts.unchanged).toBe(data.requirements.length - 4);
    // Clause 4: (0 + 1) ÷ 2 = 50 % before, (1 + 0.5) ÷ 2 = 75 % after.
    expect(data.deltas.byClause['4']).toMatchObject({ conformity: 25 });
    expect(data.deltas.byClause['5']).toMatchObject({ conformity: null });
    expect(data.deltas.byTheme['A.5']?.conformity).toBeCloseTo(100 * (2 / 3 / 1) - 50, 1);
    expect(data.groupTitles['A.5']).toBe('Organizational controls');
  });

  it('refuses two assessments of different frameworks with one clear 400', async () => {
    const csv = [
      '# name: Acme supplier rules',
      '# version: 1',
      'ref_id,parent_ref_id,title,kind,assessable',
      'SUP,,Suppliers,heading,no',
      'SUP-1,SUP,Supplier vetting,control,yes',
    ].join('\n');
    const audit = {
      actorUserId: owner.userId,
      actorLabel: owner.email,
      requestId: null,
      ip: null,
      occurredAt: new Date(),
    };
    const imported = await importFrameworkFile(
      testApp.database,
      { organizationId: owner.organizationId, audit },
      new TextEncoder().encode(csv),
      { fileName: 'suppliers.csv', dryRun: false },
    );
    const other = await assess(owner, {}, imported.frameworks[0]?.frameworkId ?? '');
    const response = await owner.request('GET', compareUrl(owner, before, other));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(
      /only assessments of the same framework can be compared/,
    );
  });

  it.each([
    ['a missing after', (b: string) => `?before=${b}`],
    ['an id that is not a uuid', (b: string) => `?before=${b}&after=latest`],
    ['the same assessment twice', (b: string) => `?before=${b}&after=${b}`],
  ])('refuses %s with 400', async (_name, query) => {
    const response = await owner.request('GET', `${base(owner)}/comparison${query(before)}`);
    expect(response.statusCode).toBe(400);
  });

  it("answers 404 for another organisation's assessment and to its members", async () => {
    const foreign = await assess(stranger, {});
    expect((await owner.request('GET', compareUrl(owner, before, foreign))).statusCode).toBe(404);
    expect((await stranger.request('GET', compareUrl(stranger, before, foreign))).statusCode).toBe(404);
    expect((await stranger.request('GET', compareUrl(owner, before, after))).statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: compareUrl(owner, before, after) });
    expect(response.statusCode).toBe(401);
  });

  it('is described in the OpenAPI document with its query', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json<{ paths: Record<string, { get?: { parameters?: { name: string }[] } }> }>().paths;
    const comparison = paths['/api/v1/organizations/{orgId}/gap-assessments/comparison']?.get;
    expect(comparison?.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['before', 'after']),
    );
    expect(paths['/api/v1/organizations/{orgId}/dashboard']?.get).toBeDefined();
  });

  it('leaves the assessment detail route alone', async () => {
    expect((await owner.request('GET', `${base(owner)}/${after}`)).statusCode).toBe(200);
  });
});
