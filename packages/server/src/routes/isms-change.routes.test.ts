import { iso27001FrameworkInfo } from '@certa/core';
import { listAuditEvents, listFrameworksVisibleTo, listIsmsChanges, listRequirementKeys } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface Change {
  id: string;
  reference: string;
  title: string;
  category: string;
  refIds: string[];
  reassessment: { id: string; reference: string } | null;
}
interface Proposal {
  baseline: { id: string; reference: string } | null;
  changes: Change[];
  requirements: { refId: string; title: string; reasons: { changeId: string; reference: string; why: string }[] }[];
}
interface Summary {
  id: string;
  reference: string;
  status: string;
  startedFrom: { id: string; reference: string } | null;
  focusRefIds: string[] | null;
  pendingConfirmations: number;
  stale: { stale: boolean; ageMonths: number; dueOn: string } | null;
}

let testApp: TestApp;
let owner: SignedInUser;
let manager: SignedInUser;
let contributor: SignedInUser;
let viewer: SignedInUser;
let stranger: SignedInUser;
let isoId: string;
const iso = new Map<string, string>();

beforeAll(async () => {
  testApp = await createTestApp();
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  manager = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
  contributor = await buildSignedInUser(testApp, { role: 'contributor', organizationId: owner.organizationId });
  viewer = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
  stranger = await buildSignedInUser(testApp, { role: 'owner' });
  const frameworks = await listFrameworksVisibleTo(testApp.database.db, owner.organizationId);
  isoId = frameworks.find((framework) => framework.slug === iso27001FrameworkInfo.slug)?.id ?? '';
  for (const row of await listRequirementKeys(testApp.database.db, isoId)) iso.set(row.refId, row.id);
});

afterAll(async () => {
  await testApp.close();
});

const changes = (user: SignedInUser, rest = '') => `/api/v1/organizations/${user.organizationId}/isms-changes${rest}`;
const assessments = (user: SignedInUser, rest = '') =>
  `/api/v1/organizations/${user.organizationId}/gap-assessments${rest}`;
const events = (user: SignedInUser, action: string) =>
  listAuditEvents(testApp.database.db, user.organizationId, { action }, 100);

async function record(user: SignedInUser, body: Record<string, unknown> = {}): Promise<Change> {
  const response = await user.request('POST', changes(user), {
    title: 'New payroll supplier',
    category: 'new_supplier',
    occurredOn: '2026-01-05',
    scopeAffected: 'HR and payroll',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: Change }>().data;
}

async function completedAssessment(user: SignedInUser, assessmentDate: string): Promise<Summary> {
  const created = await user.request('POST', assessments(user), {
    frameworkId: isoId,
    title: 'Baseline',
    scope: 'Everything',
    assessmentDate,
  });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json<{ data: Summary }>().data;
  for (const [refId, status] of [
    ['A.5.19', 'implemented'],
    ['A.5.1', 'implemented'],
    ['6.1.2', 'partially_implemented'],
  ] as const) {
    const response = await user.request('PUT', assessments(user, `/${id}/answers/${iso.get(refId) ?? ''}`), {
      version: 0,
      status,
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  let summary: Summary | undefined;
  for (const to of ['in_progress', 'in_review', 'completed']) {
    const moved = await user.request('POST', assessments(user, `/${id}/transitions`), { to });
    expect(moved.statusCode, moved.body).toBe(200);
    summary = moved.json<{ data: Summary }>().data;
  }
  return summary as Summary;
}

describe('the change log', () => {
  it('records changes with the next reference, stores them and writes the audit trail', async () => {
    const first = await record(manager);
    const second = await record(owner, { title: 'Office move', category: 'relocation', refIds: ['A.7.1', 'A.7.1'] });
    expect(first.reference).toBe('CH-001');
    expect(second).toMatchObject({ reference: 'CH-002', refIds: ['A.7.1'], reassessment: null });
    const stored = await listIsmsChanges(testApp.database.db, owner.organizationId, [first.id]);
    expect(stored[0]).toMatchObject({ title: 'New payroll supplier', scopeAffected: 'HR and payroll' });
    const event = (await events(owner, 'isms_change.recorded')).find((entry) => entry.entityId === first.id);
    expect(event).toMatchObject({ actorUserId: manager.userId });
    expect(event?.changes.reference).toEqual({ after: 'CH-001' });
    const list = await viewer.request('GET', changes(viewer));
    expect(list.statusCode).toBe(200);
    expect(list.json<{ data: Change[] }>().data.map((entry) => entry.reference)).toEqual(['CH-002', 'CH-001']);
  });

  it.each([
    ['an unknown category', { category: 'merger' }],
    ['a missing date', { occurredOn: undefined }],
    ['an unknown field', { colour: 'red' }],
  ])('refuses %s with 400 and stores nothing', async (_name, body) => {
    const before = (await listIsmsChanges(testApp.database.db, owner.organizationId)).length;
    const response = await manager.request('POST', changes(manager), {
      title: 'T',
      category: 'other',
      occurredOn: '2026-01-01',
      ...body,
    });
    expect(response.statusCode).toBe(400);
    expect((await listIsmsChanges(testApp.database.db, owner.organizationId)).length).toBe(before);
  });

  it('lets only managers record and edit changes; other organisations see nothing', async () => {
    const valid = { title: 'T', category: 'other', occurredOn: '2026-01-01' };
    expect((await contributor.request('POST', changes(contributor), valid)).statusCode).toBe(403);
    expect((await viewer.request('POST', changes(viewer), valid)).statusCode).toBe(403);
    const change = await record(manager, { title: 'Reorganised IT' });
    expect((await stranger.request('GET', changes(owner))).statusCode).toBe(404);
    expect((await stranger.request('PATCH', changes(owner, `/${change.id}`), { title: 'X' })).statusCode).toBe(404);
    const own = await record(stranger, { title: 'Theirs' });
    expect((await manager.request('PATCH', changes(manager, `/${own.id}`), { title: 'Mine now' })).statusCode).toBe(
      404,
    );
  });

  it('edits a change, records what changed, and records nothing for an edit that changes nothing', async () => {
    const change = await record(manager, { title: 'Cloud CRM', category: 'new_technology' });
    const response = await manager.request('PATCH', changes(manager, `/${change.id}`), {
      title: 'Cloud CRM rollout',
      refIds: ['A.8.26'],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ data: Change }>().data).toMatchObject({ title: 'Cloud CRM rollout', refIds: ['A.8.26'] });
    const same = await manager.request('PATCH', changes(manager, `/${change.id}`), { title: 'Cloud CRM rollout' });
    expect(same.statusCode).toBe(200);
    const updates = (await events(owner, 'isms_change.updated')).filter((entry) => entry.entityId === change.id);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.changes.title).toEqual({ before: 'Cloud CRM', after: 'Cloud CRM rollout' });
    expect((await manager.request('PATCH', changes(manager, `/${change.id}`), { category: 'x' })).statusCode).toBe(400);
  });
});

describe('re-assessment after change', () => {
  it('proposes requirements from the built-in catalogue with no baseline, and refuses to start without one', async () => {
    const fresh = await buildSignedInUser(testApp, { role: 'owner' });
    const change = await record(fresh);
    const response = await fresh.request('GET', changes(fresh, '/reassessment-proposal'));
    expect(response.statusCode, response.body).toBe(200);
    const proposal = response.json<{ data: Proposal }>().data;
    expect(proposal.baseline).toBeNull();
    expect(proposal.requirements.map((entry) => entry.refId)).toEqual(
      expect.arrayContaining(['6.1.2', '8.1', '8.2', 'A.5.19', 'A.5.23']),
    );
    const start = await fresh.request('POST', changes(fresh, '/reassessments'), {
      changeIds: [change.id],
      title: 'After the supplier change',
      assessmentDate: '2026-01-15',
    });
    expect(start.statusCode).toBe(409);
  });

  it('starts a focused re-assessment: all carried over, the proposed requirements pending, the change linked', async () => {
    const team = await buildSignedInUser(testApp, { role: 'owner' });
    const baseline = await completedAssessment(team, '2025-12-01');
    const before = await record(team, { title: 'Old change', category: 'incident', occurredOn: '2025-06-01' });
    const supplier = await record(team, { occurredOn: '2025-12-20' });

    const proposal = (await team.request('GET', changes(team, '/reassessment-proposal'))).json<{ data: Proposal }>()
      .data;
    expect(proposal.baseline).toMatchObject({ id: baseline.id, reference: baseline.reference });
    expect(proposal.changes.map((change) => change.id)).toEqual([supplier.id]);
    const a519 = proposal.requirements.find((entry) => entry.refId === 'A.5.19');
    expect(a519?.reasons).toEqual([expect.objectContaining({ changeId: supplier.id, reference: supplier.reference })]);
    expect(proposal.requirements.some((entry) => entry.refId === 'A.5.24')).toBe(false);

    const bad = await team.request('POST', changes(team, '/reassessments'), {
      changeIds: [],
      title: 'T',
      assessmentDate: '2026-01-15',
    });
    expect(bad.statusCode).toBe(400);
    const response = await team.request('POST', changes(team, '/reassessments'), {
      changeIds: [supplier.id],
      title: 'After the payroll supplier',
      assessmentDate: '2026-01-15',
    });
    expect(response.statusCode, response.body).toBe(201);
    const focused = response.json<{ data: Summary }>().data;
    expect(focused.startedFrom).toEqual({ id: baseline.id, reference: baseline.reference });
    expect(focused.focusRefIds).toEqual(expect.arrayContaining(['6.1.2', 'A.5.19', 'A.5.23']));
    expect(focused.pendingConfirmations).toBe(2);

    const view = (await team.request('GET', assessments(team, `/${focused.id}`))).json<{
      data: { answers: { refId: string; status: string; origin: { pending: boolean } | null }[] };
    }>().data;
    const of = (refId: string) => view.answers.find((entry) => entry.refId === refId);
    expect(of('A.5.19')).toMatchObject({ status: 'implemented', origin: { pending: true } });
    expect(of('6.1.2')).toMatchObject({ status: 'partially_implemented', origin: { pending: true } });
    expect(of('A.5.1')).toMatchObject({ status: 'implemented', origin: { pending: false } });

    const linked = (await team.request('GET', changes(team))).json<{ data: Change[] }>().data;
    expect(linked.find((change) => change.id === supplier.id)?.reassessment).toMatchObject({ id: focused.id });
    expect(linked.find((change) => change.id === before.id)?.reassessment).toBeNull();
    const started = await events(team, 'isms_change.reassessment_started');
    expect(started.map((event) => event.entityId)).toEqual([supplier.id]);

    const again = await team.request('POST', changes(team, '/reassessments'), {
      changeIds: [supplier.id],
      title: 'Twice',
      assessmentDate: '2026-01-15',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toContain('already being re-assessed');
    const foreign = await team.request('POST', changes(team, '/reassessments'), {
      changeIds: [(await record(stranger)).id],
      title: 'Theirs',
      assessmentDate: '2026-01-15',
    });
    expect(foreign.statusCode).toBe(400);
  });
});

describe('renewal age of assessments', () => {
  it('flags completed assessments older than the organisation allows, and lets only the owner change the age', async () => {
    const team = await buildSignedInUser(testApp, { role: 'owner' });
    const deputy = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: team.organizationId });
    const settings = `/api/v1/organizations/${team.organizationId}/assessment-settings`;
    expect((await deputy.request('GET', settings)).json<{ data: unknown }>().data).toEqual({
      assessmentMaxAgeMonths: 12,
    });
    const old = await completedAssessment(team, '2024-12-01');
    const list = async () =>
      (await team.request('GET', assessments(team)))
        .json<{ data: Summary[] }>()
        .data.find((entry) => entry.id === old.id);
    expect((await list())?.stale).toEqual({ stale: true, ageMonths: 13, dueOn: '2025-12-01' });

    expect((await deputy.request('PATCH', settings, { assessmentMaxAgeMonths: 24 })).statusCode).toBe(403);
    expect((await team.request('PATCH', settings, { assessmentMaxAgeMonths: 0 })).statusCode).toBe(400);
    const changed = await team.request('PATCH', settings, { assessmentMaxAgeMonths: 24 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await list())?.stale).toEqual({ stale: false, ageMonths: 13, dueOn: '2026-12-01' });
    const event = await events(team, 'organization.settings_updated');
    expect(event[0]?.changes).toEqual({ assessmentMaxAgeMonths: { before: 12, after: 24 } });

    const open = await team.request('POST', assessments(team), {
      frameworkId: isoId,
      title: 'Ongoing',
      scope: 'S',
      assessmentDate: '2020-01-01',
    });
    expect(open.json<{ data: Summary }>().data.stale).toBeNull();
  });
});
