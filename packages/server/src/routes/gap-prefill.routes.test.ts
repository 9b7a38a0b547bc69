import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { iso27001FrameworkInfo, type FrameworkImportReport } from '@certa/core';
import { listAuditEvents, listFrameworksVisibleTo, listGapAnswers, listRequirementKeys } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface Origin {
  kind: string;
  pending: boolean;
  assessmentId: string | null;
  assessmentReference: string | null;
  requirementRefId: string | null;
  relationship: string | null;
}
interface Answer {
  requirementId: string;
  refId: string;
  status: string;
  maturity: number | null;
  owner: string | null;
  justification: string | null;
  priorityOverride: unknown;
  version: number;
  origin: Origin | null;
}
interface Summary {
  id: string;
  reference: string;
  startedFrom: { id: string; reference: string } | null;
  pendingConfirmations: number;
  counts: { answered: number };
}
type Detail = Summary & {
  requirements: { id: string; refId: string; assessable: boolean }[];
  answers: Answer[];
  scores: { overall: { counts: { assessed: number } } };
};

const fixtures = fileURLToPath(new URL('../../../interop/test/fixtures/ciso-assistant/', import.meta.url));

// A made-up mapping written for this test, from the test ACME library onto the built-in ISO/IEC 27001:2022.
const acmeToIso = `
urn: urn:certa-test:library:acme-to-iso-prefill
locale: en
ref_id: acme-to-iso-prefill
name: ACME to ISO (pre-fill test)
version: 1
provider: Certa tests
objects:
  requirement_mapping_set:
    urn: urn:certa-test:req_mapping_set:acme-to-iso-prefill
    ref_id: acme-to-iso-prefill
    name: ACME to ISO (pre-fill test)
    source_framework_urn: urn:acme:risk:framework:acme-policy
    target_framework_urn: urn:intuitem:risk:framework:iso27001-2022
    requirement_mappings:
      - source_requirement_urn: urn:acme:risk:req_node:acme-policy:1.1
        target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.5.15
        relationship: equal
      - source_requirement_urn: urn:acme:risk:req_node:acme-policy:1.2
        target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.8.5
        relationship: subset
      - source_requirement_urn: urn:acme:risk:req_node:acme-policy:1.1.1
        target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.5.18
        relationship: intersect
`;

const policyCsv = [
  '# name: Unmapped house rules',
  '# version: 1',
  'ref_id,parent_ref_id,title,kind,assessable,description',
  'HR-1,,Clean desks,control,yes,Desks are cleared each evening.',
].join('\n');

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

const url = (user: SignedInUser, rest = '') => `/api/v1/organizations/${user.organizationId}/gap-assessments${rest}`;
const events = (action: string) => listAuditEvents(testApp.database.db, owner.organizationId, { action }, 100);

async function create(user: SignedInUser, body: Record<string, unknown> = {}): Promise<Summary> {
  const response = await user.request('POST', url(user), {
    frameworkId: isoId,
    title: 'Yearly assessment',
    scope: 'The whole company',
    assessmentDate: '2026-01-10',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: Summary }>().data;
}

async function answer(user: SignedInUser, id: string, requirementId: string, body: Record<string, unknown>) {
  const response = await user.request('PUT', url(user, `/${id}/answers/${requirementId}`), { version: 0, ...body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Answer }>().data;
}

async function complete(user: SignedInUser, id: string) {
  for (const to of ['in_progress', 'in_review', 'completed']) {
    const response = await user.request('POST', url(user, `/${id}/transitions`), { to });
    expect(response.statusCode, response.body).toBe(200);
  }
}

async function detail(user: SignedInUser, id: string): Promise<Detail> {
  const response = await user.request('GET', url(user, `/${id}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Detail }>().data;
}

const answerOf = (view: Detail, refId: string) => view.answers.find((entry) => entry.refId === refId);

async function previousAssessment(): Promise<Summary> {
  const previous = await create(manager, { title: 'Last year', assessmentDate: '2025-01-10' });
  await answer(manager, previous.id, iso.get('A.5.1') ?? '', {
    status: 'implemented',
    maturity: 3,
    owner: contributor.email,
    gap: 'Policy review overdue',
    priorityOverride: { priority: 'high', reason: 'The board asked' },
  });
  await answer(manager, previous.id, iso.get('4.1') ?? '', { status: 'partially_implemented' });
  await answer(manager, previous.id, iso.get('A.7.4') ?? '', {
    status: 'not_applicable',
    justification: 'No premises of our own',
  });
  await complete(manager, previous.id);
  return previous;
}

describe('starting an assessment from a previous one of the same framework', () => {
  it('carries over the answers of a completed, locked assessment, each pending and showing its source', async () => {
    const previous = await previousAssessment();
    const before = await listGapAnswers(testApp.database.db, owner.organizationId, [previous.id]);
    const next = await create(manager, { startFromAssessmentId: previous.id });
    expect(next.startedFrom).toEqual({ id: previous.id, reference: previous.reference });
    expect(next.pendingConfirmations).toBe(3);
    expect(next.counts.answered).toBe(3);

    const view = await detail(viewer, next.id);
    expect(answerOf(view, 'A.5.1')).toMatchObject({
      status: 'implemented',
      maturity: 3,
      owner: contributor.email,
      priorityOverride: null,
      version: 1,
      origin: {
        kind: 'carried_over',
        pending: true,
        assessmentId: previous.id,
        assessmentReference: previous.reference,
        requirementRefId: 'A.5.1',
        relationship: null,
      },
    });
    expect(answerOf(view, 'A.7.4')).toMatchObject({
      status: 'not_applicable',
      justification: 'No premises of our own',
    });
    expect(answerOf(view, 'A.5.2')?.origin).toBeNull();
    // Pending answers count in the scores like any other.
    expect(view.scores.overall.counts.assessed).toBe(2);

    const created = (await events('gap_assessment.created')).find((event) => event.entityId === next.id);
    expect(created?.changes).toMatchObject({
      startedFrom: { after: previous.reference },
      carriedOver: { after: 3 },
      mapped: { after: 0 },
      pendingConfirmations: { after: 3 },
    });
    // The locked source is untouched.
    expect(await listGapAnswers(testApp.database.db, owner.organizationId, [previous.id])).toEqual(before);
  });

  it('clears the pending mark when a pre-filled answer is edited, keeping its source', async () => {
    const next = await create(manager, { startFromAssessmentId: (await previousAssessment()).id });
    const edited = await answer(manager, next.id, iso.get('4.1') ?? '', { version: 1, status: 'implemented' });
    expect(edited.origin).toMatchObject({ kind: 'carried_over', pending: false });
    expect(edited.version).toBe(2);
    const event = (await events('gap_assessment.answer_updated')).find((entry) => entry.entityId === next.id);
    expect(event?.changes.originPending).toEqual({ before: true, after: false });
  });

  it('confirms one answer at its version, refusing a stale version and an answer never pre-filled', async () => {
    const next = await create(manager, { startFromAssessmentId: (await previousAssessment()).id });
    const confirmUrl = (refId: string) => url(manager, `/${next.id}/answers/${iso.get(refId) ?? ''}/confirm`);
    const stale = await manager.request('POST', confirmUrl('A.5.1'), { version: 3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { details: { current: Answer } } }>().error.details.current.version).toBe(1);
    expect((await viewer.request('POST', confirmUrl('A.5.1'), { version: 1 })).statusCode).toBe(403);
    // A contributor may confirm an answer they own.
    const confirmed = await contributor.request('POST', confirmUrl('A.5.1'), { version: 1 });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json<{ data: Answer }>().data).toMatchObject({
      version: 2,
      status: 'implemented',
      origin: { pending: false, requirementRefId: 'A.5.1' },
    });
    const again = await manager.request('POST', confirmUrl('A.5.1'), { version: 2 });
    expect(again.json<{ data: Answer }>().data.version).toBe(2);
    expect((await contributor.request('POST', confirmUrl('4.1'), { version: 1 })).statusCode).toBe(403);
    expect((await manager.request('POST', confirmUrl('A.5.2'), { version: 1 })).statusCode).toBe(409);
    expect((await manager.request('POST', confirmUrl('A.5.1'), { version: 'one' })).statusCode).toBe(400);
    const recorded = (await events('gap_assessment.answer_confirmed')).filter((event) => event.entityId === next.id);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.changes).toMatchObject({ requirement: { after: 'A.5.1' }, version: { before: 1, after: 2 } });
  });

  it('confirms many answers at once, and never on a completed assessment', async () => {
    const next = await create(manager, { startFromAssessmentId: (await previousAssessment()).id });
    const bulkUrl = url(manager, `/${next.id}/confirmations`);
    const ids = ['A.5.1', '4.1', 'A.5.2'].map((refId) => iso.get(refId) ?? '');
    expect((await contributor.request('POST', bulkUrl, { requirementIds: ids })).statusCode).toBe(403);
    expect((await manager.request('POST', bulkUrl, { requirementIds: [] })).statusCode).toBe(400);
    const response = await manager.request('POST', bulkUrl, { requirementIds: ids });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ data: unknown }>().data).toEqual({ confirmed: 2, pending: 1 });
    const view = await detail(manager, next.id);
    expect(answerOf(view, '4.1')?.origin).toMatchObject({ pending: false });
    expect(answerOf(view, 'A.7.4')?.origin).toMatchObject({ pending: true });
    expect(view.pendingConfirmations).toBe(1);
    const event = (await events('gap_assessment.answers_confirmed')).find((entry) => entry.entityId === next.id);
    expect(event?.changes).toEqual({ requirements: { after: ['4.1', 'A.5.1'] }, confirmed: { after: 2 } });

    await complete(manager, next.id);
    const locked = await manager.request('POST', bulkUrl, { requirementIds: ids });
    expect(locked.statusCode).toBe(409);
  });

  it("refuses another organisation's assessment as the source, as if it did not exist, and creates nothing", async () => {
    const foreign = await create(stranger, { title: 'Not yours' });
    const countBefore = (await events('gap_assessment.created')).length;
    const response = await manager.request('POST', url(manager), {
      frameworkId: isoId,
      title: 'Copy',
      scope: 'S',
      assessmentDate: '2026-01-10',
      startFromAssessmentId: foreign.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toContain(
      `No gap assessment ${foreign.id} in this organisation`,
    );
    expect((await events('gap_assessment.created')).length).toBe(countBefore);
    const other = await stranger.request('POST', url(owner, `/${foreign.id}/confirmations`), {
      requirementIds: [iso.get('A.5.1')],
    });
    expect(other.statusCode).toBe(404);
    const elsewhere = await manager.request('POST', url(manager, `/${foreign.id}/confirmations`), {
      requirementIds: [iso.get('A.5.1')],
    });
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('pre-filling through mappings from an assessment of another framework', () => {
  const upload = (user: SignedInUser, body: Buffer | string, fileName: string) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${user.organizationId}/framework-imports?fileName=${fileName}`,
      headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, 'content-type': 'application/octet-stream' },
      payload: body,
    });

  it('copies equal results, suggests partially for a subset, never carries not applicable, and works both ways', async () => {
    const library = await upload(owner, readFileSync(`${fixtures}acme-policy-library.yaml`), 'acme.yaml');
    expect(library.statusCode, library.body).toBe(200);
    const acmeId = library.json<{ data: FrameworkImportReport }>().data.frameworks[0]?.frameworkId ?? '';
    expect((await upload(owner, acmeToIso, 'acme-to-iso.yaml')).statusCode).toBe(200);

    const acme = await create(manager, { frameworkId: acmeId, title: 'ACME policy check' });
    const acmeView = await detail(manager, acme.id);
    const acmeRef = (refId: string) => acmeView.requirements.find((node) => node.refId === refId)?.id ?? '';
    await answer(manager, acme.id, acmeRef('1.1'), { status: 'implemented', maturity: 4, owner: 'IT' });
    await answer(manager, acme.id, acmeRef('1.2'), { status: 'implemented', maturity: 5 });
    await answer(manager, acme.id, acmeRef('1.1.1'), { status: 'not_applicable', justification: 'No teams' });

    const mapped = await create(manager, { startFromAssessmentId: acme.id, title: 'ISO from ACME' });
    expect(mapped.pendingConfirmations).toBe(2);
    const view = await detail(manager, mapped.id);
    expect(answerOf(view, 'A.5.15')).toMatchObject({
      status: 'implemented',
      maturity: 4,
      owner: null,
      origin: {
        kind: 'mapped',
        pending: true,
        requirementRefId: '1.1',
        relationship: 'equal',
        assessmentReference: acme.reference,
      },
    });
    expect(answerOf(view, 'A.8.5')).toMatchObject({
      status: 'partially_implemented',
      maturity: null,
      origin: { kind: 'mapped', relationship: 'subset', requirementRefId: '1.2' },
    });
    expect(answerOf(view, 'A.5.18')).toMatchObject({ status: 'not_assessed', origin: null });
    const created = (await events('gap_assessment.created')).find((event) => event.entityId === mapped.id);
    expect(created?.changes).toMatchObject({ carriedOver: { after: 0 }, mapped: { after: 2 } });

    // Read backwards, the ISO answers pre-fill the ACME framework (a subset seen from ISO is a superset).
    const back = await create(manager, { frameworkId: acmeId, startFromAssessmentId: mapped.id, title: 'Back' });
    const backView = await detail(manager, back.id);
    const one = backView.answers.find((entry) => entry.requirementId === acmeRef('1.1'));
    expect(one).toMatchObject({ status: 'implemented', origin: { relationship: 'equal', requirementRefId: 'A.5.15' } });
    const two = backView.answers.find((entry) => entry.requirementId === acmeRef('1.2'));
    expect(two).toMatchObject({ status: 'partially_implemented', origin: { relationship: 'superset' } });
  });

  it('refuses two frameworks no mapping set connects, with a clear message', async () => {
    const imported = await upload(owner, policyCsv, 'house-rules.csv');
    expect(imported.statusCode, imported.body).toBe(200);
    const houseId = imported.json<{ data: FrameworkImportReport }>().data.frameworks[0]?.frameworkId ?? '';
    const house = await create(manager, { frameworkId: houseId, title: 'House rules' });
    const response = await manager.request('POST', url(manager), {
      frameworkId: isoId,
      title: 'ISO from house rules',
      scope: 'S',
      assessmentDate: '2026-01-10',
      startFromAssessmentId: house.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/^No mapping set connects/);
  });
});
