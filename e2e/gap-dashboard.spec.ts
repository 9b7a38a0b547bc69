import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { csrfTokenOf, expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Requirements' });
const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });
const row = (page: Page, ref: string) =>
  grid(page).getByRole('row', { name: new RegExp(`^${ref.replaceAll('.', '\\.')} `) });

interface Detail {
  id: string;
  requirements: { id: string; refId: string }[];
}

/** Creates an ISO/IEC 27001:2022 assessment through the API and records answers; returns its id. */
async function assessThroughApi(
  request: APIRequestContext,
  title: string,
  assessmentDate: string,
  answers: Record<string, string>,
): Promise<string> {
  const headers = { 'x-csrf-token': await csrfTokenOf(request) };
  const frameworks = (await (await request.get(`/api/v1/organizations/${orgId}/frameworks`)).json()) as {
    data: { id: string; name: string }[];
  };
  const iso = frameworks.data.find((framework) => framework.name === 'ISO/IEC 27001:2022');
  const created = await request.post(`/api/v1/organizations/${orgId}/gap-assessments`, {
    headers,
    data: { frameworkId: iso?.id, title, scope: 'Head office and the logistics platform', assessmentDate },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { data: { id: string } }).data.id;
  const detail = (
    (await (await request.get(`/api/v1/organizations/${orgId}/gap-assessments/${id}`)).json()) as {
      data: Detail;
    }
  ).data;
  for (const [refId, status] of Object.entries(answers)) {
    const requirement = detail.requirements.find((candidate) => candidate.refId === refId);
    const saved = await request.put(
      `/api/v1/organizations/${orgId}/gap-assessments/${id}/answers/${requirement?.id ?? ''}`,
      { headers, data: { version: 0, status } },
    );
    expect(saved.status()).toBe(200);
  }
  return id;
}

test('a dozen requirements are rated by keyboard, the dashboard follows and two assessments are compared', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = String(Date.now());
  await assessThroughApi(page.request, `Last year's baseline ${stamp}`, '2024-06-03', {
    'A.8.1': 'partially_implemented',
    'A.8.2': 'implemented',
    'A.8.3': 'not_implemented',
    'A.8.4': 'implemented',
  });
  const today = new Date().toISOString().slice(0, 10);
  const latest = await assessThroughApi(page.request, `Annual re-assessment ${stamp}`, today, {});

  await page.goto(`/o/${orgId}/gap-assessments/${latest}`);
  await expect(page.getByRole('heading', { level: 1, name: `Annual re-assessment ${stamp}` })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('Showing 123 of 123 requirements')).toBeVisible();

  // `?` shows the shortcuts.
  await row(page, '4.1').getByRole('gridcell').first().click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Partially implemented');
  await settle(page);
  await page.screenshot({ path: guideImage('gap-shortcuts.png'), animations: 'disabled' });
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // `/` goes to the filter; Enter goes back to the grid.
  await page.keyboard.press('/');
  await expect(page.getByLabel('Filter by reference or words')).toBeFocused();
  await page.keyboard.type('A.8.');
  await expect(page.getByText('Showing 34 of 123 requirements')).toBeVisible();
  await row(page, 'A.8.1').getByRole('gridcell').first().click();
  const keyed: [string, string, RegExp][] = [
    ['A.8.1', '3', /Implemented$/],
    ['A.8.2', '3', /Implemented$/],
    ['A.8.3', '2', /Partially implemented$/],
    ['A.8.4', '1', /Not implemented$/],
    ['A.8.5', '3', /Implemented$/],
    ['A.8.6', '2', /Partially implemented$/],
    ['A.8.7', '3', /Implemented$/],
    ['A.8.8', '3', /Implemented$/],
    ['A.8.9', '2', /Partially implemented$/],
    ['A.8.10', '1', /Not implemented$/],
    ['A.8.11', '3', /Implemented$/],
    ['A.8.12', '3', /Implemented$/],
  ];
  for (const [ref, key, name] of keyed) {
    await expect(page).toHaveURL(new RegExp(`ref=${ref.replaceAll('.', '\\.')}(&|$)`));
    await expect(row(page, ref)).toBeFocused();
    await page.keyboard.press(key);
    // The machine may be busy: the save is waited for before moving on, as a person would glance at it.
    await expect(row(page, ref)).toHaveAccessibleName(name, { timeout: 15_000 });
    await expect(saveState(page)).toHaveText('Saved', { timeout: 15_000 });
    await page.keyboard.press('j');
  }
  await expect(saveState(page)).toHaveText('Saved');
  // 7 implemented, 3 partially, 2 not implemented: 100 × (7 + 1.5) ÷ 12.
  await expect(page.getByRole('region', { name: 'Overall' })).toHaveText(/^Overall70\.8 %conformity/);

  // `k` goes back; `m` reaches the maturity and Esc returns to the row.
  await row(page, 'A.8.5').getByRole('gridcell').first().click();
  await expect(row(page, 'A.8.5')).toBeFocused();
  await page.keyboard.press('k');
  await expect(row(page, 'A.8.4')).toBeFocused();
  await expect(page).toHaveURL(/ref=A\.8\.4(&|$)/);
  await page.keyboard.press('m');
  await expect(grid(page).getByLabel('Current maturity of A.8.4', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(row(page, 'A.8.4')).toBeFocused();

  // `e` edits the texts; Esc leaves the field, saves it and returns to the grid.
  await page.keyboard.press('e');
  const gapField = page.getByLabel('Gap found');
  await expect(gapField).toBeFocused();
  await page.keyboard.type('No secure authentication for the support tools');
  await page.keyboard.press('Escape');
  await expect(row(page, 'A.8.4')).toBeFocused();
  await expect(saveState(page)).toHaveText('Saved');

  // A priority set by hand needs a reason.
  const answer = page.getByRole('region', { name: 'Answer for A.8.4' });
  await expect(answer.getByLabel('Priority')).toHaveValue('');
  await expect(row(page, 'A.8.4')).toContainText('high');
  await answer.getByLabel('Priority').selectOption('medium');
  const reason = answer.getByLabel('Why the priority is set by hand');
  await expect(reason).toBeVisible();
  await reason.fill('Only two support engineers use these tools, from managed laptops');
  await reason.press('Tab');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(row(page, 'A.8.4')).toContainText('medium');
  await expect(answer).toContainText('Set by hand: Medium instead of High');

  // The filters narrow the grid by priority.
  await page.getByLabel('Priority', { exact: true }).first().selectOption('medium');
  await expect(page.getByText('Showing 1 of 123 requirements')).toBeVisible();
  await page.getByLabel('Priority', { exact: true }).first().selectOption('');
  await page.getByLabel('Filter by reference or words').fill('');
  await row(page, 'A.8.4').getByRole('gridcell').first().click();
  await settle(page);
  await page.screenshot({ path: guideImage('gap-workspace-filters.png'), animations: 'disabled' });

  // The charts of this assessment.
  await page.getByRole('link', { name: 'Scores and charts' }).click();
  await expect(page.getByRole('heading', { name: 'Conformity by Annex A theme' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Maturity, current and target' })).toBeVisible();
  await settle(page);
  await page.screenshot({ path: guideImage('gap-scores.png'), animations: 'disabled', fullPage: true });

  // The dashboard shows the latest assessment's scores.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  const iso = page.getByRole('region', { name: 'ISO/IEC 27001:2022' });
  await expect(iso).toContainText(`Annual re-assessment ${stamp}`);
  await expect(iso.getByRole('region', { name: 'Overall' })).toHaveText(/^Overall70\.8 %/);
  await expect(iso.getByRole('region', { name: 'Annex A' })).toHaveText(/^Annex A70\.8 %/);
  await expect(iso.getByRole('table', { name: 'Conformity by Annex A theme' })).toContainText('70.8 %');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('dashboard-overview.png'), animations: 'disabled', fullPage: true });

  // Compare with last year's baseline.
  await iso.getByRole('link', { name: 'Compare with an earlier assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare assessments' })).toBeVisible();
  const earlier = page.getByLabel('Earlier assessment');
  await expect(earlier).toHaveValue(/[0-9a-f-]{36}/);
  // Other journeys may have left assessments behind: pick this journey's baseline by its title.
  const baseline = await earlier.locator('option', { hasText: `Last year's baseline ${stamp}` }).getAttribute('value');
  await earlier.selectOption(baseline ?? '');
  await expect(page.getByRole('region', { name: 'Improved' })).toHaveText(/^Improved2requirements/);
  await expect(page.getByRole('region', { name: 'Regressed' })).toHaveText(/^Regressed1requirements/);
  await expect(page.getByRole('region', { name: 'Not comparable' })).toHaveText(/^Not comparable8requirements/);
  await expect(page.getByRole('heading', { name: 'Conformity change by Annex A theme' })).toBeVisible();
  await page.getByLabel('Show').selectOption('regressed');
  const changed = page.getByRole('region', { name: 'Requirements compared' });
  await expect(changed.getByRole('row')).toHaveCount(2);
  await expect(changed).toContainText('A.8.4');
  await expect(changed).toContainText('Not implemented');
  await page.getByLabel('Show').selectOption('');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('gap-comparison.png'), animations: 'disabled' });
});
