import {
  iso27001AssessmentNodes,
  iso27001FrameworkInfo,
  scoreAssessment,
  type AnswersByRef,
  type GapAssessmentStatus,
} from '@certa/core';
import { findGapAssessment, listAuditEvents, listFrameworksVisibleTo, listRequirementKeys } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFrameworkFile } from '../services/framework-import.service.ts';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface Answer {
  requirementId: string;
  refId: string;
  status: string;
  version: number;
  owner: string | null;
  priority: { computed: string | null; effective: string | null; overridden: boolean };
}
interface Summary {
  id: string;
  reference: string;
  status: GapAssessmentStatus;
  nextStatuses: GapAssessmentStatus[];
  completedAt: string | null;
  counts: { requirements: number; answered: number };
  overall: { conformity: number | null; coverage: number | null };
}
type Detail = Summary & {
  scores: Record<string, unknown> & { overall: { conformity: number | null; coverage: number | null } };
  requirements: { id: string; refId: string; assessable: boolean }[];
  answers: Answer[];
};

let testApp: TestApp;
let owner: SignedInUser;
let manager: SignedInUser;
let contributor: SignedInUser;
let stranger: SignedInUser;
let isoId: string;
const isoRequirement = new Map<string, string>();

beforeAll(async () => {
  testApp = await createTestApp();
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  manager = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
  contributor = await buildSignedInUser(testApp, { role: 'contributor', organizationId: owner.organizationId });
  stranger = await buildSignedInUser(testApp, { role: 'owner' });
  const frameworks = await listFrameworksVisibleTo(testApp.database.db, owner.organizationId);
  isoId = frameworks.find((framework) => framework.slug === iso27001FrameworkInfo.slug)?.id ?? '';
  for (const row of await listRequirementKeys(testApp.database.db, isoId)) isoRequirement.set(row.refId, row.id);
});

afterAll(async () => {
  await testApp.close();
});

const url = (user: SignedInUser, rest = '') => `/api/v1/organizations/${user.organizationId}/gap-assessments${rest}`;

async function create(user: SignedInUser, body: Record<string, unknown> = {}): Promise<Summary> {
  const response = await user.request('POST', url(user), {
    frameworkId: isoId,
    title: 'Certification readiness',
    scope: 'The Northwind cloud platform and its support',
    assessmentDate: '2026-01-15',
    targetCertificationDate: '2026-11-30',
    assessors: ['Olivia Owner'],
    interviewees: ['Ivan IT'],
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: Summary }>().data;
}

const put = (user: SignedInUser, id: string, refId: string, body: Record<string, unknown>) =>
  user.request('PUT', url(user, `/${id}/answers/${isoRequirement.get(refId) ?? refId}`), body);

async function detail(user: SignedInUser, id: string): Promise<Detail> {
  const response = await user.request('GET', url(user, `/${id}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Detail }>().data;
}

const answerOf = (view: Detail, refId: string) => view.answers.find((answer) => answer.refId === refId);
const events = (action: string) => listAuditEvents(testApp.database.db, owner.organizationId, { action }, 100);

describe('creating gap assessments', () => {
  it('numbers them per organisation and year, stores them and records the creation', async () => {
    const first = await create(manager);
    const second = await create(owner, { title: 'Second look', targetCertificationDate: null });
    expect(first).toMatchObject({ status: 'planned', nextStatuses: ['in_progress'], counts: { answered: 0 } });
    expect(first.counts.requirements).toBe(123);
    expect(Number(second.reference.slice(-2))).toBe(Number(first.reference.slice(-2)) + 1);
    expect(first.reference).toMatch(/^GA-2026-\d{2}$/);
    const stored = await findGapAssessment(testApp.database.db, owner.organizationId, first.id);
    expect(stored).toMatchObject({ frameworkId: isoId, assessmentDate: '2026-01-15', assessors: ['Olivia Owner'] });
    const created = (await events('gap_assessment.created')).find((event) => event.entityId === first.id);
    expect(created).toMatchObject({ actorUserId: manager.userId });
    expect(created?.changes.reference).toEqual({ after: first.reference });
    const list = (await owner.request('GET', url(owner))).json<{ data: Summary[] }>().data;
    expect(list.map((entry) => entry.id)).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it.each([
    ['a missing scope', { scope: undefined }],
    ['a target date before the assessment date', { targetCertificationDate: '2025-12-01' }],
    ['an unknown framework', { frameworkId: '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f' }],
  ])('refuses %s with 400', async (_name, body) => {
    const response = await owner.request('POST', url(owner), {
      frameworkId: isoId,
      title: 'T',
      scope: 'S',
      assessmentDate: '2026-01-15',
      ...body,
    });
    expect(response.statusCode).toBe(400);
  });

  it('lets a contributor answer only what they own, and not create assessments', async () => {
    const { id } = await create(manager);
    expect(
      (
        await contributor.request('POST', url(contributor), {
          frameworkId: isoId,
          title: 'T',
          scope: 'S',
          assessmentDate: '2026-01-15',
        })
      ).statusCode,
    ).toBe(403);
    expect((await put(manager, id, 'A.8.8', { version: 0, owner: contributor.email.toUpperCase() })).statusCode).toBe(
      200,
    );
    expect((await put(contributor, id, 'A.8.8', { version: 1, status: 'implemented' })).statusCode).toBe(200);
    expect((await put(contributor, id, 'A.8.8', { version: 2, owner: 'someone@else.test' })).statusCode).toBe(403);
    expect((await put(contributor, id, 'A.8.9', { version: 0, status: 'implemented' })).statusCode).toBe(403);
  });
});

describe('answering and scoring', () => {
  const dozen: [string, Record<string, unknown>][] = [
    ['4.1', { status: 'implemented', maturity: 3, targetMaturity: 3 }],
    ['4.3', { status: 'implemented', documentation: 'approved' }],
    ['5.1', { status: 'partially_implemented' }],
    ['5.2', { status: 'partially_implemented', documentation: 'draft' }],
    ['6.1.2', { status: 'not_implemented', owner: 'CISO' }],
    ['7.2', { status: 'implemented' }],
    ['A.5.1', { status: 'implemented', documentation: 'approved' }],
    ['A.5.7', { status: 'not_applicable', justification: 'No threat intelligence needed for a two-person pilot' }],
    ['A.5.15', { status: 'partially_implemented' }],
    ['A.6.3', { status: 'not_implemented', priorityOverride: { priority: 'low', reason: 'Group training covers it' } }],
    ['A.8.8', { status: 'partially_implemented', maturity: 1, targetMaturity: 4 }],
    ['A.8.13', { status: 'implemented' }],
  ];

  it('scores a dozen answers as computed by hand', async () => {
    const { id } = await create(owner);
    for (const [refId, body] of dozen) {
      const response = await put(owner, id, refId, { version: 0, ...body });
      expect(response.statusCode, `${refId}: ${response.body}`).toBe(200);
      expect(response.json<{ data: Answer }>().data).toMatchObject({ refId, version: 1 });
    }
    const view = await detail(owner, id);
    const scores = view.scores as unknown as ReturnType<typeof scoreAssessment>;
    // Clauses: 3 implemented + 2 × 0.5 over 6 assessed of 30; Annex A: 2 + 2 × 0.5 over 5 of 92 applicable.
    expect(scores.managementSystem).toMatchObject({ conformity: 66.7, coverage: 20 });
    expect(scores.annexA).toMatchObject({ conformity: 60, coverage: 5.4 });
    expect(scores.overall).toMatchObject({ conformity: 63.6, coverage: 9 });
    expect(scores.overall.maturity).toEqual({ current: 2, target: 3.5, gap: 1.5 });
    expect(scores.byClause['4']).toMatchObject({ conformity: 100, coverage: 50 });
    expect(scores.byClause['5']).toMatchObject({ conformity: 50, coverage: 66.7 });
    expect(scores.byClause['6']).toMatchObject({ conformity: 0, coverage: 20 });
    expect(scores.byClause['7']).toMatchObject({ conformity: 100, coverage: 14.3 });
    expect(scores.byTheme['A.5']).toMatchObject({ conformity: 75, coverage: 5.6 });
    expect(scores.byTheme['A.6']).toMatchObject({ conformity: 0, coverage: 12.5 });
    expect(scores.byTheme['A.7']).toMatchObject({ conformity: null, coverage: 0 });
    expect(scores.byTheme['A.8']).toMatchObject({ conformity: 75, coverage: 5.9 });
    expect(scores.documentedInformation).toMatchObject({ approved: 2, draft: 1 });
    const byRef: AnswersByRef = Object.fromEntries(dozen.map(([refId, body]) => [refId, body as never]));
    const expected = scoreAssessment(iso27001AssessmentNodes(), byRef);
    expect(scores.documentedInformation).toEqual(expected.documentedInformation);
    expect(view).toMatchObject({ counts: { requirements: 123, answered: 12 }, overall: { conformity: 63.6 } });

    expect(view.answers).toHaveLength(123);
    expect(answerOf(view, '4.2')).toMatchObject({ status: 'not_assessed', version: 0 });
    expect(answerOf(view, '6.1.2')?.priority).toMatchObject({ computed: 'high', effective: 'high' });
    expect(answerOf(view, 'A.6.3')?.priority).toMatchObject({ computed: 'high', effective: 'low', overridden: true });
    expect(view.requirements.find((node) => node.refId === '4')).toMatchObject({ assessable: false });

    const report = (await owner.request('GET', url(owner, `/${id}/report`))).json<{
      data: { reference: string; scores: { overall: unknown }; gaps: { refId: string }[]; roadmap: unknown[] };
    }>().data;
    expect(report.scores.overall).toEqual(scores.overall);
    expect(report.gaps.map((gap) => gap.refId)).toEqual(expect.arrayContaining(['6.1.2', '5.1', 'A.6.3', 'A.8.8']));
    expect(report.roadmap.length).toBeGreaterThan(0);
  });

  it('refuses a stale version with 409 and the current answer, changing nothing', async () => {
    const { id } = await create(owner);
    expect((await put(owner, id, '8.1', { version: 0, status: 'implemented', notes: 'Seen' })).statusCode).toBe(200);
    const before = (await events('gap_assessment.answer_updated')).length;
    for (const version of [0, 2]) {
      const stale = await put(manager, id, '8.1', { version, status: 'not_implemented' });
      expect(stale.statusCode).toBe(409);
      const { error } = stale.json<{ error: { code: string; details: { current: Answer } } }>();
      expect(error.code).toBe('conflict');
      expect(error.details.current).toMatchObject({ refId: '8.1', status: 'implemented', version: 1 });
    }
    expect(answerOf(await detail(owner, id), '8.1')).toMatchObject({ status: 'implemented', version: 1 });
    expect(await events('gap_assessment.answer_updated')).toHaveLength(before);
    const never = await put(manager, id, '8.2', { version: 3, status: 'implemented' });
    expect(never.json<{ error: { details: { current: Answer } } }>().error.details.current.version).toBe(0);
  });

  it('refuses not_applicable for clauses 4 to 10, and for a control without a justification', async () => {
    const { id } = await create(owner);
    const clause = await put(owner, id, '5.1', { version: 0, status: 'not_applicable', justification: 'Small' });
    expect(clause.statusCode).toBe(400);
    expect(clause.json<{ error: { message: string } }>().error.message).toMatch(/clauses 4 to 10/);
    expect((await put(owner, id, 'A.5.7', { version: 0, status: 'not_applicable' })).statusCode).toBe(400);
    const blank = await put(owner, id, 'A.5.7', { version: 0, status: 'not_applicable', justification: '  ' });
    expect(blank.statusCode).toBe(400);
    const justified = await put(owner, id, 'A.5.7', {
      version: 0,
      status: 'not_applicable',
      justification: 'No external threat feeds apply to the scope',
    });
    expect(justified.statusCode).toBe(200);
    expect((await put(owner, id, '4', { version: 0, status: 'implemented' })).statusCode).toBe(400);
    expect((await put(owner, id, '0b8d3c1e-2f4a-4b6c-8d9e-0a1b2c3d4e5f', { version: 0 })).statusCode).toBe(404);
  });

  it('records before and after of the changed fields of an answer', async () => {
    const { id } = await create(owner);
    await put(owner, id, '9.1', { version: 0, status: 'partially_implemented', gap: 'No metrics' });
    await put(owner, id, '9.1', { version: 1, status: 'implemented', gap: '' });
    const [event] = (await events('gap_assessment.answer_updated')).filter((entry) => entry.entityId === id);
    expect(event?.changes).toEqual({
      requirement: { after: '9.1' },
      status: { before: 'partially_implemented', after: 'implemented' },
      gap: { before: 'No metrics', after: null },
      version: { before: 1, after: 2 },
    });
  });
});

describe('the assessment workflow', () => {
  it('moves along the workflow, refuses other moves, and locks a completed assessment', async () => {
    const { id } = await create(owner);
    const move = (to: GapAssessmentStatus) => owner.request('POST', url(owner, `/${id}/transitions`), { to });
    const refused = await move('completed');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('invalid_transition');
    for (const to of ['in_progress', 'in_review', 'in_progress', 'in_review', 'completed'] as const) {
      const response = await move(to);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<{ data: Summary }>().data.status).toBe(to);
    }
    const completed = await detail(owner, id);
    expect(completed).toMatchObject({ status: 'completed', nextStatuses: [], completedAt: '2026-01-15T09:00:00.000Z' });
    expect((await move('in_progress')).json<{ error: { code: string } }>().error.code).toBe('invalid_transition');
    const patch = await owner.request('PATCH', url(owner, `/${id}`), { title: 'Renamed' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json<{ error: { message: string } }>().error.message).toMatch(/completed and locked/);
    expect((await put(owner, id, '4.1', { version: 0, status: 'implemented' })).statusCode).toBe(409);
    const changes = (await events('gap_assessment.status_changed'))
      .filter((event) => event.entityId === id)
      .map((event) => event.changes.status);
    expect(changes[0]).toEqual({ before: 'in_review', after: 'completed' });
    expect(changes).toHaveLength(5);
  });

  it('changes details with an audit event and refuses dates that do not fit', async () => {
    const { id } = await create(owner);
    const response = await manager.request('PATCH', url(manager, `/${id}`), { title: 'Renamed', assessors: [] });
    expect(response.statusCode).toBe(200);
    const [event] = (await events('gap_assessment.updated')).filter((entry) => entry.entityId === id);
    expect(event?.changes).toEqual({
      title: { before: 'Certification readiness', after: 'Renamed' },
      assessors: { before: ['Olivia Owner'], after: [] },
    });
    const bad = await manager.request('PATCH', url(manager, `/${id}`), { assessmentDate: '2026-12-01' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('isolation and other frameworks', () => {
  it('keeps assessments invisible and unwritable to another organisation', async () => {
    const { id } = await create(owner);
    const foreign = `/api/v1/organizations/${stranger.organizationId}/gap-assessments/${id}`;
    expect((await stranger.request('GET', foreign)).statusCode).toBe(404);
    expect((await stranger.request('GET', `${foreign}/report`)).statusCode).toBe(404);
    expect((await stranger.request('PATCH', foreign, { title: 'Mine' })).statusCode).toBe(404);
    expect((await stranger.request('POST', `${foreign}/transitions`, { to: 'in_progress' })).statusCode).toBe(404);
    const write = await stranger.request('PUT', `${foreign}/answers/${isoRequirement.get('4.1') ?? ''}`, {
      version: 0,
      status: 'implemented',
    });
    expect(write.statusCode).toBe(404);
    expect((await stranger.request('GET', url(stranger))).json<{ data: unknown[] }>().data).toEqual([]);
    expect(answerOf(await detail(owner, id), '4.1')).toMatchObject({ status: 'not_assessed', version: 0 });
  });

  it('assesses an imported framework, which another organisation cannot use', async () => {
    const csv = [
      '# name: Acme supplier rules',
      '# version: 1',
      '# publisher: Acme Ltd',
      'ref_id,parent_ref_id,title,kind,assessable',
      'SUP,,Suppliers,heading,no',
      'SUP-1,SUP,Supplier vetting,control,yes',
      'SUP-2,SUP,Supplier exit,control,yes',
      'SUP-3,SUP,Supplier reviews,control,yes',
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
    const frameworkId = imported.frameworks[0]?.frameworkId ?? '';
    const { id, counts } = await create(owner, { frameworkId });
    expect(counts.requirements).toBe(3);
    const view = await detail(owner, id);
    const idOf = (refId: string) => view.requirements.find((node) => node.refId === refId)?.id ?? '';
    const answer = (refId: string, body: Record<string, unknown>) =>
      owner.request('PUT', url(owner, `/${id}/answers/${idOf(refId)}`), { version: 0, ...body });
    expect((await answer('SUP-1', { status: 'implemented' })).statusCode).toBe(200);
    expect((await answer('SUP-2', { status: 'partially_implemented' })).statusCode).toBe(200);
    expect((await answer('SUP-3', { status: 'not_applicable', justification: 'No exits planned' })).statusCode).toBe(
      200,
    );
    expect((await answer('SUP', { status: 'implemented' })).statusCode).toBe(400);
    const scores = (await detail(owner, id)).scores as unknown as { layout: string; byGroup: Record<string, unknown> };
    expect(scores).toMatchObject({ layout: 'generic', overall: { conformity: 75, coverage: 100 } });
    expect(scores.byGroup.SUP).toMatchObject({ conformity: 75 });
    // A requirement of another framework is not part of this assessment.
    expect((await put(owner, id, '4.1', { version: 0, status: 'implemented' })).statusCode).toBe(404);
    const foreign = await stranger.request('POST', url(stranger), {
      frameworkId,
      title: 'Borrowed',
      scope: 'S',
      assessmentDate: '2026-01-15',
    });
    expect(foreign.statusCode).toBe(400);
  });
});

describe('the API description', () => {
  it('publishes the gap assessment routes and their contracts in the OpenAPI document', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<{
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: object };
    }>();
    const answers =
      document.paths['/api/v1/organizations/{orgId}/gap-assessments/{assessmentId}/answers/{requirementId}'];
    expect(Object.keys(answers ?? {})).toContain('put');
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['GapAnswerUpdateRequest', 'GapAssessmentDetail', 'GapAssessmentReport']),
    );
  });
});
