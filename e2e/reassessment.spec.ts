import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { csrfTokenOf, expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

// Creating a pre-filled assessment does real work on the server: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(240_000);

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Requirements' });
const row = (page: Page, ref: string) =>
  grid(page).getByRole('row', { name: new RegExp(`^${ref.replaceAll('.', '\\.')} `) });

interface Created {
  data: { id: string; reference: string; requirements?: { id: string; refId: string }[] };
}

/** Creates, rates and completes an assessment through the API (the journey is about what comes after). */
async function completedAssessment(request: APIRequestContext, title: string): Promise<Created['data']> {
  const headers = { 'x-csrf-token': await csrfTokenOf(request) };
  const base = `/api/v1/organizations/${orgId}/gap-assessments`;
  const frameworks = (await (await request.get(`/api/v1/organizations/${orgId}/frameworks`)).json()) as {
    data: { id: string; name: string }[];
  };
  const iso = frameworks.data.find((framework) => framework.name.includes('27001'));
  const created = await request.post(base, {
    headers,
    data: {
      frameworkId: iso?.id,
      title,
      scope: 'Head office and the logistics platform',
      assessmentDate: '2024-11-04',
      assessors: ['Olivia Owner'],
    },
  });
  expect(created.status()).toBe(201);
  const { id, reference } = ((await created.json()) as Created).data;
  const detail = ((await (await request.get(`${base}/${id}`)).json()) as Created).data;
  const requirementId = (refId: string) => detail.requirements?.find((node) => node.refId === refId)?.id ?? '';
  const answers: [string, Record<string, unknown>][] = [
    ['A.5.1', { status: 'implemented', maturity: 3, owner: 'CISO' }],
    ['A.5.19', { status: 'partially_implemented', gap: 'Supplier reviews are informal', owner: 'Procurement' }],
    ['A.5.20', { status: 'implemented' }],
    ['6.1.2', { status: 'partially_implemented', owner: 'CISO' }],
    ['A.8.8', { status: 'not_implemented', effort: 'M' }],
  ];
  for (const [refId, body] of answers) {
    const saved = await request.put(`${base}/${id}/answers/${requirementId(refId)}`, {
      headers,
      data: { version: 0, ...body },
    });
    expect(saved.status()).toBe(200);
  }
  for (const to of ['in_progress', 'in_review', 'completed']) {
    expect((await request.post(`${base}/${id}/transitions`, { headers, data: { to } })).status()).toBe(200);
  }
  return { id, reference };
}

test('a new assessment starts from a completed one, and a change log entry leads to a focused re-assessment', async ({
  page,
}) => {
  const stamp = String(Date.now());
  const previous = await completedAssessment(page.request, `Baseline ${stamp}`);

  // The completed assessment is older than the renewal age: the list says so.
  await page.goto(`/o/${orgId}/gap-assessments`);
  const previousRow = page.getByRole('row', { name: new RegExp(previous.reference) });
  await expect(previousRow.getByText('Due for renewal')).toBeVisible();
  await settle(page);
  await page.screenshot({ path: guideImage('reassessment-due-for-renewal.png') });

  // Start a new assessment from it: every answer is carried over, pending confirmation.
  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New gap assessment' });
  const iso = await dialog
    .getByLabel('Framework')
    .locator('option', { hasText: 'ISO/IEC 27001:2022' })
    .getAttribute('value');
  await dialog.getByLabel('Framework').selectOption(iso ?? '');
  const source = await dialog
    .getByLabel('Start from')
    .locator('option', { hasText: previous.reference })
    .getAttribute('value');
  await dialog.getByLabel('Start from').selectOption(source ?? '');
  await expect(dialog).toContainText('carry over');
  await dialog.getByLabel('Title').fill(`Yearly renewal ${stamp}`);
  await settle(page);
  await page.screenshot({ path: guideImage('reassessment-start-from.png') });
  await dialog.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Yearly renewal ${stamp}` })).toBeVisible();
  await page.getByLabel('Filter by reference or words').fill('A.5.19');
  await expect(row(page, 'A.5.19')).toHaveAccessibleName(/pending confirmation$/);
  await expect(page.getByRole('button', { name: /Confirm all carried-over answers \(5\)/ })).toBeVisible();

  await row(page, 'A.5.19').getByRole('gridcell').first().click();
  const origin = page.getByLabel('Source of this answer');
  await expect(origin).toContainText(`Carried over from ${previous.reference} · pending confirmation`);
  await settle(page);
  await page.screenshot({ path: guideImage('reassessment-carried-over.png') });
  await origin.getByRole('button', { name: 'Confirm' }).click();
  await expect(origin).toContainText(`Carried over from ${previous.reference} · confirmed`);
  await expect(row(page, 'A.5.19')).not.toHaveAccessibleName(/pending confirmation$/);
  await expect(page.getByRole('button', { name: /Confirm all carried-over answers \(4\)/ })).toBeVisible();

  // Record a significant change in the change log and read the proposal.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Change log', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change log' })).toBeVisible();
  await page.getByRole('button', { name: 'Record a change' }).click();
  const form = page.getByRole('dialog', { name: 'Record a change' });
  await form.getByLabel('What changed').fill(`New payroll provider ${stamp}`);
  await form.getByLabel('Kind of change').selectOption('new_supplier');
  await form.getByLabel('Scope affected').fill('HR and payroll data');
  await form.getByRole('button', { name: 'Record change' }).click();
  await expect(form).toBeHidden();
  const changeRow = page.getByRole('row', { name: new RegExp(`New payroll provider ${stamp}`) });
  await expect(changeRow).toContainText('Not yet');
  const proposal = page.getByRole('region', { name: 'What to re-assess' });
  await expect(proposal).toContainText(previous.reference);
  await expect(proposal.getByRole('row', { name: /A\.5\.19/ })).toContainText('new supplier must be assessed');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('reassessment-change-log.png'), fullPage: true });

  // Start a focused re-assessment: the proposed requirements stay pending, the rest is confirmed.
  await proposal.getByRole('button', { name: 'Start focused re-assessment' }).click();
  const start = page.getByRole('dialog', { name: 'Start a focused re-assessment' });
  await start.getByLabel('Title').fill(`After the payroll change ${stamp}`);
  await start.getByRole('button', { name: 'Start and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `After the payroll change ${stamp}` })).toBeVisible();
  const filter = page.getByLabel('Filter by reference or words');
  for (const [ref, pending] of [
    ['A.5.19', true],
    ['6.1.2', true],
    ['A.5.1 ', false],
  ] as const) {
    await filter.fill(ref);
    const name = expect(row(page, ref.trim()));
    if (pending) await name.toHaveAccessibleName(/pending confirmation$/);
    else await name.toHaveAccessibleName(/: Implemented$/);
  }

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Change log', exact: true }).click();
  await expect(changeRow).toContainText('GA-');
  await expect(changeRow).not.toContainText('Not yet');
});
