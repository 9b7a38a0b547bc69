import { iso27001FrameworkInfo, type RoadmapTaskStatus } from '@certa/core';
import { listAuditEvents, listFrameworksVisibleTo, listRequirementKeys, listRoadmapTasks } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface Task {
  id: string;
  reference: string;
  kind: string;
  milestone: string | null;
  phase: string;
  title: string;
  rationale: string;
  refIds: string[];
  owner: string | null;
  effort: string | null;
  plannedStart: string | null;
  plannedDue: string | null;
  status: RoadmapTaskStatus;
  nextStatuses: RoadmapTaskStatus[];
  overdue: boolean;
  notes: string | null;
  completedAt: string | null;
  version: number;
}
interface Progress {
  today: string;
  total: number;
  done: number;
  overdue: number;
  percentDone: number | null;
  plannedPercent: number | null;
  verdict: string;
  nextMilestone: { reference: string; due: string | null } | null;
}
interface View {
  assessment: { id: string; reference: string };
  tasks: Task[];
  schedule: { targetCertificationDate: string; fits: boolean } | null;
  progress: Progress | null;
  generatedAt: string | null;
}
interface ReportItem {
  id: string;
  milestone: string | null;
  phase: string;
  title: string;
  refIds: string[];
  effort: string | null;
  owner: string | null;
  start: string | null;
  due: string | null;
  rationale: string;
}

let testApp: TestApp;
let owner: SignedInUser;
let manager: SignedInUser;
let contributor: SignedInUser;
let viewer: SignedInUser;
let stranger: SignedInUser;
let isoId: string;
const isoRequirement = new Map<string, string>();
let now = new Date('2026-01-15T09:00:00Z');

beforeAll(async () => {
  testApp = await createTestApp({ clock: () => now });
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  manager = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
  contributor = await buildSignedInUser(testApp, { role: 'contributor', organizationId: owner.organizationId });
  viewer = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
  stranger = await buildSignedInUser(testApp, { role: 'owner' });
  const frameworks = await listFrameworksVisibleTo(testApp.database.db, owner.organizationId);
  isoId = frameworks.find((framework) => framework.slug === iso27001FrameworkInfo.slug)?.id ?? '';
  for (const row of await listRequirementKeys(testApp.database.db, isoId)) isoRequirement.set(row.refId, row.id);
});

afterAll(async () => {
  await testApp.close();
});

const orgUrl = (user: SignedInUser, rest: string) => `/api/v1/organizations/${user.organizationId}${rest}`;
const roadmapUrl = (user: SignedInUser, id: string) => orgUrl(user, `/gap-assessments/${id}/roadmap`);
const taskUrl = (user: SignedInUser, id: string) => orgUrl(user, `/roadmap-tasks/${id}`);
const events = (action: string) => listAuditEvents(testApp.database.db, owner.organizationId, { action }, 100);

const answers: [string, Record<string, unknown>][] = [
  ['4.3', { status: 'partially_implemented', documentation: 'draft', owner: 'ciso@example.test' }],
  ['5.2', { status: 'not_implemented', effort: 'S' }],
  ['6.1.2', { status: 'not_implemented', effort: 'L', owner: 'ciso@example.test' }],
  ['6.1.3', { status: 'partially_implemented' }],
  ['A.5.15', { status: 'not_implemented', effort: 'M' }],
  ['A.8.8', { status: 'partially_implemented', maturity: 1, targetMaturity: 4, effort: 'S' }],
];

async function assessmentWithGaps(user: SignedInUser = owner, target: string | null = '2026-11-30'): Promise<string> {
  const created = await user.request('POST', orgUrl(user, '/gap-assessments'), {
    frameworkId: isoId,
    title: 'Readiness',
    scope: 'The platform',
    assessmentDate: '2026-01-15',
    targetCertificationDate: target,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ data: { id: string } }>().data.id;
  for (const [refId, body] of answers) {
    const saved = await user.request(
      'PUT',
      orgUrl(user, `/gap-assessments/${id}/answers/${isoRequirement.get(refId) ?? ''}`),
      { version: 0, ...body },
    );
    expect(saved.statusCode, saved.body).toBe(200);
  }
  return id;
}

async function generate(user: SignedInUser, id: string, body: Record<string, unknown> = {}) {
  const response = await user.request('POST', roadmapUrl(user, id), body);
  return {
    response,
    view: response.statusCode === 201 ? response.json<{ data: View & { carriedOver: number } }>().data : null,
  };
}

async function view(user: SignedInUser, id: string): Promise<View> {
  const response = await user.request('GET', roadmapUrl(user, id));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: View }>().data;
}

const patch = (user: SignedInUser, taskId: string, body: Record<string, unknown>) =>
  user.request('PATCH', taskUrl(user, taskId), body);

describe('generating the roadmap', () => {
  it("tracks exactly the gap report's roadmap as tasks to do, stores them and records the generation", async () => {
    const id = await assessmentWithGaps();
    expect((await view(owner, id)).tasks).toEqual([]);
    const report = (await owner.request('GET', orgUrl(owner, `/gap-assessments/${id}/report`))).json<{
      data: { roadmap: ReportItem[]; schedule: unknown };
    }>().data;
    const { response, view: generated } = await generate(manager, id);
    expect(response.statusCode, response.body).toBe(201);
    const tasks = generated?.tasks ?? [];
    expect(
      tasks.map((task) => ({
        id: task.reference,
        milestone: task.milestone,
        phase: task.phase,
        title: task.title,
        refIds: task.refIds,
        effort: task.effort,
        owner: task.owner,
        start: task.plannedStart,
        due: task.plannedDue,
        rationale: task.rationale,
      })),
    ).toEqual(
      report.roadmap.map(
        ({ id: reference, milestone, phase, title, refIds, effort, owner: who, start, due, rationale }) => ({
          id: reference,
          milestone,
          phase,
          title,
          refIds,
          effort,
          owner: who,
          start,
          due,
          rationale,
        }),
      ),
    );
    expect(tasks.every((task) => task.status === 'todo' && task.version === 1)).toBe(true);
    expect(generated?.schedule).toEqual(report.schedule);
    expect(generated?.progress).toMatchObject({ total: tasks.length, done: 0, percentDone: 0, verdict: 'on_track' });
    expect(generated?.progress?.nextMilestone?.reference).toBe('MS-1');

    const stored = await listRoadmapTasks(testApp.database.db, owner.organizationId, id);
    expect(stored.map((task) => task.reference)).toEqual(tasks.map((task) => task.reference));
    expect(stored.find((task) => task.refIds.includes('6.1.2'))).toMatchObject({ phase: 'risk', status: 'todo' });
    const event = (await events('roadmap.generated')).find((entry) => entry.entityId === id);
    expect(event).toMatchObject({ actorUserId: manager.userId, entityType: 'gap_assessment' });
    expect(event?.changes.tasks).toEqual({ after: tasks.length });
    expect(await view(viewer, id)).toMatchObject({
      tasks: expect.arrayContaining([expect.objectContaining({ id: tasks[0]?.id })]),
    });
  });

  it('refuses a second generation with 409, changing nothing', async () => {
    const id = await assessmentWithGaps();
    const { view: first } = await generate(owner, id);
    const before = (await events('roadmap.generated')).length;
    const { response } = await generate(owner, id);
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { code: string; message: string } }>().error.message).toMatch(/replace: true/);
    expect((await view(owner, id)).tasks.map((task) => task.id)).toEqual(first?.tasks.map((task) => task.id));
    expect(await events('roadmap.generated')).toHaveLength(before);
  });

  it('regenerates on replace, keeping the progress of packages whose requirements did not change', async () => {
    const id = await assessmentWithGaps();
    const { view: first } = await generate(owner, id);
    const risk = first?.tasks.find((task) => task.refIds.includes('6.1.2'));
    const controls = first?.tasks.find((task) => task.refIds.includes('A.5.15'));
    expect(
      (await patch(owner, risk?.id ?? '', { version: 1, status: 'done', notes: 'Method approved' })).statusCode,
    ).toBe(200);
    expect((await patch(owner, controls?.id ?? '', { version: 1, status: 'in_progress' })).statusCode).toBe(200);
    // A new gap in the same Annex A theme changes that package's requirements.
    await owner.request('PUT', orgUrl(owner, `/gap-assessments/${id}/answers/${isoRequirement.get('A.5.16') ?? ''}`), {
      version: 0,
      status: 'not_implemented',
    });
    const { response, view: second } = await generate(owner, id, { replace: true });
    expect(response.statusCode, response.body).toBe(201);
    const keptRisk = second?.tasks.find((task) => task.reference === risk?.reference);
    expect(keptRisk).toMatchObject({ id: risk?.id, status: 'done', notes: 'Method approved', version: 3 });
    expect(keptRisk?.completedAt).not.toBeNull();
    const redone = second?.tasks.find((task) => task.refIds.includes('A.5.15'));
    expect(redone?.refIds).toContain('A.5.16');
    expect(redone).toMatchObject({ status: 'todo', version: 1 });
    expect(second?.carriedOver).toBeGreaterThan(0);
    const [event] = (await events('roadmap.generated')).filter((entry) => entry.entityId === id);
    expect(event?.changes).toMatchObject({
      tasks: { before: first?.tasks.length, after: second?.tasks.length },
      carriedOver: { after: second?.carriedOver },
    });
  });

  it('lets only managers generate, and hides other organisations', async () => {
    const id = await assessmentWithGaps();
    expect((await generate(contributor, id)).response.statusCode).toBe(403);
    expect((await generate(viewer, id)).response.statusCode).toBe(403);
    expect((await stranger.request('POST', roadmapUrl(stranger, id), {})).statusCode).toBe(404);
    expect((await stranger.request('GET', roadmapUrl(stranger, id))).statusCode).toBe(404);
    expect((await stranger.request('GET', roadmapUrl(owner, id))).statusCode).toBe(404);
    expect((await owner.request('POST', roadmapUrl(owner, id), { replace: 'yes' })).statusCode).toBe(400);
  });
});

describe('tracking tasks', () => {
  it('records a change with before and after, stamps completion, and moves progress', async () => {
    const id = await assessmentWithGaps();
    const { view: generated } = await generate(owner, id);
    const first = generated?.tasks[0];
    const response = await patch(manager, first?.id ?? '', { version: 1, status: 'done', owner: 'it@example.test' });
    expect(response.statusCode, response.body).toBe(200);
    const done = response.json<{ data: Task }>().data;
    expect(done).toMatchObject({
      status: 'done',
      owner: 'it@example.test',
      version: 2,
      completedAt: now.toISOString(),
    });
    expect(done.nextStatuses).toEqual(['todo', 'in_progress']);
    const after = await view(owner, id);
    expect(after.progress?.done).toBe(1);
    expect(after.progress?.percentDone).toBeGreaterThan(0);
    const [event] = (await events('roadmap.task_updated')).filter((entry) => entry.entityId === first?.id);
    expect(event).toMatchObject({ actorUserId: manager.userId, entityType: 'roadmap_task' });
    expect(event?.changes).toEqual({
      reference: { after: first?.reference },
      status: { before: 'todo', after: 'done' },
      owner: { before: first?.owner ?? null, after: 'it@example.test' },
      version: { before: 1, after: 2 },
    });
  });

  it('refuses a stale version with 409 and the current task, changing nothing', async () => {
    const id = await assessmentWithGaps();
    const { view: generated } = await generate(owner, id);
    const task = generated?.tasks[1];
    expect((await patch(owner, task?.id ?? '', { version: 1, notes: 'Started' })).statusCode).toBe(200);
    const before = (await events('roadmap.task_updated')).length;
    const stale = await patch(manager, task?.id ?? '', { version: 1, status: 'blocked' });
    expect(stale.statusCode).toBe(409);
    const { error } = stale.json<{ error: { code: string; details: { current: Task } } }>();
    expect(error.code).toBe('conflict');
    expect(error.details.current).toMatchObject({ id: task?.id, notes: 'Started', status: 'todo', version: 2 });
    expect(await events('roadmap.task_updated')).toHaveLength(before);
  });

  it('refuses transitions and dates the rules do not allow, each with one clear error', async () => {
    const id = await assessmentWithGaps();
    const { view: generated } = await generate(owner, id);
    const task = generated?.tasks[0];
    const taskId = task?.id ?? '';
    const cancel = await patch(owner, taskId, { version: 1, status: 'cancelled' });
    expect(cancel.statusCode).toBe(400);
    expect(cancel.json<{ error: { message: string } }>().error.message).toMatch(/why the work package is cancelled/);
    const reversed = await patch(owner, taskId, { version: 1, plannedStart: '2027-01-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json<{ error: { message: string } }>().error.message).toMatch(/before the planned start/);
    expect(
      (await patch(owner, taskId, { version: 1, plannedStart: '2026-05-02', plannedDue: '2026-05-01' })).statusCode,
    ).toBe(400);
    expect((await patch(owner, taskId, { version: 1, status: 'done' })).statusCode).toBe(200);
    const refused = await patch(owner, taskId, { version: 2, status: 'cancelled', notes: 'Dropped' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('invalid_transition');
    const reopened = await patch(owner, taskId, { version: 2, status: 'in_progress' });
    expect(reopened.json<{ data: Task }>().data).toMatchObject({ status: 'in_progress', completedAt: null });
    const cancelled = await patch(owner, taskId, { version: 3, status: 'cancelled', notes: 'Out of scope' });
    expect(cancelled.statusCode).toBe(200);
    const stored = (await listRoadmapTasks(testApp.database.db, owner.organizationId, id)).find((t) => t.id === taskId);
    expect(stored).toMatchObject({ status: 'cancelled', notes: 'Out of scope', version: 4 });
  });

  it('lets a contributor update only the tasks they own, without handing them to someone else', async () => {
    const id = await assessmentWithGaps();
    const { view: generated } = await generate(owner, id);
    const [mine, theirs] = generated?.tasks ?? [];
    expect(
      (await patch(owner, mine?.id ?? '', { version: 1, owner: contributor.email.toUpperCase() })).statusCode,
    ).toBe(200);
    expect((await patch(contributor, mine?.id ?? '', { version: 2, status: 'in_progress' })).statusCode).toBe(200);
    expect((await patch(contributor, mine?.id ?? '', { version: 3, owner: 'someone@else.test' })).statusCode).toBe(403);
    expect((await patch(contributor, theirs?.id ?? '', { version: 1, status: 'in_progress' })).statusCode).toBe(403);
    expect((await patch(viewer, mine?.id ?? '', { version: 3, status: 'done' })).statusCode).toBe(403);
  });

  it("answers 404 for another organisation's task, as for a missing one", async () => {
    const id = await assessmentWithGaps();
    const { view: generated } = await generate(owner, id);
    const taskId = generated?.tasks[0]?.id ?? '';
    const foreign = await patch(stranger, taskId, { version: 1, status: 'done' });
    const missing = await patch(stranger, '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f', { version: 1, status: 'done' });
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(foreign.json<{ error: { code: string } }>().error.code).toBe(
      missing.json<{ error: { code: string } }>().error.code,
    );
    expect((await stranger.request('PATCH', taskUrl(owner, taskId), { version: 1 })).statusCode).toBe(404);
  });
});

describe("the organisation's roadmap progress", () => {
  // Sessions end when idle, so each moment of this story signs a member in afresh.
  const signInAt = async (moment: string) => {
    now = new Date(moment);
    return buildSignedInUser(testApp, { role: 'owner', organizationId: stranger.organizationId });
  };

  it('is null before any roadmap, then follows the roadmap generated last', async () => {
    const empty = await stranger.request('GET', orgUrl(stranger, '/roadmap/progress'));
    expect(empty.statusCode).toBe(200);
    expect(empty.json<{ data: unknown }>().data).toBeNull();

    const early = await signInAt('2026-02-01T09:00:00Z');
    const older = await assessmentWithGaps(early);
    await generate(early, older);
    const later = await signInAt('2026-02-02T09:00:00Z');
    const newer = await assessmentWithGaps(later, '2026-12-15');
    const { view: generated } = await generate(later, newer);
    const first = generated?.tasks[0];
    await patch(later, first?.id ?? '', { version: 1, status: 'done' });

    const reader = await signInAt('2026-11-01T09:00:00Z');
    const response = await reader.request('GET', orgUrl(reader, '/roadmap/progress'));
    expect(response.statusCode, response.body).toBe(200);
    const { data } = response.json<{
      data: { assessment: { id: string }; progress: Progress; generatedAt: string };
    }>();
    expect(data.assessment.id).toBe(newer);
    expect(data.generatedAt).toBe('2026-02-02T09:00:00.000Z');
    expect(data.progress).toMatchObject({ done: 1, today: '2026-11-01' });
    expect(data.progress.plannedPercent).toBeGreaterThan(0);
    expect(data.progress.overdue).toBeGreaterThan(0);
    now = new Date('2026-01-15T09:00:00Z');
  });
});
