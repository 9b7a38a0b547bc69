import { iso27001FrameworkInfo, type GapWorkbookProblem } from '@certa/core';
import { listAuditEvents, listFrameworksVisibleTo, listRequirementKeys } from '@certa/db';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, type SignedInUser } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

interface Answer {
  refId: string;
  status: string;
  maturity: number | null;
  notes: string | null;
  owner: string | null;
  version: number;
}
interface Report {
  scores: { overall: { conformity: number | null; coverage: number | null } };
  requirements: { refId: string; notes: string | null }[];
}
interface ImportResult {
  dryRun: boolean;
  changed: { refId: string; fields: string[] }[];
  unchanged: number;
  problems: GapWorkbookProblem[];
}

let testApp: TestApp;
let owner: SignedInUser;
let contributor: SignedInUser;
let stranger: SignedInUser;
let isoId: string;
const requirementIds = new Map<string, string>();

beforeAll(async () => {
  testApp = await createTestApp();
  owner = await buildSignedInUser(testApp, { role: 'owner' });
  contributor = await buildSignedInUser(testApp, { role: 'contributor', organizationId: owner.organizationId });
  stranger = await buildSignedInUser(testApp, { role: 'owner' });
  const frameworks = await listFrameworksVisibleTo(testApp.database.db, owner.organizationId);
  isoId = frameworks.find((framework) => framework.slug === iso27001FrameworkInfo.slug)?.id ?? '';
  for (const row of await listRequirementKeys(testApp.database.db, isoId)) requirementIds.set(row.refId, row.id);
});

afterAll(async () => {
  await testApp.close();
});

const url = (user: SignedInUser, rest = '') => `/api/v1/organizations/${user.organizationId}/gap-assessments${rest}`;

async function createRated(): Promise<string> {
  const created = await owner.request('POST', url(owner), {
    frameworkId: isoId,
    title: 'Readiness',
    scope: 'The Northwind platform',
    assessmentDate: '2026-01-15',
    targetCertificationDate: '2026-11-30',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ data: { id: string } }>().data.id;
  for (const [refId, body] of [
    ['4.1', { status: 'implemented', maturity: 3, targetMaturity: 3 }],
    ['5.2', { status: 'partially_implemented', documentation: 'draft', owner: 'CISO', notes: 'Board meets in May' }],
    ['6.1.2', { status: 'not_implemented' }],
    ['A.5.1', { status: 'implemented' }],
    ['A.7.4', { status: 'not_applicable', justification: 'No premises of our own' }],
  ] as const) {
    const saved = await owner.request('PUT', url(owner, `/${id}/answers/${requirementIds.get(refId) ?? ''}`), {
      version: 0,
      ...body,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  return id;
}

const download = (user: SignedInUser, id: string, format: string) =>
  user.request('GET', url(user, `/${id}/report/download?format=${format}`));

async function answers(id: string): Promise<Map<string, Answer>> {
  const detail = (await owner.request('GET', url(owner, `/${id}`))).json<{ data: { answers: Answer[] } }>().data;
  return new Map(detail.answers.map((answer) => [answer.refId, answer]));
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Downloads an assessment's XLSX, lets `edit` change its Requirements sheet, and returns the new bytes. */
async function editedWorkbook(
  id: string,
  edit: (sheet: ExcelJS.Worksheet, rowOf: (refId: string) => ExcelJS.Row) => void,
): Promise<Buffer> {
  const workbook = await workbookOf((await download(owner, id, 'xlsx')).rawPayload);
  const sheet = workbook.getWorksheet('Requirements');
  if (!sheet) throw new Error('no Requirements sheet');
  const rowOf = (refId: string) => sheet.getRow(sheet.getColumn(1).values.indexOf(refId));
  edit(sheet, rowOf);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const importWorkbook = (user: SignedInUser, id: string, body: Buffer, dryRun = false) =>
  testApp.app.inject({
    method: 'POST',
    url: url(user, `/${id}/answer-imports?dryRun=${String(dryRun)}&fileName=edited.xlsx`),
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, 'content-type': 'application/octet-stream' },
    payload: body,
  });

const events = async (id: string, action: string) =>
  (await listAuditEvents(testApp.database.db, owner.organizationId, { action }, 500)).filter(
    (event) => event.entityId === id,
  );

// Columns of the Requirements sheet as the renderer writes them.
const column = {
  status: 4,
  maturity: 5,
  target: 6,
  documentation: 7,
  effort: 9,
  owner: 10,
  notes: 14,
  justification: 15,
};

describe('GET …/gap-assessments/:id/report/download', () => {
  let id: string;
  let report: Report;

  beforeAll(async () => {
    id = await createRated();
    report = (await owner.request('GET', url(owner, `/${id}/report`))).json<{ data: Report }>().data;
  });

  it('sends the PDF as an attachment whose headline figures are the JSON scores', async () => {
    const response = await download(owner, id, 'pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const orgSlug = /filename="(.+)-gap-assessment-2026-01-15\.pdf"/.exec(
      String(response.headers['content-disposition']),
    );
    expect(response.headers['content-disposition']).toMatch(/^attachment; /);
    expect(orgSlug?.[1]).toMatch(/^org-[a-z0-9-]+$/);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await extractText(new Uint8Array(response.rawPayload), { mergePages: true })).text;
    const { conformity, coverage } = report.scores.overall;
    expect(conformity).toBe(62.5);
    expect(text).toContain(`${conformity}%`);
    expect(text).toContain(`${coverage}%`);
    expect(text).toContain('Northwind platform');
  });

  it('sends the Word document with the same figures', async () => {
    const response = await download(owner, id, 'docx');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers['content-disposition']).toMatch(/gap-assessment-2026-01-15\.docx"$/);
    const text = (await mammoth.extractRawText({ buffer: response.rawPayload })).value;
    expect(text).toContain(`${report.scores.overall.conformity}%`);
  });

  it('sends the workbook with every requirement, the notes, and a hidden sheet naming the assessment', async () => {
    const response = await download(owner, id, 'xlsx');
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/gap-assessment-2026-01-15\.xlsx"$/);
    const workbook = await workbookOf(response.rawPayload);
    const summary = workbook.getWorksheet('Summary');
    const overall = summary?.getColumn(1).values.indexOf('Overall conformity') ?? -1;
    expect(summary?.getCell(overall, 2).value).toBe((report.scores.overall.conformity ?? 0) / 100);
    const requirements = workbook.getWorksheet('Requirements');
    expect(requirements?.rowCount).toBe(124);
    const policy = requirements?.getColumn(1).values.indexOf('5.2') ?? -1;
    expect(requirements?.getCell(policy, column.notes).value).toBe('Board meets in May');
    expect(report.requirements.find((row) => row.refId === '5.2')?.notes).toBe('Board meets in May');
    const info = workbook.getWorksheet('Certa');
    expect(info?.state).toBe('hidden');
    expect(info?.getColumn(2).values).toEqual(expect.arrayContaining([id, '2026-01-15T09:00:00.000Z']));
  });

  it('sends the Markdown report', async () => {
    const response = await download(owner, id, 'md');
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(response.body).toContain(`${report.scores.overall.conformity}%`);
  });

  it('refuses an unknown format with 400, and hides the assessment from another organisation', async () => {
    expect((await download(owner, id, 'html')).statusCode).toBe(400);
    expect((await download(owner, crypto.randomUUID(), 'pdf')).statusCode).toBe(404);
    const foreign = await stranger.request(
      'GET',
      `/api/v1/organizations/${owner.organizationId}/gap-assessments/${id}/report/download?format=pdf`,
    );
    expect(foreign.statusCode).toBe(404);
    expect((await download(stranger, id, 'pdf')).statusCode).toBe(404);
  });
});

describe('POST …/gap-assessments/:id/answer-imports', () => {
  it('applies the edits of a downloaded workbook: only the changed answers, versioned and audited', async () => {
    const id = await createRated();
    const before = await answers(id);
    const body = await editedWorkbook(id, (_sheet, rowOf) => {
      rowOf('6.1.2').getCell(column.status).value = 'partially_implemented';
      rowOf('6.1.2').getCell(column.maturity).value = 1;
      rowOf('5.2').getCell(column.notes).value = 'Board approved on 3 May';
      rowOf('A.8.8').getCell(column.status).value = 'Implemented';
      rowOf('A.8.8').getCell(column.effort).value = 'm';
    });

    const dryRun = await importWorkbook(owner, id, body, true);
    expect(dryRun.statusCode, dryRun.body).toBe(200);
    const preview = dryRun.json<{ data: ImportResult }>().data;
    expect(preview).toMatchObject({ dryRun: true, unchanged: 120, problems: [] });
    expect(preview.changed).toEqual([
      { refId: '5.2', fields: ['notes'] },
      { refId: '6.1.2', fields: ['status', 'maturity'] },
      { refId: 'A.8.8', fields: ['status', 'effort'] },
    ]);
    expect(await answers(id)).toEqual(before);
    expect(await events(id, 'gap_assessment.answers_imported')).toEqual([]);

    const applied = await importWorkbook(owner, id, body);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json<{ data: ImportResult }>().data).toMatchObject({ dryRun: false, changed: preview.changed });
    const after = await answers(id);
    expect(after.get('6.1.2')).toMatchObject({ status: 'partially_implemented', maturity: 1, version: 2 });
    expect(after.get('5.2')).toMatchObject({ notes: 'Board approved on 3 May', owner: 'CISO', version: 2 });
    expect(after.get('A.8.8')).toMatchObject({ status: 'implemented', version: 1 });
    expect(after.get('4.1')).toEqual(before.get('4.1'));
    const updated = await events(id, 'gap_assessment.answer_updated');
    const imported = updated.filter((event) => event.changes.importedFrom);
    expect(imported.map((event) => event.changes.requirement?.after).sort()).toEqual(['5.2', '6.1.2', 'A.8.8']);
    expect(imported.find((event) => event.changes.requirement?.after === '6.1.2')?.changes).toMatchObject({
      status: { before: 'not_implemented', after: 'partially_implemented' },
      version: { before: 1, after: 2 },
    });
    const [summary] = await events(id, 'gap_assessment.answers_imported');
    expect(summary).toMatchObject({ actorUserId: owner.userId });
    expect(summary?.changes).toMatchObject({
      changed: { after: 3 },
      requirements: { after: ['5.2', '6.1.2', 'A.8.8'] },
    });

    // The same workbook again changes nothing.
    const again = await importWorkbook(owner, id, body);
    expect(again.json<{ data: ImportResult }>().data).toMatchObject({ changed: [], unchanged: 123 });
  });

  it('reports every problem with its row and column and writes nothing', async () => {
    const id = await createRated();
    const before = await answers(id);
    let rows: Record<string, number> = {};
    const body = await editedWorkbook(id, (sheet, rowOf) => {
      rowOf('4.1').getCell(column.status).value = 'done';
      rowOf('4.2').getCell(column.maturity).value = 9;
      rowOf('4.3').getCell(column.effort).value = 'huge';
      rowOf('4.4').getCell(column.documentation).value = 'signed';
      rowOf('5.1').getCell(column.status).value = 'not_applicable';
      rowOf('A.5.2').getCell(column.status).value = 'not_applicable';
      rowOf('A.5.3').getCell(1).value = 'A.99.1';
      rowOf('A.5.4').getCell(1).value = 'A.5.5';
      rowOf('A.5.6').getCell(column.status).value = 'implemented';
      rows = Object.fromEntries(
        ['4.1', '4.2', '4.3', '4.4', '5.1', 'A.5.2', 'A.5.5'].map((ref) => [ref, rowOf(ref).number]),
      );
      rows['A.99.1'] = sheet.getColumn(1).values.indexOf('A.99.1');
    });
    const response = await importWorkbook(owner, id, body);
    expect(response.statusCode).toBe(400);
    const error = response.json<{
      error: { code: string; message: string; details: { problems: GapWorkbookProblem[] } };
    }>().error;
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(
      /^edited\.xlsx: 8 problems, the first: row \d+, Status: 4\.1 Status: "done" is not a status/,
    );
    expect(error.message).toMatch(/Nothing was imported\.$/);
    const located = error.details.problems.map((problem) => [
      problem.kind,
      problem.row,
      `${problem.column ?? ''} ${problem.header ?? ''}`,
    ]);
    expect(located).toEqual([
      ['value', rows['4.1'], 'D Status'],
      ['value', rows['4.2'], 'E Maturity'],
      ['value', rows['4.3'], 'I Effort'],
      ['value', rows['4.4'], 'G Documentation'],
      ['rule', rows['5.1'], 'D Status'],
      ['rule', rows['A.5.2'], 'O Justification'],
      ['reference', rows['A.99.1'], 'A Ref'],
      ['duplicate', (rows['A.5.5'] ?? 0) + 1, 'A Ref'],
    ]);
    expect(await answers(id)).toEqual(before);
    expect(await events(id, 'gap_assessment.answers_imported')).toEqual([]);

    // A dry run lists the same problems in its answer instead.
    const dryRun = await importWorkbook(owner, id, body, true);
    expect(dryRun.statusCode).toBe(200);
    expect(dryRun.json<{ data: ImportResult }>().data.problems).toHaveLength(8);
  });

  it('reports a cell also changed in Certa since the export as a conflict, and merges edits of other fields', async () => {
    const id = await createRated();
    const body = await editedWorkbook(id, (_sheet, rowOf) => {
      rowOf('5.2').getCell(column.status).value = 'implemented';
      rowOf('4.1').getCell(column.notes).value = 'Context reviewed';
    });
    const current = await answers(id);
    const put = (refId: string, patch: Record<string, unknown>) =>
      owner.request('PUT', url(owner, `/${id}/answers/${requirementIds.get(refId) ?? ''}`), {
        version: current.get(refId)?.version,
        ...patch,
      });
    expect((await put('5.2', { status: 'not_implemented' })).statusCode).toBe(200);
    expect((await put('4.1', { owner: 'Olivia' })).statusCode).toBe(200);

    const refused = await importWorkbook(owner, id, body);
    expect(refused.statusCode).toBe(400);
    const problems = refused.json<{ error: { details: { problems: GapWorkbookProblem[] } } }>().error.details.problems;
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'conflict', refId: '5.2', column: 'D', header: 'Status' }),
    ]);
    expect((await answers(id)).get('5.2')).toMatchObject({ status: 'not_implemented', version: 2 });

    const merged = await editedWorkbook(id, (_sheet, rowOf) => {
      rowOf('4.1').getCell(column.notes).value = 'Context reviewed';
    });
    expect((await put('4.1', { maturity: 2, version: 2 })).statusCode).toBe(200);
    expect((await importWorkbook(owner, id, merged)).statusCode).toBe(200);
    expect((await answers(id)).get('4.1')).toMatchObject({ notes: 'Context reviewed', owner: 'Olivia', maturity: 2 });
  });

  it("refuses another assessment's workbook, a file that is not a workbook, and a completed assessment", async () => {
    const id = await createRated();
    const other = await createRated();
    const foreign = await importWorkbook(owner, id, await editedWorkbook(other, () => undefined));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { message: string } }>().error.message).toMatch(
      /edited\.xlsx belongs to assessment GA-2026-\d+, not to GA-2026-\d+/,
    );
    const text = await importWorkbook(owner, id, Buffer.from('Ref,Status\n4.1,implemented\n'));
    expect(text.statusCode).toBe(400);
    expect(
      text.json<{ error: { details: { problems: GapWorkbookProblem[] } } }>().error.details.problems[0],
    ).toMatchObject({
      kind: 'workbook',
    });
    const json = await owner.request('POST', url(owner, `/${id}/answer-imports`), { rows: [] });
    expect(json.statusCode).toBe(400);

    const body = await editedWorkbook(id, (_sheet, rowOf) => {
      rowOf('4.2').getCell(column.status).value = 'implemented';
    });
    for (const to of ['in_progress', 'in_review', 'completed'])
      expect((await owner.request('POST', url(owner, `/${id}/transitions`), { to })).statusCode).toBe(200);
    const locked = await importWorkbook(owner, id, body, true);
    expect(locked.statusCode).toBe(409);
    expect(locked.json<{ error: { message: string } }>().error.message).toMatch(/completed and locked/);
  });

  it('is for owners and ISMS managers only, and hides other organisations', async () => {
    const id = await createRated();
    const body = await editedWorkbook(id, (_sheet, rowOf) => {
      rowOf('4.2').getCell(column.status).value = 'implemented';
    });
    expect((await importWorkbook(contributor, id, body)).statusCode).toBe(403);
    expect((await importWorkbook(stranger, id, body)).statusCode).toBe(404);
    const viaStranger = await testApp.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${owner.organizationId}/gap-assessments/${id}/answer-imports`,
      headers: {
        cookie: stranger.cookie,
        'x-csrf-token': stranger.csrfToken,
        'content-type': 'application/octet-stream',
      },
      payload: body,
    });
    expect(viaStranger.statusCode).toBe(404);
    expect((await answers(id)).get('4.2')?.status).toBe('not_assessed');
  });
});
