import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isEvidenceStale, iso27001FrameworkInfo, northwindDemo } from '@certa/core';
import {
  createEvidenceStore,
  insertMembership,
  listAuditEvents,
  listFrameworksVisibleTo,
  listRequirementKeys,
  organizationScopedTables,
  queryRows,
  verifyStoredAuditChain,
} from '@certa/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface DemoLoad {
  organization: { id: string; name: string; demo: boolean };
  assessmentId: string;
  assessmentReference: string;
  counts: Record<string, number>;
}

let testApp: TestApp;
let loader: SignedInUser;
let other: SignedInUser;
let evidenceDir: string;
const dataset = northwindDemo('2026-01-15');
// Loading writes a few hundred rows through the services: give a busy machine time.
const slow = 120_000;
const policy = dataset.evidence.find((item) => item.key === 'policy')?.file?.content ?? '';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const storedFiles = () =>
  readdirSync(evidenceDir, { recursive: true, encoding: 'utf8' }).filter((name) => /[0-9a-f]{64}$/.test(name));

beforeAll(async () => {
  evidenceDir = mkdtempSync(join(tmpdir(), 'certa-demo-evidence-'));
  testApp = await createTestApp({ evidenceStore: createEvidenceStore({ root: evidenceDir }) });
  loader = await buildSignedInUser(testApp, { role: 'owner' });
  other = await buildSignedInUser(testApp, { role: 'owner' });
});

afterAll(async () => {
  await testApp.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

const count = async (query: ReturnType<typeof sql>) =>
  Number((await queryRows<{ n: number | string }>(testApp.database.db, query))[0]?.n ?? 0);

/** Rows of every table that has an organisation column, plus the rows reached through an assessment. */
async function rowsOf(organizationId: string): Promise<Record<string, number>> {
  const tables = await queryRows<{ table_name: string }>(
    testApp.database.db,
    sql`select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'organization_id' order by table_name`,
  );
  const rows: Record<string, number> = {};
  for (const { table_name: name } of tables) {
    rows[name] = await count(
      sql`select count(*) as n from ${sql.identifier(name)} where organization_id = ${organizationId}`,
    );
  }
  rows.gap_assessment_answer = await count(
    sql`select count(*) as n from gap_assessment_answer a join gap_assessment g on g.id = a.assessment_id
        where g.organization_id = ${organizationId}`,
  );
  rows.audit_chain = await count(sql`select count(*) as n from audit_chain where chain_key = ${organizationId}`);
  return rows;
}

async function load(user: SignedInUser): Promise<DemoLoad> {
  const response = await user.request('POST', '/api/v1/demo');
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: DemoLoad }>().data;
}

describe('the demo organisation', () => {
  it('needs a signed-in user', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await testApp.app.inject({ method, url: '/api/v1/demo' });
      expect(response.statusCode).toBe(401);
    }
  });

  it('is not there on a fresh installation', async () => {
    const response = await loader.request('GET', '/api/v1/demo');
    expect(response.json()).toEqual({ data: { exists: false, organization: null, role: null } });
    expect((await loader.request('DELETE', '/api/v1/demo')).statusCode).toBe(404);
  });

  it(
    'loads Northwind Cloud with its assessment, answers and roadmap, the loader as owner, and refuses a second load',
    { timeout: slow },
    async () => {
      // A real organisation with its own assessment must come through load and removal untouched.
      const frameworks = await listFrameworksVisibleTo(testApp.database.db, other.organizationId);
      const isoId = frameworks.find((framework) => framework.slug === iso27001FrameworkInfo.slug)?.id ?? '';
      const created = await other.request('POST', `/api/v1/organizations/${other.organizationId}/gap-assessments`, {
        frameworkId: isoId,
        title: 'Our own assessment',
        scope: 'Everything we do',
        assessmentDate: '2026-01-10',
      });
      expect(created.statusCode, created.body).toBe(201);
      const requirement = (await listRequirementKeys(testApp.database.db, isoId)).find((row) => row.refId === 'A.5.1');
      const ownAssessment = created.json<{ data: { id: string } }>().data.id;
      const answered = await other.request(
        'PUT',
        `/api/v1/organizations/${other.organizationId}/gap-assessments/${ownAssessment}/answers/${requirement?.id ?? ''}`,
        { version: 0, status: 'implemented', maturity: 3 },
      );
      expect(answered.statusCode, answered.body).toBe(200);
      // The real organisation happens to hold a file with the same bytes as one of the demo's.
      const evidence = await other.request('POST', `/api/v1/organizations/${other.organizationId}/evidence`, {
        title: 'Our policy',
        kind: 'document',
      });
      expect(evidence.statusCode, evidence.body).toBe(201);
      const uploaded = await testApp.app.inject({
        method: 'PUT',
        url: `/api/v1/organizations/${other.organizationId}/evidence/${evidence.json<{ data: { id: string } }>().data.id}/file?fileName=policy.md`,
        headers: {
          cookie: other.cookie,
          'x-csrf-token': other.csrfToken,
          'content-type': 'application/octet-stream',
        },
        payload: Buffer.from(policy),
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const realBefore = await rowsOf(other.organizationId);

      const demo = await load(loader);
      expect(demo.organization).toMatchObject({ name: 'Northwind Cloud (demo)', demo: true });
      expect(demo.counts.answers).toBe(Object.keys(dataset.answers).length);
      expect(demo.counts.roadmapTasks).toBeGreaterThan(3);
      expect(demo.counts).toMatchObject({
        evidence: dataset.evidence.length,
        evidenceLinks: dataset.evidence.reduce((sum, item) => sum + item.refIds.length, 0),
        changes: dataset.changes.length,
      });

      const orgId = demo.organization.id;
      const me = await loader.request('GET', '/api/v1/auth/me');
      const membership = me
        .json<{ data: { memberships: { role: string; organization: { id: string; demo: boolean } }[] } }>()
        .data.memberships.find((entry) => entry.organization.id === orgId);
      expect(membership).toMatchObject({ role: 'owner', organization: { demo: true } });

      const list = await loader.request('GET', `/api/v1/organizations/${orgId}/gap-assessments`);
      const assessments = list.json<{ data: { id: string; status: string; counts: { answered: number } }[] }>().data;
      expect(assessments).toHaveLength(1);
      expect(assessments[0]).toMatchObject({ id: demo.assessmentId, status: 'in_progress' });
      expect(assessments[0]?.counts.answered).toBe(Object.keys(dataset.answers).length);

      const roadmap = await loader.request(
        'GET',
        `/api/v1/organizations/${orgId}/gap-assessments/${demo.assessmentId}/roadmap`,
      );
      expect(roadmap.statusCode, roadmap.body).toBe(200);
      const tasks = roadmap.json<{ data: { tasks: { status: string }[] } }>().data.tasks;
      expect(tasks.filter((task) => task.status === 'in_progress')).toHaveLength(1);

      const rows = await rowsOf(orgId);
      expect(rows).toMatchObject({
        gap_assessment: 1,
        gap_assessment_answer: Object.keys(dataset.answers).length,
        membership: 1,
        roadmap_task: demo.counts.roadmapTasks,
        evidence_item: dataset.evidence.length,
        evidence_link: demo.counts.evidenceLinks,
        isms_change: dataset.changes.length,
      });
      // Every item but the link carries its generated file, one stored file each (the policy's is shared).
      expect(storedFiles()).toHaveLength(dataset.evidence.filter((item) => item.file).length);

      const stale = await loader.request('GET', `/api/v1/organizations/${orgId}/evidence?stale=true`);
      expect(stale.statusCode, stale.body).toBe(200);
      const staleCount = dataset.evidence.filter((item) =>
        isEvidenceStale(item.reviewBy, '2026-01-15', item.status),
      ).length;
      expect(stale.json<{ total: number }>().total).toBe(staleCount);
      expect(staleCount).toBeGreaterThanOrEqual(3);

      expect((await loader.request('GET', '/api/v1/demo')).json()).toEqual({
        data: { exists: true, organization: demo.organization, role: 'owner' },
      });
      // Others learn that a demo exists (so a refused load makes sense) but nothing about it.
      expect((await other.request('GET', '/api/v1/demo')).json()).toEqual({
        data: { exists: true, organization: null, role: null },
      });

      const second = await other.request('POST', '/api/v1/demo');
      expect(second.statusCode).toBe(409);
      expect(second.json<{ error: { message: string } }>().error.message).toMatch(/already loaded/);
      expect(await rowsOf(orgId)).toEqual(rows);
      expect(await rowsOf(other.organizationId)).toEqual(realBefore);
    },
  );

  it('records every row it loads in the demo organisation’s audit trail, with an intact chain', async () => {
    const status = (await loader.request('GET', '/api/v1/demo')).json<{ data: { organization: { id: string } } }>();
    const orgId = status.data.organization.id;
    const events = await listAuditEvents(testApp.database.db, orgId, {}, 1000);
    const actions = events.map((event) => event.action);
    expect(actions.filter((action) => action === 'gap_assessment.answer_updated')).toHaveLength(
      Object.keys(dataset.answers).length,
    );
    for (const action of [
      'organization.created',
      'member.added',
      'gap_assessment.created',
      'gap_assessment.status_changed',
      'evidence.created',
      'evidence.version_uploaded',
      'evidence.linked',
      'isms_change.recorded',
      'roadmap.generated',
      'demo.loaded',
    ])
      expect(actions).toContain(action);
    expect(events.every((event) => event.actorUserId === loader.userId)).toBe(true);
    expect((await verifyStoredAuditChain(testApp.database.db, orgId)).ok).toBe(true);
  });

  it('lets only an owner of the demo organisation remove it', async () => {
    const status = (await loader.request('GET', '/api/v1/demo')).json<{ data: { organization: { id: string } } }>();
    const orgId = status.data.organization.id;
    const outsider = await other.request('DELETE', '/api/v1/demo');
    expect(outsider.statusCode).toBe(403);
    const viewer = await buildSignedInUser(testApp, { role: 'owner' });
    await insertMembership(testApp.database.db, {
      id: randomUUID(),
      organizationId: orgId,
      userId: viewer.userId,
      role: 'viewer',
      expiresAt: null,
      createdAt: new Date(),
    });
    const refused = await viewer.request('DELETE', '/api/v1/demo');
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/Only an owner/);
    expect((await rowsOf(orgId)).gap_assessment).toBe(1);
  });

  it('removes the demo organisation and every row it had, leaving real organisations untouched', async () => {
    const status = (await loader.request('GET', '/api/v1/demo')).json<{ data: { organization: { id: string } } }>();
    const orgId = status.data.organization.id;
    const realBefore = await rowsOf(other.organizationId);
    const loaderOwnBefore = await rowsOf(loader.organizationId);

    const response = await loader.request('DELETE', '/api/v1/demo');
    expect(response.statusCode, response.body).toBe(200);
    const removed = response.json<{ data: { organizationId: string; rowsByTable: Record<string, number> } }>().data;
    expect(removed.organizationId).toBe(orgId);
    expect(removed.rowsByTable).toMatchObject({ organization: 1, gap_assessment: 1, membership: 2 });
    // Files only the demo used are gone; the one the real organisation shares stays, with its blob row.
    const shared = sha256(policy);
    expect(storedFiles().map((name) => name.slice(-64))).toEqual([shared]);
    expect(await count(sql`select count(*) as n from evidence_blob`)).toBe(1);
    expect(existsSync(join(evidenceDir, shared.slice(0, 2), shared))).toBe(true);

    const left = await rowsOf(orgId);
    expect(Object.entries(left).filter(([, rows]) => rows > 0)).toEqual([]);
    expect(await count(sql`select count(*) as n from organization where id = ${orgId}`)).toBe(0);
    expect(await rowsOf(other.organizationId)).toEqual(realBefore);
    expect(await rowsOf(loader.organizationId)).toEqual(loaderOwnBefore);

    // The organisation's own trail went with it; the removal is on the installation's chain.
    const installation = await listAuditEvents(testApp.database.db, null, { action: 'demo.removed' }, 10);
    expect(installation).toHaveLength(1);
    expect(installation[0]).toMatchObject({ entityId: orgId, actorUserId: loader.userId });
    expect((await verifyStoredAuditChain(testApp.database.db, null)).ok).toBe(true);

    expect((await loader.request('GET', '/api/v1/demo')).json()).toEqual({
      data: { exists: false, organization: null, role: null },
    });
    expect((await loader.request('DELETE', '/api/v1/demo')).statusCode).toBe(404);
  });

  it('covers every table that holds organisation rows', () => {
    expect(organizationScopedTables()).toEqual(
      expect.arrayContaining([
        'organization',
        'membership',
        'invitation',
        'gap_assessment',
        'gap_assessment_answer',
        'evidence_item',
        'evidence_version',
        'evidence_link',
        'roadmap_task',
        'isms_change',
        'framework',
        'requirement',
        'requirement_attribute',
        'requirement_mapping',
        'audit_event',
        'audit_chain',
      ]),
    );
    expect(organizationScopedTables()).not.toContain('user_account');
    expect(organizationScopedTables()).not.toContain('evidence_blob');
  });

  it('can be loaded again once removed, by one of two people asking at once', { timeout: slow }, async () => {
    const answers = await Promise.all([other.request('POST', '/api/v1/demo'), loader.request('POST', '/api/v1/demo')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const again = answers.find((answer) => answer.statusCode === 201)?.json<{ data: DemoLoad }>().data;
    expect(again?.organization.demo).toBe(true);
    expect(await count(sql`select count(*) as n from organization where demo`)).toBe(1);
    const winner = answers[0]?.statusCode === 201 ? other : loader;
    const response = await winner.request('DELETE', '/api/v1/demo');
    expect(response.statusCode).toBe(200);
  });
});

describe('a demo load that fails part-way', () => {
  it('leaves nothing behind', { timeout: slow }, async () => {
    const failing = await createTestApp({
      evidenceStore: {
        ...createEvidenceStore({ root: join(evidenceDir, 'failing') }),
        put: () => Promise.reject(new Error('disk full')),
      },
    });
    try {
      const user = await buildSignedInUser(failing, { role: 'owner' });
      const response = await user.request('POST', '/api/v1/demo');
      expect(response.statusCode).toBe(500);
      expect((await user.request('GET', '/api/v1/demo')).json()).toEqual({
        data: { exists: false, organization: null, role: null },
      });
      const [row] = await queryRows<{ n: number }>(
        failing.database.db,
        sql`select count(*)::int as n from organization where demo`,
      );
      expect(row?.n).toBe(0);
      const [events] = await queryRows<{ n: number }>(
        failing.database.db,
        sql`select count(*)::int as n from audit_event where organization_id is not null and organization_id <> ${user.organizationId}`,
      );
      expect(events?.n).toBe(0);
    } finally {
      await failing.close();
    }
  });
});
