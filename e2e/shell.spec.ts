import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations, guideImage, signInAsOwner } from './helpers.ts';

// `comingNext`: areas still to be built say so.
const areas = [
  { label: 'Frameworks', segment: '/frameworks', heading: 'Frameworks', comingNext: false },
  { label: 'Gap assessments', segment: '/gap-assessments', heading: 'Gap assessments', comingNext: false },
  { label: 'Change log', segment: '/changes', heading: 'Change log', comingNext: false },
  { label: 'Risk register', segment: '/risks', heading: 'Risk register', comingNext: true },
  { label: 'Statement of Applicability', segment: '/soa', heading: 'Statement of Applicability', comingNext: true },
  { label: 'Audits', segment: '/audits', heading: 'Audits', comingNext: true },
  { label: 'Findings & actions', segment: '/findings', heading: 'Findings & actions', comingNext: true },
  { label: 'Evidence', segment: '/evidence', heading: 'Evidence', comingNext: false },
  { label: 'Settings', segment: '/settings', heading: 'Settings', comingNext: false },
  { label: 'Dashboard', segment: '', heading: 'Dashboard', comingNext: false },
];

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const systemCard = (page: Page) => page.getByRole('region', { name: 'System', exact: true });
const colorSchemeToggle = (page: Page) => page.getByRole('button', { name: 'Toggle colour scheme' });

/** Switches the theme as a person would, then moves the pointer away so no tooltip lingers. */
async function switchTheme(page: Page, to: 'light' | 'dark') {
  await colorSchemeToggle(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', to);
  await page.mouse.move(900, 700);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
}

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

test('the dashboard shows the system card of the running server', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(`/o/${orgId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page).toHaveTitle('Dashboard · Certa');
  const card = systemCard(page);
  await expect(card).toContainText('Embedded (PGlite)');
  await expect(card).toContainText(/Schema version\s*\d+/);
  await expect(card).toContainText(/Certa version\s*\d+\.\d+\.\d+/);
  await page.screenshot({ path: guideImage('dashboard.png'), animations: 'disabled' });
});

test('every navigation entry opens its area in the current organisation', async ({ page }) => {
  await page.goto('/');
  for (const area of areas) {
    const link = mainNavigation(page).getByRole('link', { name: area.label, exact: true });
    await link.click();
    await expect(page).toHaveURL(`/o/${orgId}${area.segment}`);
    await expect(page.getByRole('heading', { level: 1, name: area.heading })).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
    if (area.comingNext) await expect(page.getByRole('main')).toContainText('Coming next:');
  }
});

test('old area addresses lead to the same area in the current organisation', async ({ page }) => {
  await page.goto('/risks');
  await expect(page).toHaveURL(`/o/${orgId}/risks`);
  await expect(page.getByRole('heading', { level: 1, name: 'Risk register' })).toBeVisible();
});

test('an unknown address shows "Page not found" with a way back', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('/no-such-page');
  await page.screenshot({ path: guideImage('not-found.png'), animations: 'disabled' });
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page).toHaveURL(`/o/${orgId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('the dark theme is remembered after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await switchTheme(page, 'dark');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await switchTheme(page, 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('the dashboard has no serious accessibility violations in either theme', async ({ page }) => {
  await page.goto('/');
  await expect(systemCard(page)).toContainText('Embedded (PGlite)');
  await expectNoSeriousAccessibilityViolations(page);

  await switchTheme(page, 'dark');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: guideImage('dashboard-dark.png'), animations: 'disabled' });
});
