import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { FrameworkImportReport, ImportProblem } from '@certa/core';
import { listAuditEvents, listFrameworksVisibleTo } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const sharedOscal = fileURLToPath(new URL('../../../../../shared/data/oscal/', import.meta.url));
const hasShared = existsSync(sharedOscal);
const fixtures = fileURLToPath(new URL('../../../interop/test/fixtures/', import.meta.url));
const nist = (name: string) => readFileSync(`${sharedOscal}nist/${name}`);
const highFile = 'NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json';

let testApp: TestApp;
let owner: SignedInUser;
let manager: SignedInUser;
let viewer: SignedInUser;
let stranger: SignedInUser;

beforeAll(async () => {
  testApp = await createTestApp();
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  manager = await buildSignedInUser(testApp, { role: 'isms_manager', organizationId: owner.organizationId });
  viewer = await buildSignedInUser(testApp, { role: 'viewer', organizationId: owner.organizationId });
  stranger = await buildSignedInUser(testApp, { role: 'owner' });
});

afterAll(async () => {
  await testApp.close();
});

function upload(user: SignedInUser, body: Buffer | string, query: Record<string, string>) {
  return testApp.app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${user.organizationId}/framework-imports?${new URLSearchParams(query).toString()}`,
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, 'content-type': 'application/octet-stream' },
    payload: body,
  });
}

const frameworkCount = async (organizationId: string) =>
  (await listFrameworksVisibleTo(testApp.database.db, organizationId)).length;

const policyCsv = [
  '# name: Acme internal policies',
  '# version: 2026.1',
  '# publisher: Acme Ltd',
  'ref_id,parent_ref_id,title,kind,assessable,description',
  'POL,,Policies,heading,no,',
  'POL-1,POL,Acceptable use,control,yes,Staff follow the acceptable use rules.',
  'POL-2,POL,Remote work,control,yes,Remote work follows the remote work rules.',
].join('\n');

describe('importing a framework file', () => {
  it('reports what a CSV would create without writing anything on a dry run', async () => {
    const before = await frameworkCount(owner.organizationId);
    const response = await upload(manager, policyCsv, { fileName: 'policies.csv', dryRun: 'true' });
    expect(response.statusCode).toBe(200);
    const report = response.json<{ data: FrameworkImportReport }>().data;
    expect(report).toMatchObject({ format: 'csv', dryRun: true });
    expect(report.frameworks).toEqual([
      expect.objectContaining({
        name: 'Acme internal policies',
        version: '2026.1',
        requirementCount: 3,
        assessableCount: 2,
        status: 'new',
        frameworkId: null,
      }),
    ]);
    expect(await frameworkCount(owner.organizationId)).toBe(before);
  });

  it('imports it, records the import in the audit trail, and changes nothing on the same file again', async () => {
    const first = await upload(manager, policyCsv, { fileName: 'policies.csv' });
    expect(first.statusCode).toBe(200);
    const frameworkId = first.json<{ data: FrameworkImportReport }>().data.frameworks[0]?.frameworkId;
    expect(frameworkId).toBeTruthy();
    const tree = await owner.request('GET', `/api/v1/organizations/${owner.organizationId}/frameworks/${frameworkId}`);
    expect(
      tree
        .json<{ data: { requirements: { refId: string; parentId: string | null }[] } }>()
        .data.requirements.map((node) => node.refId),
    ).toEqual(['POL', 'POL-1', 'POL-2']);
    const [event] = await listAuditEvents(
      testApp.database.db,
      owner.organizationId,
      { action: 'framework.imported' },
      1,
    );
    expect(event).toMatchObject({ entityId: frameworkId, actorUserId: manager.userId });

    const before = await frameworkCount(owner.organizationId);
    const again = await upload(manager, policyCsv, { fileName: 'policies.csv' });
    expect(again.json<{ data: FrameworkImportReport }>().data.frameworks[0]).toMatchObject({
      status: 'unchanged',
      frameworkId,
    });
    expect(await frameworkCount(owner.organizationId)).toBe(before);
    // Another organisation never sees it.
    expect(
      (await stranger.request('GET', `/api/v1/organizations/${stranger.organizationId}/frameworks/${frameworkId}`))
        .statusCode,
    ).toBe(404);
  });

  it('adds a new version beside the old one and refuses different content under the same version', async () => {
    const v2 = policyCsv.replace('2026.1', '2026.2').concat('\nPOL-3,POL,Clear desk,control,yes,');
    expect((await upload(owner, v2, { fileName: 'policies-v2.csv' })).statusCode).toBe(200);
    const versions = (await listFrameworksVisibleTo(testApp.database.db, owner.organizationId)).filter(
      (entry) => entry.slug === 'acme-internal-policies',
    );
    expect(versions.map((entry) => entry.version).sort()).toEqual(['2026.1', '2026.2']);

    const changed = policyCsv.replace('Remote work', 'Working from home');
    const refused = await upload(owner, changed, { fileName: 'policies.csv' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/already in the library/);
  });

  it('refuses a bad file with every problem located and writes nothing', async () => {
    const before = await frameworkCount(owner.organizationId);
    const bad = ['ref_id,parent_ref_id,title', 'A,,First', 'B,MISSING,Second', 'C,,'].join('\n');
    const response = await upload(owner, bad, { fileName: 'bad.csv' });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{
      error: { code: string; message: string; details: { problems: ImportProblem[] } };
    }>();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('Nothing was imported');
    expect(error.details.problems.length).toBeGreaterThanOrEqual(2);
    expect(error.details.problems.map((problem) => problem.location).join(' ')).toMatch(/bad\.csv/);
    expect(await frameworkCount(owner.organizationId)).toBe(before);
  });

  it.each([
    ['a JSON that is not a catalog', '{"foo": 1}', 'not-a-catalog.json'],
    [
      'a billion laughs XML',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><catalog>&lol2;</catalog>',
      'lol.xml',
    ],
    ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'deep.json'],
    [
      'a YAML alias bomb',
      `a: &a ["x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [${Array(120).fill('*b').join(',')}]\n`,
      'bomb.yaml',
    ],
    ['bytes that are not a workbook', 'PK\u0003\u0004 this is not a zip', 'broken.xlsx'],
  ])('refuses %s cleanly', async (_name, body, fileName) => {
    const before = await frameworkCount(owner.organizationId);
    const response = await upload(owner, body, { fileName });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toContain(fileName);
    expect(await frameworkCount(owner.organizationId)).toBe(before);
  });

  it('refuses a file over 50 MB with 413', async () => {
    const response = await upload(owner, Buffer.alloc(50 * 1024 * 1024 + 10, 32), { fileName: 'huge.json' });
    expect(response.statusCode).toBe(413);
  });

  it('lets only owners and ISMS managers import', async () => {
    expect((await upload(viewer, policyCsv, { fileName: 'policies.csv', dryRun: 'true' })).statusCode).toBe(403);
  });

  it('explains that the file goes in the body', async () => {
    const response = await owner.request(
      'POST',
      `/api/v1/organizations/${owner.organizationId}/framework-imports?fileName=x.csv`,
      { file: 'x' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/application\/octet-stream/);
  });
});

describe.skipIf(!hasShared)('importing the NIST OSCAL files (needs ../shared/data)', () => {
  let highId = '';

  it('imports the SP 800-53 HIGH catalog with its 370 controls and resolved parameters', async () => {
    const response = await upload(owner, nist(highFile), { fileName: highFile });
    expect(response.statusCode).toBe(200);
    const [entry] = response.json<{ data: FrameworkImportReport }>().data.frameworks;
    expect(entry).toMatchObject({ requirementCount: 388, assessableCount: 370 });
    highId = entry?.frameworkId ?? '';
    const tree = (
      await owner.request('GET', `/api/v1/organizations/${owner.organizationId}/frameworks/${highId}`)
    ).json<{
      data: { requirements: { refId: string; description: string | null; parameters: unknown[] }[] };
    }>().data;
    const ac2 = tree.requirements.find((node) => node.refId === 'AC-2');
    expect(ac2?.description).toContain('[Assignment: prerequisites and criteria]');
    expect(ac2?.description).not.toContain('{{');
    expect(ac2?.parameters.length).toBeGreaterThan(5);
  });

  it.each([
    ['LOW', 149],
    ['MODERATE', 287],
  ])('resolves the %s baseline profile against the imported HIGH catalog', async (level, count) => {
    const file = `NIST_SP-800-53_rev5_${level}-baseline_profile.json`;
    const response = await upload(owner, nist(file), { fileName: file, catalogId: highId });
    expect(response.statusCode).toBe(200);
    const report = response.json<{ data: FrameworkImportReport }>().data;
    expect(report.resolvedAgainst?.frameworkId).toBe(highId);
    expect(report.frameworks[0]?.assessableCount).toBe(count);
  });

  it('names the missing catalog when a profile cannot be resolved', async () => {
    const file = 'NIST_SP-800-53_rev5_LOW-baseline_profile.json';
    const response = await upload(stranger, nist(file), { fileName: file });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toContain('NIST_SP-800-53_rev5_catalog');
  });

  it('imports the CSF 2.0 XML catalog', async () => {
    const response = await upload(owner, nist('NIST_CSF_v2.0_catalog.xml'), { fileName: 'NIST_CSF_v2.0_catalog.xml' });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ data: FrameworkImportReport }>().data.frameworks[0]).toMatchObject({
      name: 'NIST Cybersecurity Framework 2.0',
    });
  });

  it('exports the catalog as OSCAL, CSV and XLSX', async () => {
    for (const [format, type] of [
      ['oscal', 'application/oscal.catalog+json'],
      ['csv', 'text/csv'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['json', 'application/json'],
    ] as const) {
      const response = await owner.request(
        'GET',
        `/api/v1/organizations/${owner.organizationId}/frameworks/${highId}/export?format=${format}`,
      );
      expect(response.statusCode, format).toBe(200);
      expect(response.headers['content-type']).toContain(type);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+"/);
    }
    const oscal = (
      await owner.request(
        'GET',
        `/api/v1/organizations/${owner.organizationId}/frameworks/${highId}/export?format=oscal`,
      )
    ).json<{ catalog: { metadata: { title: string }; groups: unknown[] } }>();
    expect(oscal.catalog.metadata.title).toContain('800-53');
    expect(oscal.catalog.groups).toHaveLength(18);
  });

  it('finds requirements by words and by reference', async () => {
    const hits = (
      await viewer.request(
        'GET',
        `/api/v1/organizations/${owner.organizationId}/requirements?q=account+management&frameworkId=${highId}`,
      )
    ).json<{ data: { refId: string }[] }>().data;
    expect(hits.map((hit) => hit.refId)).toContain('AC-2');
  });
});

describe('CISO Assistant libraries and mappings', () => {
  const fixture = (name: string) => readFileSync(`${fixtures}ciso-assistant/${name}`);

  it('imports a library, then a mapping set onto the built-in ISO/IEC 27001:2022, and lists them', async () => {
    const library = await upload(owner, fixture('acme-policy-library.yaml'), { fileName: 'acme-policy-library.yaml' });
    expect(library.statusCode).toBe(200);
    const mapping = await upload(owner, fixture('acme-to-iso-mapping.yaml'), { fileName: 'acme-to-iso-mapping.yaml' });
    expect(mapping.statusCode).toBe(200);
    const sets = mapping.json<{ data: FrameworkImportReport }>().data.mappingSets;
    expect(sets[0]).toMatchObject({ target: 'ISO/IEC 27001:2022', status: 'new' });
    const listed = (await viewer.request('GET', `/api/v1/organizations/${owner.organizationId}/mapping-sets`)).json<{
      data: { sourceFrameworkId: string; targetFrameworkId: string; targetName: string; count: number }[];
    }>().data;
    const set = listed.find((entry) => entry.targetName === 'ISO/IEC 27001:2022');
    expect(set?.count).toBe(sets[0]?.count);
    const forward = (
      await viewer.request(
        'GET',
        `/api/v1/organizations/${owner.organizationId}/mappings?sourceFrameworkId=${set?.sourceFrameworkId}&targetFrameworkId=${set?.targetFrameworkId}`,
      )
    ).json<{ data: { target: { refId: string }; relationship: string }[] }>().data;
    expect(forward).toHaveLength(set?.count ?? -1);
    expect(forward.every((entry) => /^A\.\d|^\d/.test(entry.target.refId))).toBe(true);
    // Read from the ISO side, the relationships are inverted.
    const backward = (
      await viewer.request(
        'GET',
        `/api/v1/organizations/${owner.organizationId}/mappings?sourceFrameworkId=${set?.targetFrameworkId}&targetFrameworkId=${set?.sourceFrameworkId}`,
      )
    ).json<{ data: { relationship: string }[] }>().data;
    expect(backward).toHaveLength(forward.length);
    // Mappings of one organisation are never shown to another.
    const strangers = (
      await stranger.request('GET', `/api/v1/organizations/${stranger.organizationId}/mapping-sets`)
    ).json<{ data: unknown[] }>().data;
    expect(strangers).toEqual([]);
    // Importing the same mapping file again changes nothing.
    const again = await upload(owner, fixture('acme-to-iso-mapping.yaml'), { fileName: 'acme-to-iso-mapping.yaml' });
    expect(again.json<{ data: FrameworkImportReport }>().data.mappingSets[0]).toMatchObject({ status: 'unchanged' });
  });

  it('refuses a mapping set whose framework is not in the library, naming it', async () => {
    const response = await upload(stranger, fixture('acme-to-iso-mapping.yaml'), {
      fileName: 'acme-to-iso-mapping.yaml',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/urn:/);
  });
});

describe('ISO/IEC 27002 attribute values', () => {
  const csv = [
    'id,control_type,properties,concepts,capabilities,domains',
    '5.1,#Preventive,#Confidentiality #Integrity #Availability,#Identify,#Governance,#Governance_and_Ecosystem #Resilience',
    'A.8.7,#Preventive #Detective #Corrective,#Confidentiality #Integrity #Availability,#Protect #Detect,#System_and_network_security #Information_protection,#Protection #Defence',
  ].join('\n');

  it('imports them for the organisation only and filters requirements by them', async () => {
    const response = await upload(owner, csv, { fileName: 'attributes.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ data: FrameworkImportReport }>().data.attributes).toMatchObject({ requirementCount: 2 });
    const hits = (
      await viewer.request(
        'GET',
        `/api/v1/organizations/${owner.organizationId}/requirements?attribute=control_type:detective`,
      )
    ).json<{ data: { refId: string }[] }>().data;
    expect(hits.map((hit) => hit.refId)).toEqual(['A.8.7']);
    const strangerHits = (
      await stranger.request(
        'GET',
        `/api/v1/organizations/${stranger.organizationId}/requirements?attribute=control_type:detective`,
      )
    ).json<{ data: unknown[] }>().data;
    expect(strangerHits).toEqual([]);
    const [event] = await listAuditEvents(
      testApp.database.db,
      owner.organizationId,
      { action: 'framework.attributes_imported' },
      1,
    );
    expect(event).toBeDefined();
  });

  it('gives the tree an entity tag that changes when the organisation imports attribute values', async () => {
    const [iso] = (await viewer.request('GET', `/api/v1/organizations/${owner.organizationId}/frameworks`))
      .json<{ data: { id: string; builtIn: boolean }[] }>()
      .data.filter((entry) => entry.builtIn);
    const url = `/api/v1/organizations/${owner.organizationId}/frameworks/${iso?.id}`;
    const first = await viewer.request('GET', url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const zipped = await testApp.app.inject({
      method: 'GET',
      url,
      headers: { cookie: viewer.cookie, 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(first.body);
    const notModified = await testApp.app.inject({
      method: 'GET',
      url,
      headers: { cookie: viewer.cookie, 'if-none-match': etag },
    });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    const changed = csv.replace('#Identify', '#Identify #Protect');
    expect((await upload(owner, changed, { fileName: 'attributes-v2.csv' })).statusCode).toBe(200);
    const after = await viewer.request('GET', url);
    expect(after.headers.etag).not.toBe(etag);
    const a51 = after
      .json<{ data: { requirements: { refId: string; attributes: Record<string, string[]> }[] } }>()
      .data.requirements.find((node) => node.refId === 'A.5.1');
    expect(a51?.attributes.cybersecurity_concepts).toEqual(['identify', 'protect']);
    // Another organisation's tree of the same framework carries none of them.
    const theirs = (
      await stranger.request('GET', `/api/v1/organizations/${stranger.organizationId}/frameworks/${iso?.id}`)
    )
      .json<{ data: { requirements: { refId: string; attributes: Record<string, string[]> }[] } }>()
      .data.requirements.find((node) => node.refId === 'A.5.1');
    expect(theirs?.attributes.cybersecurity_concepts).toBeUndefined();
  });

  it('refuses a row naming a control that does not exist, writing nothing', async () => {
    const response = await upload(owner, `${csv}\n5.99,#Preventive,,,,`, { fileName: 'attributes.csv' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/line 4/);
  });
});

describe('searching the library', () => {
  it('finds ISO/IEC 27001:2022 requirements through Certa guidance words', async () => {
    const hits = (
      await viewer.request('GET', `/api/v1/organizations/${owner.organizationId}/requirements?q=threat+intelligence`)
    ).json<{ data: { refId: string }[] }>().data;
    expect(hits.map((hit) => hit.refId)).toContain('A.5.7');
  });

  it('refuses a malformed attribute filter', async () => {
    expect(
      (await viewer.request('GET', `/api/v1/organizations/${owner.organizationId}/requirements?attribute=nocolon`))
        .statusCode,
    ).toBe(400);
  });
});

describe('templates, and bad queries of exports and mappings', () => {
  it.each([
    ['csv', 'text/csv', 'certa-framework-template.csv'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'certa-framework-template.xlsx'],
    ['attributes', 'text/csv', 'certa-attributes-template.csv'],
  ])('downloads the %s template, which imports as it is', async (format, type, fileName) => {
    const response = await viewer.request(
      'GET',
      `/api/v1/organizations/${owner.organizationId}/framework-imports/template?format=${format}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(type);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
    if (format === 'attributes') return; // its example ids are placeholders, not ISO controls
    const dry = await upload(owner, response.rawPayload, { fileName, dryRun: 'true' });
    expect(dry.statusCode).toBe(200);
  });

  it('answers 400 to an unknown export or template format and to malformed mapping ids', async () => {
    const [iso] = (await viewer.request('GET', `/api/v1/organizations/${owner.organizationId}/frameworks`)).json<{
      data: { id: string }[];
    }>().data;
    const base = `/api/v1/organizations/${owner.organizationId}`;
    expect((await viewer.request('GET', `${base}/frameworks/${iso?.id}/export?format=pdf`)).statusCode).toBe(400);
    expect((await viewer.request('GET', `${base}/framework-imports/template?format=docx`)).statusCode).toBe(400);
    expect((await viewer.request('GET', `${base}/mappings?sourceFrameworkId=x&targetFrameworkId=y`)).statusCode).toBe(
      400,
    );
  });
});
