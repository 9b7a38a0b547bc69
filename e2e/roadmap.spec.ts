import { expect, test, type Page } from '@playwright/test';
import { csrfTokenOf, expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

test.setTimeout(120_000);

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function api<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const headers: Record<string, string> = method === 'GET' ? {} : { 'x-csrf-token': await csrfTokenOf(page.request) };
  const answer = await page.request.fetch(`/api/v1/organizations/${orgId}${path}`, { method, headers, data });
  expect(answer.ok(), await answer.text()).toBe(true);
  return ((await answer.json()) as { data: T }).data;
}

// Faster than clicking: an ISO/IEC 27001 assessment with a target date and a few gaps, rated through the API.
async function assessmentWithGaps(page: Page, title: string): Promise<string> {
  const frameworks = await api<{ id: string; slug: string }[]>(page, 'GET', '/frameworks');
  const iso = frameworks.find((framework) => framework.slug.includes('27001'));
  const assessment = await api<{ id: string }>(page, 'POST', '/gap-assessments', {
    frameworkId: iso?.id,
    title,
    scope: 'Head office and the logistics platform',
    assessmentDate: day(0),
    targetCertificationDate: day(300),
  });
  const detail = await api<{ requirements: { id: string; refId: string }[] }>(
    page,
    'GET',
    `/gap-assessments/${assessment.id}`,
  );
  const idOf = (refId: string) => detail.requirements.find((requirement) => requirement.refId === refId)?.id ?? '';
  const ratings: [string, Record<string, unknown>][] = [
    ['4.3', { status: 'partially_implemented', documentation: 'draft', effort: 'S' }],
    ['5.2', { status: 'not_implemented', effort: 'S', owner: 'ciso@northwind.example' }],
    ['6.1.2', { status: 'not_implemented', effort: 'L', owner: 'ciso@northwind.example' }],
    ['6.1.3', { status: 'partially_implemented', effort: 'M' }],
    ['A.5.15', { status: 'not_implemented', effort: 'M', owner: 'it@northwind.example' }],
    ['A.8.8', { status: 'partially_implemented', maturity: 1, targetMaturity: 4, effort: 'S' }],
    ['A.6.3', { status: 'not_implemented', effort: 'S' }],
  ];
  for (const [refId, body] of ratings) {
    await api(page, 'PUT', `/gap-assessments/${assessment.id}/answers/${idOf(refId)}`, { version: 0, ...body });
  }
  return assessment.id;
}

const tasks = (page: Page) => page.getByRole('table', { name: 'Roadmap tasks' });
const taskRow = (page: Page, reference: string) =>
  tasks(page).getByRole('row', { name: new RegExp(`^${reference.replace('-', '\\-')} `) });
const progress = (page: Page) => page.getByRole('region', { name: 'Progress against plan' });

test('a roadmap is generated from the gaps, shown as a timeline and tracked as tasks', async ({ page }) => {
  const title = `Certification plan ${String(Date.now())}`;
  const id = await assessmentWithGaps(page, title);

  await page.goto(`/o/${orgId}/gap-assessments/${id}`);
  // The workspace loads the whole framework tree: give it longer than the default.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${orgId}/gap-assessments/${id}/roadmap$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap to certification' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No roadmap yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Generate roadmap' }).click();

  // Phases in order, each package with why it sits there and what it closes.
  await expect(tasks(page)).toBeVisible();
  const phases = tasks(page)
    .getByRole('columnheader')
    .filter({ hasText: /^\d · / });
  await expect(phases).toHaveText([
    '1 · ISMS foundations',
    '2 · Risk assessment, treatment and SoA',
    '3 · Annex A controls',
    '4 · Internal audit, management review, certification',
  ]);
  const risk = tasks(page).getByRole('row', { name: /Risk assessment: criteria, method and results/ });
  await expect(risk).toContainText('The risk assessment decides which controls are needed');
  await expect(risk.getByRole('link', { name: '6.1.2' })).toBeVisible();
  await expect(tasks(page).getByRole('row', { name: /Internal audit of the whole ISMS scope/ })).toContainText(
    'Milestone',
  );
  await expect(page.getByRole('img', { name: /^Timeline of \d+ tasks/ })).toBeVisible();
  await expect(progress(page)).toContainText('Done: 0 % of the effort');
  await expect(progress(page)).toContainText('Internal audit of the whole ISMS scope');

  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('roadmap.png'), animations: 'disabled', fullPage: true });

  // Tracking: the first package is done, another is cancelled with its reason.
  await taskRow(page, 'WP-01').getByLabel('Status of WP-01').selectOption('done');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(progress(page)).not.toContainText('Done: 0 % of the effort');
  await expect(progress(page)).toContainText(/Tasks done1 of/);
  await expect(taskRow(page, 'WP-01').getByLabel('Status of WP-01')).toHaveValue('done');

  const control = tasks(page).getByRole('row').filter({ hasText: 'Ranked by gap size' }).last();
  const reference = (await control.getByRole('cell').first().innerText()).trim().split(/\s/)[0] ?? '';
  await taskRow(page, reference).getByLabel(`Status of ${reference}`).selectOption('cancelled');
  const dialog = page.getByRole('dialog', { name: `Cancel ${reference}?` });
  await dialog.getByLabel('Why it is cancelled').fill('Covered by the group-wide awareness programme');
  await dialog.getByRole('button', { name: 'Cancel the task' }).click();
  await expect(taskRow(page, reference).getByLabel(`Status of ${reference}`)).toHaveValue('cancelled');
  await expect(taskRow(page, reference).getByLabel(`Notes of ${reference}`)).toHaveValue(
    'Covered by the group-wide awareness programme',
  );
  await expect(progress(page)).toContainText('1 cancelled');

  // The owner of a package can be changed inline.
  await taskRow(page, 'WP-01').getByLabel('Owner of WP-01').fill('quality@northwind.example');
  await taskRow(page, 'WP-01').getByLabel('Owner of WP-01').press('Tab');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await page.reload();
  await expect(taskRow(page, 'WP-01').getByLabel('Owner of WP-01')).toHaveValue('quality@northwind.example');

  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('roadmap-tracking.png'), animations: 'disabled' });
});
