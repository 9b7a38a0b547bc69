import { expect, test, type Page } from '@playwright/test';
import { csrfTokenOf, expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

interface DemoStatusAnswer {
  data: { exists: boolean; organization: { id: string } | null };
}

/** The organisation whose dashboard offers the demo: one without assessments (a fresh installation's). */
async function emptyOrganization(page: Page, ownOrgId: string): Promise<string> {
  const list = await page.request.get(`/api/v1/organizations/${ownOrgId}/gap-assessments`);
  expect(list.ok()).toBe(true);
  if (((await list.json()) as { data: unknown[] }).data.length === 0) return ownOrgId;
  // Other journeys ran first and left assessments: a new organisation is as fresh as a first run.
  const created = await page.request.post('/api/v1/organizations', {
    data: { name: 'Fresh start' },
    headers: { 'x-csrf-token': await csrfTokenOf(page.request) },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { data: { id: string } }).data.id;
}

/** A demo left by an interrupted run is removed, so the journey starts from the offer. */
async function removeLeftoverDemo(page: Page) {
  const status = (await (await page.request.get('/api/v1/demo')).json()) as DemoStatusAnswer;
  if (!status.data.exists) return;
  const removed = await page.request.delete('/api/v1/demo', {
    headers: { 'x-csrf-token': await csrfTokenOf(page.request) },
  });
  expect(removed.status()).toBe(200);
}

test('the demo organisation is offered on an empty dashboard, loaded, explored and removed again', async ({ page }) => {
  test.setTimeout(180_000);
  const ownOrgId = await signInAsOwner(page);
  await removeLeftoverDemo(page);
  const orgId = await emptyOrganization(page, ownOrgId);

  // The offer on the dashboard of an organisation without assessments.
  await page.goto(`/o/${orgId}`);
  const offer = page.getByRole('region', { name: 'Explore a demo organisation' });
  // Generous waits: browser journeys share the machine with other test runs.
  await expect(offer).toBeVisible({ timeout: 30_000 });
  await expect(offer).toContainText('fictional 120-person SaaS company');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await offer.screenshot({ path: guideImage('demo-offer.png'), animations: 'disabled' });

  await offer.getByRole('button', { name: 'Load Northwind Cloud (demo)' }).click();
  await expect(page).not.toHaveURL(new RegExp(`/o/${orgId}$`), { timeout: 120_000 });
  await expect(page).toHaveURL(/\/o\/[0-9a-f-]{36}$/);
  const demoId = /\/o\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

  // Labelled as a demo in the header on every page.
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: /Northwind Cloud \(demo\)/ })).toBeVisible({ timeout: 30_000 });
  await expect(header.getByText('Demo', { exact: true })).toBeVisible();

  // Its gap assessment is partly rated, with scores.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Gap assessments', exact: true })
    .click();
  await page
    .getByRole('link', { name: /ISO\/IEC 27001:2022 readiness assessment/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/o/${demoId}/gap-assessments/[0-9a-f-]{36}`));
  await expect(page.getByRole('heading', { level: 1, name: 'ISO/IEC 27001:2022 readiness assessment' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('main')).toContainText('In progress');
  await expect(page.getByRole('region', { name: 'Overall' })).toHaveText(/^Overall\d+(\.\d)? %conformity/);
  const grid = page.getByRole('grid', { name: 'Requirements' });
  await expect(grid.getByRole('row', { name: /^4\.1 .*: Partially implemented$/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /^5\.2 .*: Implemented$/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /^6\.2 .*: Not implemented$/ })).toBeVisible();
  await expect(header.getByText('Demo', { exact: true })).toBeVisible();
  await settle(page);
  await page.screenshot({ path: guideImage('demo-assessment.png'), animations: 'disabled' });

  // Removed from its Settings page, after a confirmation.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Demo organisation' });
  await expect(section).toBeVisible({ timeout: 30_000 });
  await settle(page);
  await section.screenshot({ path: guideImage('demo-remove.png'), animations: 'disabled' });
  await section.getByRole('button', { name: 'Remove demo organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the demo organisation?' });
  await dialog.getByRole('button', { name: 'Remove demo organisation' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page).not.toHaveURL(new RegExp(`/o/${demoId}`));

  // Gone: not in the switcher, not in the API, and the offer is back.
  await expect(header.getByText('Demo', { exact: true })).toHaveCount(0);
  await header.getByRole('button', { name: /^Organisation:/ }).click();
  await expect(page.getByRole('menuitem', { name: /Northwind Cloud/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  const status = (await (await page.request.get('/api/v1/demo')).json()) as DemoStatusAnswer;
  expect(status.data.exists).toBe(false);
  await page.goto(`/o/${orgId}`);
  await expect(page.getByRole('region', { name: 'Explore a demo organisation' })).toBeVisible({ timeout: 30_000 });
});
