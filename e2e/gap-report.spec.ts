import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { csrfTokenOf, expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

test.setTimeout(120_000);

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

async function api<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const headers: Record<string, string> = method === 'GET' ? {} : { 'x-csrf-token': await csrfTokenOf(page.request) };
  const answer = await page.request.fetch(`/api/v1/organizations/${orgId}${path}`, { method, headers, data });
  expect(answer.ok(), await answer.text()).toBe(true);
  return ((await answer.json()) as { data: T }).data;
}

// Faster than clicking: an ISO/IEC 27001 assessment rated through the API.
async function ratedAssessment(page: Page, title: string): Promise<string> {
  const frameworks = await api<{ id: string; slug: string }[]>(page, 'GET', '/frameworks');
  const iso = frameworks.find((framework) => framework.slug.includes('27001'));
  const assessment = await api<{ id: string }>(page, 'POST', '/gap-assessments', {
    frameworkId: iso?.id,
    title,
    scope: 'Head office and the logistics platform',
    assessmentDate: new Date().toISOString().slice(0, 10),
  });
  const detail = await api<{ requirements: { id: string; refId: string }[] }>(
    page,
    'GET',
    `/gap-assessments/${assessment.id}`,
  );
  const idOf = (refId: string) => detail.requirements.find((requirement) => requirement.refId === refId)?.id ?? '';
  const ratings: [string, Record<string, unknown>][] = [
    ['4.1', { status: 'implemented', maturity: 3, targetMaturity: 3 }],
    ['5.2', { status: 'partially_implemented', documentation: 'draft', owner: 'CISO' }],
    ['6.1.2', { status: 'not_implemented', owner: 'CISO' }],
    ['A.5.1', { status: 'implemented' }],
  ];
  for (const [refId, body] of ratings)
    await api(page, 'PUT', `/gap-assessments/${assessment.id}/answers/${idOf(refId)}`, { version: 0, ...body });
  return assessment.id;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Requirements' });
const row = (page: Page, ref: string) =>
  grid(page).getByRole('row', { name: new RegExp(`^${ref.replaceAll('.', '\\.')} `) });

async function openReportMenu(page: Page) {
  await page.getByRole('button', { name: 'Report' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
}

async function downloadFrom(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  await openReportMenu(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function requirementsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet('Requirements');
  if (!sheet) throw new Error('The workbook has no Requirements sheet');
  return sheet;
}

// Columns of the Requirements sheet as downloaded.
const column = { status: 4, maturity: 5, notes: 14 };

async function editAndSave(
  bytes: Buffer,
  path: string,
  edit: (rowOf: (refId: string) => ExcelJS.Row) => void,
): Promise<string> {
  const workbook = await workbookOf(bytes);
  const sheet = requirementsSheet(workbook);
  edit((refId) => sheet.getRow(sheet.getColumn(1).values.indexOf(refId)));
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

async function showOnly(page: Page, ref: string) {
  await page.getByLabel('Filter by reference or words').fill(ref);
  await expect(row(page, ref)).toBeVisible();
}

test('the gap report is downloaded from the workspace, edited offline as a workbook and imported back', async ({
  page,
}, testInfo) => {
  const id = await ratedAssessment(page, `Offline review ${String(Date.now())}`);
  await page.goto(`/o/${orgId}/gap-assessments/${id}`);
  await expect(grid(page)).toBeVisible();

  // The menu with every format.
  await openReportMenu(page);
  for (const label of ['Download PDF', 'Download Word (DOCX)', 'Download Excel (XLSX)', 'Download Markdown'])
    await expect(page.getByRole('menuitem', { name: label })).toBeVisible();
  await settle(page);
  await page.screenshot({ path: guideImage('gap-report-menu.png'), animations: 'disabled' });
  await page.keyboard.press('Escape');

  const pdf = await downloadFrom(page, 'Download PDF');
  expect(pdf.name).toMatch(/^northwind-logistics-gap-assessment-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

  const xlsx = await downloadFrom(page, 'Download Excel (XLSX)');
  expect(xlsx.name).toMatch(/^northwind-logistics-gap-assessment-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  const downloaded = requirementsSheet(await workbookOf(xlsx.bytes));
  expect(downloaded.rowCount).toBe(123 + 1);
  const policy = downloaded.getRow(downloaded.getColumn(1).values.indexOf('5.2'));
  expect(policy.getCell(column.status).value).toBe('partially_implemented');

  // Offline: three requirements change.
  const edited = await editAndSave(xlsx.bytes, testInfo.outputPath('edited.xlsx'), (rowOf) => {
    rowOf('6.1.2').getCell(column.status).value = 'partially_implemented';
    rowOf('6.1.2').getCell(column.maturity).value = 1;
    rowOf('A.5.2').getCell(column.status).value = 'implemented';
    rowOf('5.2').getCell(column.notes).value = 'Board approval planned for the May meeting';
  });

  await openReportMenu(page);
  await page.getByRole('menuitem', { name: 'Import edited workbook…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Import an edited workbook into GA-/ });
  await dialog.locator('input[type="file"]').setInputFiles(edited);
  const changes = dialog.getByRole('table', { name: 'Requirements the workbook changes' });
  await expect(changes).toBeVisible();
  await expect(changes.getByRole('row')).toHaveCount(4);
  await expect(changes.getByRole('row', { name: /^6\.1\.2 / })).toContainText('Status, Maturity');
  await expect(changes.getByRole('row', { name: /^5\.2 / })).toContainText('Notes');
  await expect(dialog).toContainText('3 requirements change; 120 rows stay as they are');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('gap-report-import-preview.png'), animations: 'disabled' });

  await dialog.getByRole('button', { name: 'Apply 3 changes' }).click();
  await expect(dialog.getByRole('status')).toContainText('3 answers were updated');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await showOnly(page, '6.1.2');
  await expect(row(page, '6.1.2')).toHaveAccessibleName(/Partially implemented$/);
  await showOnly(page, 'A.5.2');
  await expect(row(page, 'A.5.2')).toHaveAccessibleName(/Implemented$/);

  // A workbook with mistakes: every problem is shown with its cell, and nothing changes.
  const fresh = await downloadFrom(page, 'Download Excel (XLSX)');
  const wrong = await editAndSave(fresh.bytes, testInfo.outputPath('wrong.xlsx'), (rowOf) => {
    rowOf('5.1').getCell(column.status).value = 'not_applicable';
    rowOf('A.5.3').getCell(column.status).value = 'implemented';
    rowOf('A.5.3').getCell(column.maturity).value = 9;
  });
  await openReportMenu(page);
  await page.getByRole('menuitem', { name: 'Import edited workbook…' }).click();
  await dialog.locator('input[type="file"]').setInputFiles(wrong);
  const problems = dialog.getByRole('table', { name: 'Problems in the workbook' });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('row')).toHaveCount(3);
  await expect(problems).toContainText(/Requirements!D\d+ \(Status\)/);
  await expect(problems).toContainText('clauses 4 to 10 are all mandatory');
  await expect(problems).toContainText(/Requirements!E\d+ \(Maturity\)/);
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await settle(page);
  await page.screenshot({ path: guideImage('gap-report-import-problems.png'), animations: 'disabled' });
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await showOnly(page, 'A.5.3');
  await expect(row(page, 'A.5.3')).toHaveAccessibleName(/Not assessed$/);
  await showOnly(page, '5.1');
  await expect(row(page, '5.1')).toHaveAccessibleName(/Not assessed$/);
});
