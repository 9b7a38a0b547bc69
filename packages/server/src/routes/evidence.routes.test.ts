import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { iso27001FrameworkInfo, type EvidenceDetail, type EvidenceLinkView } from '@certa/core';
import {
  createEvidenceStore,
  listAuditEvents,
  listFrameworksVisibleTo,
  listRequirementKeys,
  queryRows,
  type EvidenceStore,
} from '@certa/db';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface ListAnswer {
  data: (Omit<EvidenceDetail, 'versions' | 'links' | 'description' | 'createdAt'> & { stale: boolean })[];
  total: number;
  counts: { draft: number; approved: number; expired: number; stale: number };
}

const maxBytes = 64 * 1024;
let testApp: TestApp;
let store: EvidenceStore;
let storeDir: string;
let owner: SignedInUser;
let contributor: SignedInUser;
let viewer: SignedInUser;
let stranger: SignedInUser;
let isoId: string;
const requirementIds = new Map<string, string>();

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  storeDir = mkdtempSync(join(tmpdir(), 'certa-evidence-routes-'));
  store = createEvidenceStore({ root: storeDir, maxBytes });
  testApp = await createTestApp({ evidenceStore: store });
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  contributor = await buildSignedInUser(testApp, { role: 'contributor', organizationId: owner.organizationId });
  viewer = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
  stranger = await buildSignedInUser(testApp, { role: 'owner' });
  const frameworks = await listFrameworksVisibleTo(testApp.database.db, owner.organizationId);
  isoId = frameworks.find((framework) => framework.slug === iso27001FrameworkInfo.slug)?.id ?? '';
  for (const row of await listRequirementKeys(testApp.database.db, isoId)) requirementIds.set(row.refId, row.id);
});

afterAll(async () => {
  await testApp.close();
  rmSync(storeDir, { recursive: true, force: true });
});

const url = (user: SignedInUser, rest = '') => `/api/v1/organizations/${user.organizationId}/evidence${rest}`;
const linksUrl = (user: SignedInUser, rest = '') =>
  `/api/v1/organizations/${user.organizationId}/evidence-links${rest}`;
const events = (organizationId: string, action: string) =>
  listAuditEvents(testApp.database.db, organizationId, { action }, 500);

async function create(user: SignedInUser, body: Record<string, unknown> = {}): Promise<EvidenceDetail> {
  const response = await user.request('POST', url(user), { title: 'Access review Q4', kind: 'record', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: EvidenceDetail }>().data;
}

function upload(user: SignedInUser, id: string, bytes: Uint8Array, fileName: string, note?: string) {
  const query = new URLSearchParams({ fileName, ...(note ? { note } : {}) });
  return testApp.app.inject({
    method: 'PUT',
    url: url(user, `/${id}/file?${query.toString()}`),
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, 'content-type': 'application/octet-stream' },
    payload: Buffer.from(bytes),
  });
}

async function uploaded(user: SignedInUser, id: string, bytes: Uint8Array, fileName: string, note?: string) {
  const response = await upload(user, id, bytes, fileName, note);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: EvidenceDetail }>().data;
}

const download = (user: SignedInUser, id: string, version: number, headers: Record<string, string> = {}) =>
  testApp.app.inject({
    method: 'GET',
    url: url(user, `/${id}/versions/${version}/download`),
    headers: { cookie: user.cookie, ...headers },
  });

const storedFiles = () =>
  readdirSync(storeDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

async function startAssessment(user: SignedInUser): Promise<{ id: string; reference: string }> {
  const response = await user.request('POST', `/api/v1/organizations/${user.organizationId}/gap-assessments`, {
    frameworkId: isoId,
    title: 'Readiness',
    scope: 'Everything',
    assessmentDate: '2026-01-15',
    assessors: [],
    interviewees: [],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: { id: string; reference: string } }>().data;
}

describe('creating, listing and editing evidence', () => {
  it('numbers items per organisation, stores them and records the creation', async () => {
    const first = await create(contributor, {
      description: 'Quarterly review of admin accounts',
      owner: 'IT lead',
      coversFrom: '2025-10-01',
      coversTo: '2025-12-31',
      effectiveFrom: '2026-01-05',
      reviewBy: '2026-04-01',
    });
    const second = await create(owner, { title: 'Policy portal', kind: 'link', url: 'https://intranet.example/isms' });
    expect(first).toMatchObject({
      kind: 'record',
      status: 'draft',
      owner: 'IT lead',
      coversFrom: '2025-10-01',
      effectiveFrom: '2026-01-05',
      stale: false,
      currentVersion: 0,
      latestFile: null,
      version: 1,
      versions: [],
      links: [],
    });
    expect(first.reference).toMatch(/^EV-\d{4}$/);
    expect(Number(second.reference.slice(3))).toBe(Number(first.reference.slice(3)) + 1);
    const created = (await events(owner.organizationId, 'evidence.created')).find(
      (event) => event.entityId === first.id,
    );
    expect(created).toMatchObject({ actorUserId: contributor.userId, entityType: 'evidence' });
    expect(created?.changes.reference).toEqual({ after: first.reference });
    expect(created?.changes.coversTo).toEqual({ after: '2025-12-31' });
    const read = await viewer.request('GET', url(viewer, `/${first.id}`));
    expect(read.json<{ data: EvidenceDetail }>().data).toMatchObject({
      description: 'Quarterly review of admin accounts',
    });
  });

  it.each([
    ['a link without address', { kind: 'link' }],
    ['a document with an address', { kind: 'document', url: 'https://example.com/a' }],
    ['a period ending before it starts', { coversFrom: '2026-02-01', coversTo: '2026-01-01' }],
    ['an unknown kind', { kind: 'photo' }],
    ['an address that is not a web address', { kind: 'link', url: 'javascript:alert(1)' }],
    ['a missing title', { title: '  ' }],
  ])('refuses %s with 400 and stores nothing', async (_name, body) => {
    const before = (await owner.request('GET', url(owner))).json<ListAnswer>().total;
    const response = await owner.request('POST', url(owner), { title: 'Refused', kind: 'record', ...body });
    expect(response.statusCode, response.body).toBe(400);
    expect((await owner.request('GET', url(owner))).json<ListAnswer>().total).toBe(before);
  });

  it('lets viewers read but not add, and hides the organisation from others', async () => {
    expect((await viewer.request('POST', url(viewer), { title: 'T', kind: 'record' })).statusCode).toBe(403);
    const item = await create(owner);
    expect((await stranger.request('GET', url(owner, `/${item.id}`))).statusCode).toBe(404);
    expect((await stranger.request('GET', url(stranger, `/${item.id}`))).statusCode).toBe(404);
    expect((await download(stranger, item.id, 1)).statusCode).toBe(404);
  });

  it('filters by words, kind, status, owner and staleness, pages, and counts', async () => {
    const tag = randomUUID().slice(0, 8);
    await create(owner, { title: `Backup log ${tag}`, kind: 'system_export', owner: 'Ops', reviewBy: '2025-12-31' });
    await create(owner, { title: `Backup test ${tag}`, kind: 'record', status: 'approved', reviewBy: '2026-06-30' });
    await create(owner, { title: `Old backup ${tag}`, kind: 'record', status: 'expired', reviewBy: '2025-01-01' });
    await create(owner, { title: `Backup policy ${tag}`, kind: 'document', owner: 'ops', reviewBy: '2026-01-15' });
    const list = async (query: string) => {
      const response = await owner.request('GET', url(owner, `?q=${tag}&${query}`));
      expect(response.statusCode, response.body).toBe(200);
      return response.json<ListAnswer>();
    };
    const all = await list('');
    expect(all.total).toBe(4);
    expect(all.counts).toEqual({ draft: 2, approved: 1, expired: 1, stale: 1 });
    expect(all.data.find((entry) => entry.title.startsWith('Backup log'))?.stale).toBe(true);
    // Review-by today is still current; an expired item is never stale.
    expect(all.data.filter((entry) => entry.stale).map((entry) => entry.title)).toEqual([`Backup log ${tag}`]);
    expect((await list('stale=true')).data.map((entry) => entry.title)).toEqual([`Backup log ${tag}`]);
    expect((await list('stale=false')).total).toBe(3);
    expect((await list('kind=record')).total).toBe(2);
    expect((await list('status=approved')).data.map((entry) => entry.title)).toEqual([`Backup test ${tag}`]);
    expect((await list('status=approved')).counts.draft).toBe(2);
    expect((await list('owner=OPS')).total).toBe(2);
    const first = await list('limit=3');
    const rest = await list('limit=3&offset=3');
    expect(first.data).toHaveLength(3);
    expect(rest.data).toHaveLength(1);
    expect(rest.total).toBe(4);
    expect(new Set([...first.data, ...rest.data].map((entry) => entry.id)).size).toBe(4);
    expect((await owner.request('GET', url(owner, '?q=100%25_'))).json<ListAnswer>().total).toBe(0);
    expect((await owner.request('GET', url(owner, '?limit=0'))).statusCode).toBe(400);
    expect((await owner.request('GET', url(owner, '?kind=photo'))).statusCode).toBe(400);
  });

  it('applies an edit from the current version, records it, and refuses a stale one with the current item', async () => {
    const item = await create(owner, { title: 'Supplier list' });
    const edit = await owner.request('PATCH', url(owner, `/${item.id}`), {
      version: 1,
      status: 'approved',
      reviewBy: '2027-01-31',
      description: 'Signed off by the CFO',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json<{ data: EvidenceDetail }>().data).toMatchObject({
      status: 'approved',
      reviewBy: '2027-01-31',
      version: 2,
      title: 'Supplier list',
    });
    const updated = (await events(owner.organizationId, 'evidence.updated')).find(
      (event) => event.entityId === item.id,
    );
    expect(updated?.changes).toMatchObject({
      status: { before: 'draft', after: 'approved' },
      reviewBy: { before: null, after: '2027-01-31' },
      version: { before: 1, after: 2 },
    });
    const stale = await owner.request('PATCH', url(owner, `/${item.id}`), { version: 1, title: 'Overwrite' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { details: { current: EvidenceDetail } } }>().error.details.current).toMatchObject({
      title: 'Supplier list',
      version: 2,
    });
    const unchanged = await owner.request('PATCH', url(owner, `/${item.id}`), { version: 2, status: 'approved' });
    expect(unchanged.json<{ data: EvidenceDetail }>().data.version).toBe(2);
    const invalid = await owner.request('PATCH', url(owner, `/${item.id}`), { version: 2, url: 'https://x.example' });
    expect(invalid.statusCode).toBe(400);
    expect((await viewer.request('PATCH', url(viewer, `/${item.id}`), { version: 2, title: 'X' })).statusCode).toBe(
      403,
    );
  });
});

describe('file versions', () => {
  it('keeps every version downloadable, byte for byte, with safe download headers', async () => {
    const item = await create(owner, { title: 'Information security policy', kind: 'document' });
    const first = pdf('version one');
    const second = pdf('version two, approved');
    const afterFirst = await uploaded(owner, item.id, first, 'Politique de sécurité v1.pdf', 'First draft');
    expect(afterFirst).toMatchObject({ currentVersion: 1, version: 2 });
    const afterSecond = await uploaded(contributor, item.id, second, 'policy "v2".pdf');
    expect(afterSecond.versions.map((version) => version.versionNumber)).toEqual([2, 1]);
    expect(afterSecond.latestFile).toMatchObject({
      versionNumber: 2,
      sha256: sha(second),
      sizeBytes: second.length,
      mediaType: 'application/pdf',
      fileName: 'policy "v2".pdf',
      uploadedBy: { id: contributor.userId },
    });
    expect(afterSecond.versions[1]).toMatchObject({ note: 'First draft', sha256: sha(first) });

    const old = await download(viewer, item.id, 1);
    expect(old.statusCode).toBe(200);
    expect(new Uint8Array(old.rawPayload)).toEqual(first);
    expect(old.headers['content-type']).toBe('application/pdf');
    expect(old.headers['x-content-type-options']).toBe('nosniff');
    expect(old.headers['content-security-policy']).toBe('sandbox');
    expect(old.headers.etag).toBe(`"${sha(first)}"`);
    expect(old.headers['content-disposition']).toBe(
      `attachment; filename="Politique de securite v1.pdf"; filename*=UTF-8''Politique%20de%20s%C3%A9curit%C3%A9%20v1.pdf`,
    );
    const latest = await download(viewer, item.id, 2);
    expect(new Uint8Array(latest.rawPayload)).toEqual(second);
    expect(latest.headers['content-disposition']).toBe(
      `attachment; filename="policy _v2_.pdf"; filename*=UTF-8''policy%20_v2_.pdf`,
    );
    expect((await download(viewer, item.id, 1, { 'if-none-match': `"${sha(first)}"` })).statusCode).toBe(304);
    expect((await download(viewer, item.id, 3)).statusCode).toBe(404);

    const recorded = (await events(owner.organizationId, 'evidence.version_uploaded')).filter(
      (event) => event.entityId === item.id,
    );
    expect(recorded.map((event) => event.changes.sha256?.after).sort()).toEqual([sha(first), sha(second)].sort());
    expect(recorded.find((event) => event.changes.versionNumber?.after === 1)?.changes).toMatchObject({
      fileName: { after: 'Politique de sécurité v1.pdf' },
      sizeBytes: { after: first.length },
      mediaType: { after: 'application/pdf' },
    });
  });

  it('types files by their content, not their name', async () => {
    const item = await create(owner, { title: 'Screenshot of MFA settings', kind: 'screenshot' });
    const detail = await uploaded(owner, item.id, png, 'report.pdf');
    expect(detail.latestFile?.mediaType).toBe('image/png');
    const response = await download(owner, item.id, 1);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toContain('filename="report.pdf"');
  });

  it('stores the same bytes once, whoever uploads them', async () => {
    const bytes = new TextEncoder().encode(`user,role\nana,admin\nbo,${randomUUID()}\n`);
    const one = await create(owner, { title: 'Export A', kind: 'system_export' });
    const two = await create(contributor, { title: 'Export B', kind: 'system_export' });
    await uploaded(owner, one.id, bytes, 'a.csv');
    const second = await uploaded(contributor, two.id, bytes, 'b.csv');
    expect(second.latestFile?.mediaType).toBe('text/csv');
    expect(storedFiles().filter((name) => name === sha(bytes))).toHaveLength(1);
    const blobs = await queryRows<{ n: number }>(
      testApp.database.db,
      sql`select count(*)::int as n from evidence_blob where sha256 = ${sha(bytes)}`,
    );
    expect(blobs[0]?.n).toBe(1);
    expect((await download(owner, two.id, 1)).headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('refuses a file above the size limit with 413, writing neither a row nor a file', async () => {
    const item = await create(owner, { title: 'Big export', kind: 'system_export' });
    const filesBefore = storedFiles().length;
    const big = new Uint8Array(maxBytes + 1).fill(0x41);
    const response = await upload(owner, item.id, big, 'big.txt');
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('payload_too_large');
    expect(storedFiles().length).toBe(filesBefore);
    expect(existsSync(store.pathOf(sha(big)))).toBe(false);
    const detail = (await owner.request('GET', url(owner, `/${item.id}`))).json<{ data: EvidenceDetail }>().data;
    expect(detail).toMatchObject({ currentVersion: 0, versions: [], version: 1 });
    // Exactly the limit is fine.
    await uploaded(owner, item.id, big.subarray(0, maxBytes), 'exact.txt');
  });

  it('refuses empty files, files for link items, bodies that are not files, and viewers', async () => {
    const item = await create(owner, { title: 'Empty', kind: 'document' });
    expect((await upload(owner, item.id, new Uint8Array(0), 'empty.txt')).statusCode).toBe(400);
    const link = await create(owner, { title: 'Wiki page', kind: 'link', url: 'https://wiki.example/page' });
    const refused = await upload(owner, link.id, png, 'x.png');
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/carries no file/);
    const json = await owner.request('PUT', url(owner, `/${item.id}/file?fileName=a.txt`), { file: 'text' });
    expect(json.statusCode).toBe(400);
    expect((await upload(owner, item.id, png, '')).statusCode).toBe(400);
    expect((await upload(viewer, item.id, png, 'x.png')).statusCode).toBe(403);
    expect((await upload(stranger, item.id, png, 'x.png')).statusCode).toBe(404);
    const detail = (await owner.request('GET', url(owner, `/${item.id}`))).json<{ data: EvidenceDetail }>().data;
    expect(detail.versions).toEqual([]);
  });

  it('answers a missing or changed file with 409 naming the integrity check', async () => {
    const item = await create(owner, { title: 'Fragile', kind: 'document' });
    const bytes = pdf(`fragile ${randomUUID()}`);
    await uploaded(owner, item.id, bytes, 'fragile.pdf');
    writeFileSync(store.pathOf(sha(bytes)), 'tampered');
    const changed = await download(owner, item.id, 1);
    expect(changed.statusCode).toBe(409);
    expect(changed.json<{ error: { message: string } }>().error.message).toMatch(/certa evidence verify/);
    rmSync(store.pathOf(sha(bytes)));
    const missing = await download(owner, item.id, 1);
    expect(missing.statusCode).toBe(409);
    expect(missing.json<{ error: { message: string } }>().error.message).toMatch(/missing.*integrity check/);
    // Uploading the same bytes again repairs the store.
    await uploaded(owner, item.id, bytes, 'fragile.pdf');
    expect(new Uint8Array((await download(owner, item.id, 1)).rawPayload)).toEqual(bytes);
  });
});

describe('links to gap assessment requirements', () => {
  it('links, lists with a label, refuses duplicates, unlinks, and records both', async () => {
    const assessment = await startAssessment(owner);
    const item = await create(owner, { title: 'Access control policy', kind: 'document' });
    const requirementId = requirementIds.get('A.5.15') ?? '';
    const body = { evidenceId: item.id, targetType: 'gap_answer', targetId: assessment.id, requirementId };
    const linked = await contributor.request('POST', linksUrl(contributor), body);
    expect(linked.statusCode, linked.body).toBe(201);
    const link = linked.json<{ data: EvidenceLinkView }>().data;
    expect(link).toMatchObject({
      evidenceReference: item.reference,
      label: `${assessment.reference} · A.5.15 Access control`,
      requirementId,
    });
    expect((await owner.request('POST', linksUrl(owner), body)).statusCode).toBe(409);

    const other = await create(owner, { title: 'Joiner process', kind: 'document' });
    const otherRequirement = requirementIds.get('A.5.16') ?? '';
    expect(
      (
        await owner.request('POST', linksUrl(owner), {
          ...body,
          evidenceId: other.id,
          requirementId: otherRequirement,
        })
      ).statusCode,
    ).toBe(201);
    const one = await viewer.request(
      'GET',
      linksUrl(viewer, `?targetType=gap_answer&targetId=${assessment.id}&requirementId=${requirementId}`),
    );
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json<{ data: EvidenceLinkView[] }>().data.map((entry) => entry.evidenceId)).toEqual([item.id]);
    const all = await viewer.request('GET', linksUrl(viewer, `?targetType=gap_answer&targetId=${assessment.id}`));
    expect(all.json<{ data: EvidenceLinkView[] }>().data).toHaveLength(2);
    const detail = (await owner.request('GET', url(owner, `/${item.id}`))).json<{ data: EvidenceDetail }>().data;
    expect(detail).toMatchObject({ linkCount: 1, links: [{ id: link.id }] });

    expect((await viewer.request('DELETE', linksUrl(viewer, `/${link.id}`))).statusCode).toBe(403);
    expect((await owner.request('DELETE', linksUrl(owner, `/${link.id}`))).statusCode).toBe(204);
    expect((await owner.request('DELETE', linksUrl(owner, `/${link.id}`))).statusCode).toBe(404);
    const linkedEvent = (await events(owner.organizationId, 'evidence.linked')).find(
      (event) => event.entityId === item.id,
    );
    expect(linkedEvent?.changes.link).toEqual({ after: link.label });
    const unlinkedEvent = (await events(owner.organizationId, 'evidence.unlinked')).find(
      (event) => event.entityId === item.id,
    );
    expect(unlinkedEvent?.changes.link).toEqual({ before: link.label });
  });

  it('refuses targets of another organisation, unknown requirements and targets without tables', async () => {
    const assessment = await startAssessment(owner);
    const foreign = await startAssessment(stranger);
    const item = await create(owner, { title: 'Logging standard', kind: 'document' });
    const requirementId = requirementIds.get('A.8.15') ?? '';
    const post = (body: Record<string, unknown>) =>
      owner.request('POST', linksUrl(owner), {
        evidenceId: item.id,
        targetType: 'gap_answer',
        targetId: assessment.id,
        requirementId,
        ...body,
      });
    expect((await post({ targetId: foreign.id })).statusCode).toBe(404);
    const foreignItem = await create(stranger, { title: 'Theirs' });
    expect((await post({ evidenceId: foreignItem.id })).statusCode).toBe(404);
    expect((await post({ requirementId: randomUUID() })).statusCode).toBe(400);
    expect((await post({ requirementId: null })).statusCode).toBe(400);
    const soa = await post({ targetType: 'soa_row' });
    expect(soa.statusCode).toBe(400);
    expect(soa.json<{ error: { message: string } }>().error.message).toMatch(/arrive with/);
    const list = await owner.request('GET', linksUrl(owner, `?targetType=gap_answer&targetId=${foreign.id}`));
    expect(list.statusCode).toBe(404);
    expect(
      (await stranger.request('GET', linksUrl(owner, `?targetType=gap_answer&targetId=${assessment.id}`))).statusCode,
    ).toBe(404);
  });

  it('refuses to link to or unlink from a completed assessment', async () => {
    const assessment = await startAssessment(owner);
    const item = await create(owner, { title: 'Risk register export', kind: 'system_export' });
    const body = {
      evidenceId: item.id,
      targetType: 'gap_answer',
      targetId: assessment.id,
      requirementId: requirementIds.get('6.1.2'),
    };
    const link = (await owner.request('POST', linksUrl(owner), body)).json<{ data: EvidenceLinkView }>().data;
    for (const to of ['in_progress', 'in_review', 'completed']) {
      const moved = await owner.request(
        'POST',
        `/api/v1/organizations/${owner.organizationId}/gap-assessments/${assessment.id}/transitions`,
        { to },
      );
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const refused = await owner.request('POST', linksUrl(owner), {
      ...body,
      requirementId: requirementIds.get('6.1.3'),
    });
    expect(refused.statusCode).toBe(409);
    expect((await owner.request('DELETE', linksUrl(owner, `/${link.id}`))).statusCode).toBe(409);
  });
});

describe('uploads over a real connection', () => {
  it('streams a file in, and answers 413 to an oversized one whether its length is declared or not', async () => {
    const address = await testApp.app.listen({ host: '127.0.0.1', port: 0 });
    const item = await create(owner, { title: 'Streamed', kind: 'document' });
    const put = (body: BodyInit, fileName: string) =>
      fetch(`${address}${url(owner, `/${item.id}/file?fileName=${fileName}`)}`, {
        method: 'PUT',
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken, 'content-type': 'application/octet-stream' },
        body,
        duplex: 'half',
      } as RequestInit);
    const bytes = pdf(`streamed ${randomUUID()}`);
    const ok = await put(new Blob([bytes]), 'streamed.pdf');
    expect(ok.status).toBe(201);
    const declared = await put(new Blob([new Uint8Array(maxBytes + 10)]), 'big.bin');
    expect(declared.status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 8; index += 1) controller.enqueue(new Uint8Array(maxBytes / 4).fill(index));
        controller.close();
      },
    });
    const streamed = await put(chunks, 'chunked.bin');
    expect(streamed.status).toBe(413);
    const detail = (await owner.request('GET', url(owner, `/${item.id}`))).json<{ data: EvidenceDetail }>().data;
    expect(detail.versions.map((version) => version.sha256)).toEqual([sha(bytes)]);
  });
});

describe('hostile uploads', () => {
  it('answers any file name, note and bytes with a success or a clear 4xx, never a 500', async () => {
    const item = await create(owner, { title: 'Fuzzed', kind: 'document' });
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('../../etc/passwd', '\u0000', '\uD800', 'a"b\r\nSet-Cookie: x=1', '<script>.html', ''),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.option(text), fc.uint8Array({ maxLength: 2048 }), async (fileName, note, bytes) => {
        const query = new URLSearchParams({ fileName, ...(note === null ? {} : { note }) });
        const response = await testApp.app.inject({
          method: 'PUT',
          url: url(owner, `/${item.id}/file?${query.toString()}`),
          headers: {
            cookie: owner.cookie,
            'x-csrf-token': owner.csrfToken,
            'content-type': 'application/octet-stream',
          },
          payload: Buffer.from(bytes),
        });
        if (response.statusCode >= 500) throw new Error(`answered ${response.statusCode}: ${response.body}`);
        if (response.statusCode !== 201) return;
        const version = response.json<{ data: EvidenceDetail }>().data.latestFile;
        const served = await download(owner, item.id, version?.versionNumber ?? 0);
        expect(served.statusCode).toBe(200);
        expect(new Uint8Array(served.rawPayload)).toEqual(bytes);
        expect(served.headers['content-disposition']).toMatch(
          /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[\x21-\x7e]+$/,
        );
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
