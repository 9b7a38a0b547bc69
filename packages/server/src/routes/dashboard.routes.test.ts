import { iso27001FrameworkInfo, type Dashboard } from '@certa/core';
import { listFrameworksVisibleTo, listRequirementKeys } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// The test app's clock reads 2026-01-15.
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

const dashboardUrl = (user: SignedInUser) => `/api/v1/organizations/${user.organizationId}/dashboard`;
const base = (user: SignedInUser) => `/api/v1/organizations/${user.organizationId}/gap-assessments`;

async function dashboard(user: SignedInUser): Promise<Dashboard> {
  const response = await user.request('GET', dashboardUrl(user));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Dashboard }>().data;
}

async function assess(user: SignedInUser, assessmentDate: string, answers: Record<string, string>): Promise<string> {
  const created = await user.request('POST', base(user), {
    frameworkId: isoId,
    title: `Assessment of ${assessmentDate}`,
    scope: 'The whole company',
    assessmentDate,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ data: { id: string } }>().data.id;
  for (const [refId, status] of Object.entries(answers)) {
    const saved = await user.request('PUT', `${base(user)}/${id}/answers/${isoRequirement.get(refId) ?? ''}`, {
      version: 0,
      status,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  return id;
}

/** An evidence item recorded through the API, as a user would (every change is audited). */
async function addEvidence(user: SignedInUser, status: 'draft' | 'approved' | 'expired', reviewBy: string | null) {
  const created = await user.request('POST', `/api/v1/organizations/${user.organizationId}/evidence`, {
    title: `Evidence ${status}`,
    kind: 'document',
    status,
    reviewBy,
  });
  expect(created.statusCode, created.body).toBe(201);
}

async function setMaxAge(user: SignedInUser, months: number) {
  const saved = await user.request('PATCH', `/api/v1/organizations/${user.organizationId}/assessment-settings`, {
    assessmentMaxAgeMonths: months,
  });
  expect(saved.statusCode, saved.body).toBe(200);
}

describe('GET /api/v1/organizations/:orgId/dashboard', () => {
  it('starts empty: no assessment, no evidence, no roadmap', async () => {
    const data = await dashboard(viewer);
    expect(data).toMatchObject({
      today: '2026-01-15',
      assessmentMaxAgeMonths: 12,
      latestAssessments: [],
      assessments: { total: 0, byStatus: { planned: 0, in_progress: 0, in_review: 0, completed: 0 } },
      evidence: { total: 0, stale: 0 },
      roadmap: null,
    });
  });

  it('shows the latest assessment of the framework with its scores, and flags an old one as due for renewal', async () => {
    const old = await assess(owner, '2024-12-01', { '4.1': 'implemented' });
    let data = await dashboard(viewer);
    expect(data.latestAssessments).toHaveLength(1);
    expect(data.latestAssessments[0]).toMatchObject({
      id: old,
      age: { stale: true, ageMonths: 13, dueOn: '2025-12-01', ageDays: 410 },
      scores: { overall: { conformity: 100 } },
    });

    const recent = await assess(owner, '2026-01-05', {
      '4.1': 'implemented',
      '4.2': 'not_implemented',
      '5.1': 'partially_implemented',
      'A.5.1': 'implemented',
    });
    data = await dashboard(viewer);
    expect(data.latestAssessments).toHaveLength(1);
    const [latest] = data.latestAssessments;
    expect(latest).toMatchObject({
      id: recent,
      status: 'planned',
      framework: { slug: iso27001FrameworkInfo.slug },
      counts: { requirements: 123, answered: 4 },
      age: { stale: false, ageMonths: 0, ageDays: 10, dueOn: '2027-01-05' },
    });
    expect(latest?.scores.overall.conformity).toBe(62.5);
    expect(latest?.scores.byClause['4']).toMatchObject({ conformity: 50, counts: { assessed: 2 } });
    expect(latest?.scores.byClause['5']).toMatchObject({ conformity: 50 });
    expect(latest?.scores.byTheme['A.5']).toMatchObject({ conformity: 100 });
    expect(latest?.scores.managementSystem?.conformity).toBe(50);
    expect(latest?.scores.annexA?.coverage).toBeCloseTo(100 / 93, 1);
    expect(latest?.groupTitles['4']).toBe('Context of the organization');
    expect(data.assessments).toMatchObject({ total: 2, byStatus: { planned: 2 } });
  });

  it("uses the organisation's maximum age", async () => {
    expect((await dashboard(owner)).assessmentMaxAgeMonths).toBe(12);
    await setMaxAge(owner, 24);
    const other = await buildSignedInUser(testApp, { role: 'owner' });
    await setMaxAge(other, 1);
    await assess(other, '2025-12-01', {});
    const data = await dashboard(other);
    expect(data.assessmentMaxAgeMonths).toBe(1);
    expect(data.latestAssessments[0]?.age).toMatchObject({ stale: true, dueOn: '2026-01-01' });
    expect((await dashboard(owner)).assessmentMaxAgeMonths).toBe(24);
  });

  it('counts evidence by status and the items past their review-by date', async () => {
    await addEvidence(owner, 'draft', '2026-01-14');
    await addEvidence(owner, 'approved', '2026-01-15');
    await addEvidence(owner, 'approved', null);
    // An expired item is past its use, not awaiting review: it is never counted as stale (as in the evidence list).
    await addEvidence(owner, 'expired', '2025-06-30');
    await addEvidence(owner, 'approved', '2025-06-30');
    await addEvidence(stranger, 'draft', '2025-01-01');
    const data = await dashboard(owner);
    expect(data.evidence).toEqual({ total: 5, byStatus: { draft: 1, approved: 3, expired: 1 }, stale: 2 });
  });

  it('is rendered again after any change, and answers 304 to a client that has the current one', async () => {
    const team = await buildSignedInUser(testApp, { role: 'owner' });
    const id = await assess(team, '2026-01-12', { '4.1': 'implemented' });
    const first = await team.request('GET', dashboardUrl(team));
    const etag = String(first.headers.etag);
    expect(first.json<{ data: Dashboard }>().data.latestAssessments[0]?.scores.overall.conformity).toBe(100);
    const unchanged = await team.request('GET', dashboardUrl(team), undefined, { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    const saved = await team.request('PUT', `${base(team)}/${id}/answers/${isoRequirement.get('4.2') ?? ''}`, {
      version: 0,
      status: 'not_implemented',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await team.request('GET', dashboardUrl(team), undefined, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.json<{ data: Dashboard }>().data.latestAssessments[0]?.scores.overall.conformity).toBe(50);
  });

  it('shows progress of the tracked roadmap once one is generated', async () => {
    const fresh = await buildSignedInUser(testApp, { role: 'owner' });
    expect((await dashboard(fresh)).roadmap).toBeNull();
    const id = await assess(fresh, '2026-01-10', { '4.1': 'not_implemented', 'A.5.1': 'partially_implemented' });
    const target = await fresh.request('PATCH', `${base(fresh)}/${id}`, { targetCertificationDate: '2026-12-01' });
    expect(target.statusCode, target.body).toBe(200);
    const generated = await fresh.request('POST', `${base(fresh)}/${id}/roadmap`, {});
    expect(generated.statusCode, generated.body).toBe(201);
    const roadmap = (await dashboard(fresh)).roadmap;
    expect(roadmap).toMatchObject({ assessmentId: id, done: 0, percentDone: 0 });
    expect(roadmap?.total).toBeGreaterThan(0);
    expect(roadmap?.nextMilestone?.title).toBeTruthy();
  });

  it('shows nothing of another organisation and answers 404 to its members', async () => {
    expect((await dashboard(stranger)).latestAssessments).toEqual([]);
    const response = await stranger.request('GET', dashboardUrl(owner));
    expect(response.statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: dashboardUrl(owner) });
    expect(response.statusCode).toBe(401);
  });
});
