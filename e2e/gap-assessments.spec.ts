import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Requirements' });
const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });
const row = (page: Page, ref: string) =>
  grid(page).getByRole('row', { name: new RegExp(`^${ref.replaceAll('.', '\\.')} `) });

async function rate(page: Page, ref: string, status: string) {
  await grid(page).getByLabel(`Status of ${ref}`, { exact: true }).selectOption(status);
  await expect(saveState(page)).toHaveText('Saved');
}

test('a gap assessment on ISO/IEC 27001:2022 is created, rated with mouse and keyboard, and completed', async ({
  page,
}) => {
  const title = `ISMS baseline ${String(Date.now())}`;
  await page.goto(`/o/${orgId}`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Gap assessments', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gap assessments' })).toBeVisible();

  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New gap assessment' });
  const iso = await dialog
    .getByLabel('Framework')
    .locator('option', { hasText: 'ISO/IEC 27001:2022' })
    .getAttribute('value');
  await dialog.getByLabel('Framework').selectOption(iso ?? '');
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Scope').fill('Head office and the logistics platform');
  await dialog.getByRole('button', { name: 'Create and open' }).click();

  await expect(page).toHaveURL(new RegExp(`/o/${orgId}/gap-assessments/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const overall = page.getByRole('region', { name: 'Overall' });
  await expect(overall).toHaveText(/^Overall—conformity/);
  await page.getByRole('button', { name: 'Start assessing' }).click();
  await expect(page.getByRole('main')).toContainText('In progress');

  // With the mouse: clause 4 implemented, clause 5 partially.
  for (const ref of ['4.1', '4.2', '4.3', '4.4']) await rate(page, ref, 'implemented');
  for (const ref of ['5.1', '5.2', '5.3']) await rate(page, ref, 'partially_implemented');
  await expect(overall).toHaveText(/^Overall78\.6 %conformity/);

  // Clauses 4–10 are mandatory: their answer form does not offer "Not applicable", and says why.
  await row(page, '5.3').getByRole('gridcell').first().click();
  const clauseAnswer = page.getByRole('region', { name: 'Answer for 5.3' });
  await expect(clauseAnswer.getByRole('option', { name: 'Not applicable' })).toBeDisabled();
  await expect(clauseAnswer).toContainText('cannot be not applicable');

  // With the keyboard: the first Annex A controls, 3 implemented, 2 partially, 1 not implemented, 4 not applicable.
  await page.getByLabel('Filter by reference or words').fill('A.5.');
  await row(page, 'A.5.1').getByRole('gridcell').first().click();
  await expect(page).toHaveURL(/ref=A\.5\.1(&|$)/);
  await expect(page.getByRole('heading', { level: 2, name: 'Answer for A.5.1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What an auditor asks' })).toBeVisible();
  const keyed: [string, string, RegExp][] = [
    ['A.5.1', '3', /Implemented$/],
    ['A.5.2', '2', /Partially implemented$/],
    ['A.5.3', '1', /Not implemented$/],
    ['A.5.4', '3', /Implemented$/],
    ['A.5.5', '3', /Implemented$/],
  ];
  for (const [ref, key, name] of keyed) {
    await expect(row(page, ref)).toBeFocused();
    await page.keyboard.press(key);
    await expect(row(page, ref)).toHaveAccessibleName(name);
    await page.keyboard.press('ArrowDown');
  }
  await expect(page).toHaveURL(/ref=A\.5\.6(&|$)/);
  await expect(row(page, 'A.5.6')).toBeFocused();
  await page.keyboard.press('4');
  const reason = page.getByLabel('Why it is not applicable');
  await reason.fill('No threat intelligence service is in scope of this pilot');
  await reason.press('Tab');
  await expect(row(page, 'A.5.6')).toHaveAccessibleName(/Not applicable$/);
  await expect(row(page, 'A.5.3')).toHaveAccessibleName(/Not implemented$/);

  // 7 implemented, 4 partially, 1 not implemented: 100 × (7 + 2) ÷ 12.
  await expect(overall).toHaveText(/^Overall75 %conformity/);
  await expect(page.getByRole('region', { name: 'Annex A' })).toHaveText(/^Annex A70 %conformity/);

  await page.getByLabel('Filter by reference or words').fill('');
  await row(page, '5.2').getByRole('gridcell').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Answer for 5.2' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('gap-workspace.png'), animations: 'disabled' });

  // Review and completion lock the answers.
  await page.getByRole('button', { name: 'Send for review' }).click();
  await page.getByRole('button', { name: 'Complete assessment' }).click();
  await page
    .getByRole('dialog', { name: 'Complete this assessment?' })
    .getByRole('button', { name: 'Complete assessment' })
    .click();
  await expect(page.getByRole('main')).toContainText('This assessment is completed and read-only');
  await expect(grid(page).getByLabel('Status of 5.2', { exact: true })).toBeDisabled();

  await page.getByRole('link', { name: '← Gap assessments' }).click();
  const listed = page.getByRole('row', { name: new RegExp(title) });
  await expect(listed).toContainText('Completed');
  await expect(listed).toContainText('75 %');
  await expect(listed).toContainText('ISO/IEC 27001:2022');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('gap-assessments.png'), animations: 'disabled' });
});
