import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

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
