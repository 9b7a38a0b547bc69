import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseAndCheck,
  cisoAssistantFixtures,
  confirmImport,
  haveFiles,
  importThroughWizard,
  nistHighBaseline,
  nistLowProfile,
  openImportWizard,
  sampleAttributes,
} from './fixtures/framework-import.ts';
import { timeTree } from './fixtures/tree-timing.ts';
import { csrfTokenOf, expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

test('the framework library lists ISO/IEC 27001:2022 and browses its requirements with guidance', async ({ page }) => {
  await page.goto(`/o/${orgId}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks', exact: true }).click();
  await expect(page).toHaveURL(`/o/${orgId}/frameworks`);
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  const card = page.getByRole('article', { name: 'ISO/IEC 27001:2022' });
  await expect(card).toContainText('Built in');
  await expect(card).toContainText('you can assess');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('frameworks.png'), animations: 'disabled' });

  await card.getByRole('link', { name: 'ISO/IEC 27001:2022' }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${orgId}/frameworks/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'ISO/IEC 27001:2022' })).toBeVisible();
  const tree = page.getByRole('tree', { name: 'Requirements' });
  await expect(tree.getByRole('treeitem', { name: /^A\.5 Organizational controls/ })).toBeVisible();

  // The filter keeps the match and the headings above it.
  await page.getByLabel('Filter by reference or words').fill('Threat intelligence');
  await expect(tree.getByRole('treeitem')).toHaveCount(3);
  await tree.getByRole('treeitem', { name: /A\.5\.7/ }).click();
  await expect(page).toHaveURL(/\?ref=A\.5\.7$/);
  const details = page.getByRole('article', { name: 'A.5.7 Threat intelligence' });
  await expect(details.getByRole('heading', { level: 2, name: 'A.5.7 Threat intelligence' })).toBeVisible();
  await expect(details).toContainText('Annex A control');
  await expect(details).toContainText('New in 2022');
  await expect(details.getByRole('heading', { name: 'What an auditor asks' })).toBeVisible();
  expect(await details.locator('ol > li').count()).toBeGreaterThan(0);
  await expect(details.getByRole('heading', { name: 'Typical evidence' })).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Common gaps' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // The selected requirement is part of the address, so the link can be shared.
  await page.reload();
  await expect(page.getByRole('article', { name: 'A.5.7 Threat intelligence' })).toBeVisible();
  await expect(
    page.getByRole('tree', { name: 'Requirements' }).getByRole('treeitem', { name: /A\.5\.7/ }),
  ).toHaveAttribute('aria-selected', 'true');
  await settle(page);
  await page.screenshot({ path: guideImage('framework-browser.png'), animations: 'disabled' });

  // Keyboard: the arrow keys move through the list and select as they go.
  await page
    .getByRole('tree', { name: 'Requirements' })
    .getByRole('treeitem', { name: /A\.5\.7/ })
    .focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?ref=A\.5\.8$/);

  await page.getByLabel('Filter by reference or words').fill('9.2.2');
  await page
    .getByRole('tree', { name: 'Requirements' })
    .getByRole('treeitem', { name: /9\.2\.2/ })
    .click();
  const audit = page.getByRole('article', { name: '9.2.2 Internal audit programme' });
  await expect(audit).toContainText('Clause requirement');
  await expect(audit).toContainText('Documented information required');
  await expectNoSeriousAccessibilityViolations(page);
});

/** How many frameworks the organisation sees, straight from the API. */
async function frameworkCount(page: Page): Promise<number> {
  const answer = await page.request.get(`/api/v1/organizations/${orgId}/frameworks`);
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { data: unknown[] }).data.length;
}

test('imports the NIST SP 800-53 HIGH baseline, browses it and exports it as OSCAL', async ({ page }) => {
  test.skip(!haveFiles(nistHighBaseline), `Shared test data missing: ${nistHighBaseline}`);
  await openImportWizard(page, orgId);
  await expectNoSeriousAccessibilityViolations(page);
  await chooseAndCheck(page, nistHighBaseline);

  // The preview says what would be created; nothing is written yet. 18 families and 370 controls.
  const planned = page.getByRole('table', { name: 'Frameworks in the file' });
  const row = planned.getByRole('row', { name: /NIST Special Publication 800-53/ });
  await expect(row).toBeVisible({ timeout: 30_000 });
  const cells = row.getByRole('cell');
  await expect(cells.nth(2)).toHaveText('388');
  await expect(cells.nth(3)).toHaveText('370');
  // Idempotent: a second run against the same data finds it already imported.
  await expect(cells.nth(6)).toHaveText(/^(New|Already imported)$/);
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('framework-import-preview.png'), animations: 'disabled' });

  await confirmImport(page);
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('framework-import-done.png'), animations: 'disabled' });

  // From the success page to an interactive tree of 370 controls (printed, never asserted: see STYLE.md).
  const tree = page.getByRole('tree', { name: 'Requirements' });
  const firstRow = tree.getByRole('treeitem').first();
  const fromClick = await timeTree(page, () =>
    page.getByRole('link', { name: /^NIST Special Publication 800-53/ }).click(),
  );
  await expect(firstRow).toHaveAttribute('aria-selected', 'true');
  // The same address without a selection, loaded from scratch (bundle, session, framework).
  const address = page.url().replace(/\?.*$/, '');
  const fromLoad = await timeTree(page, () => page.goto(address).then(() => undefined), { reload: true });
  await expect(firstRow).toHaveAttribute('aria-selected', 'true');
  const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
  for (const [what, timing] of [
    ['after the click on its link', fromClick],
    ['from the start of a full page load', fromLoad],
  ] as const) {
    console.log(
      `NIST SP 800-53 HIGH tree, ${what}: JSON received ${ms(timing.answered)}, first row painted ${ms(timing.shown)}, first row selected by a click ${ms(timing.interactive)}`,
    );
  }

  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(name).toMatch(/^NIST Special Publication 800-53/);
  await expect(page.getByRole('main')).toContainText('Imported');

  await page.getByLabel('Filter by reference or words').fill('AC-2');
  await tree.getByRole('treeitem', { name: /^AC-2\(1\) / }).click();
  await expect(page).toHaveURL(/\?ref=AC-2%281%29$|\?ref=AC-2\(1\)$/);
  const details = page.getByRole('article', { name: /^AC-2\(1\) / });
  await expect(details.getByRole('heading', { name: 'Statement' })).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Parameters' })).toBeVisible();
  expect(await details.getByRole('region', { name: 'Parameters' }).getByRole('row').count()).toBeGreaterThan(1);
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('framework-browser-nist.png'), animations: 'disabled' });

  // The keyboard reaches rows that are not drawn yet: End selects the last family, far below the fold.
  await page.getByLabel('Filter by reference or words').fill('');
  const focused = tree.locator('[role="treeitem"]:focus');
  await tree.getByRole('treeitem', { name: /^AC-2\(1\) / }).focus();
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  await expect(focused).toBeInViewport();
  const last = await focused.getAttribute('data-ref');
  expect(last).not.toBe('AC-2(1)');
  await expect(page).toHaveURL(new RegExp(`\\?ref=${encodeURIComponent(last ?? '')}$`));
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('data-ref', 'AC');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  await expect(focused).toHaveAttribute('aria-level', '2');

  // Export as a person does it: the menu, then the download.
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export as OSCAL' }).click();
  const download = await downloading;
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    catalog?: { uuid: string; metadata: { title: string; 'oscal-version': string }; groups?: unknown[] };
  };
  expect(exported.catalog?.metadata.title).toBe(name);
  expect(exported.catalog?.metadata['oscal-version']).toMatch(/^1\./);
  expect(exported.catalog?.groups).toHaveLength(18);
});

test('a broken file shows every problem and imports nothing', async ({ page }, testInfo) => {
  const before = await frameworkCount(page);
  const broken = testInfo.outputPath('broken-catalog.json');
  writeFileSync(broken, '{"foo": 1}\n');
  await openImportWizard(page, orgId);
  await chooseAndCheck(page, broken);
  const alert = page.getByRole('alert').filter({ hasText: 'broken-catalog.json cannot be imported' });
  await expect(alert).toBeVisible();
  expect(await alert.getByRole('listitem').count()).toBeGreaterThan(0);
  await expect(alert.getByRole('listitem').first()).toContainText('broken-catalog.json');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await expect(page.getByRole('button', { name: 'Check the file' })).toBeVisible();
  expect(await frameworkCount(page)).toBe(before);
});

test('a CISO Assistant mapping library shows how a framework maps to ISO/IEC 27001:2022', async ({ page }) => {
  test.skip(
    !haveFiles(cisoAssistantFixtures.library, cisoAssistantFixtures.mapping),
    'The CISO Assistant fixtures are missing from packages/interop/test/fixtures/ciso-assistant',
  );
  await importThroughWizard(page, orgId, cisoAssistantFixtures.library);
  await openImportWizard(page, orgId);
  await chooseAndCheck(page, cisoAssistantFixtures.mapping);
  const sets = page.getByRole('table', { name: 'Mapping sets in the file' });
  await expect(sets).toContainText('ISO/IEC 27001:2022', { timeout: 30_000 });
  await confirmImport(page);

  await page.goto(`/o/${orgId}/frameworks`);
  await page.getByRole('link', { name: 'Mappings', exact: true }).click();
  await expect(page).toHaveURL(`/o/${orgId}/frameworks/mappings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mappings' })).toBeVisible();
  await page.getByRole('button', { name: /ACME security policy.*ISO\/IEC 27001:2022/ }).click();
  const table = page.getByRole('region', { name: 'Mappings', exact: true });
  await expect(table.getByRole('row')).toHaveCount(4);
  const accounts = table.getByRole('row', { name: /A\.5\.16/ });
  await expect(accounts).toContainText('Subset');
  await expect(accounts).toContainText('7/10');
  await expect(page.getByRole('main')).toContainText('have a mapping');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('framework-mappings.png'), animations: 'disabled', fullPage: true });

  await page.getByLabel('Filter mappings').fill('A.5.18');
  await expect(table.getByRole('row')).toHaveCount(2);
});

test('ISO/IEC 27002 attribute values narrow the ISO/IEC 27001 tree', async ({ page }) => {
  await importThroughWizard(page, orgId, sampleAttributes);
  await page.getByRole('link', { name: /ISO\/IEC 27001:2022 with its attributes/ }).click();
  const tree = page.getByRole('tree', { name: 'Requirements' });
  await expect(tree.getByRole('treeitem').first()).toBeVisible();
  await page.getByRole('button', { name: 'Filter by attribute' }).click();
  await page.getByRole('combobox', { name: 'Control type' }).click();
  await page.getByRole('option', { name: 'Detective' }).click();
  await page.keyboard.press('Escape');
  await expect(tree.getByRole('treeitem')).toHaveCount(3);
  await tree.getByRole('treeitem', { name: /A\.5\.7/ }).click();
  const details = page.getByRole('article', { name: 'A.5.7 Threat intelligence' });
  await expect(details.getByRole('heading', { name: 'Attributes' })).toBeVisible();
  await expect(details).toContainText('Control type');
  await expect(details).toContainText('Threat and vulnerability management');
  await expectNoSeriousAccessibilityViolations(page);
});

test('an OSCAL profile is resolved against the imported catalog the person chooses', async ({ page }) => {
  test.skip(!haveFiles(nistHighBaseline, nistLowProfile), `Shared test data missing: ${nistLowProfile}`);
  // The catalog to resolve against: imported once per run, whichever test gets there first.
  const answer = await page.request.post(
    `/api/v1/organizations/${orgId}/framework-imports?fileName=${basename(nistHighBaseline)}`,
    {
      data: readFileSync(nistHighBaseline),
      headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': await csrfTokenOf(page.request) },
    },
  );
  expect(answer.ok()).toBe(true);

  await openImportWizard(page, orgId);
  await chooseAndCheck(page, nistLowProfile);
  // The profile names a catalog file this library does not hold under that name: the problem says so.
  await expect(page.getByRole('alert')).toContainText('not in the library');
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await page.getByRole('combobox', { name: 'Catalog for a profile' }).click();
  await page.getByRole('option', { name: /HIGH IMPACT BASELINE/ }).click();
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('The profile selects its controls from')).toContainText('HIGH IMPACT BASELINE');
  const row = page.getByRole('table', { name: 'Frameworks in the file' }).getByRole('row', { name: /LOW IMPACT/ });
  await expect(row.getByRole('cell').nth(3)).toHaveText('149');
  await expectNoSeriousAccessibilityViolations(page);
});
