import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { csrfTokenOf, expectNoSeriousAccessibilityViolations, guideImage, settle, signInAsOwner } from './helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const recordPdf = fixture('evidence-backup-record.pdf');
const consolePng = fixture('evidence-backup-console.png');
// Several people run browser tests on this machine at once: allow slow answers.
const expect = baseExpect.configure({ timeout: 15_000 });
// Uploads go through the server's file store: give them longer than a click on a busy machine.
const upload = { timeout: 20_000 };

let orgId = '';
test.beforeEach(async ({ page }) => {
  orgId = await signInAsOwner(page);
});

interface Created {
  data: { id: string; reference: string; version: number };
}

/** A call to the API with the session of the page (state changes carry the CSRF token). */
async function api(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) {
  const headers: Record<string, string> = method === 'GET' ? {} : { 'x-csrf-token': await csrfTokenOf(page.request) };
  const answer = await page.request.fetch(`/api/v1/organizations/${orgId}${path}`, { method, data, headers });
  expect(answer.ok(), `${method} ${path} answered ${String(answer.status())}`).toBe(true);
  return (await answer.json()) as unknown;
}

/** A gap assessment on the built-in ISO/IEC 27001:2022, made through the API. */
async function createAssessment(page: Page, title: string): Promise<string> {
  const frameworks = (await api(page, 'GET', '/frameworks')) as { data: { id: string; name: string }[] };
  const iso = frameworks.data.find((framework) => framework.name === 'ISO/IEC 27001:2022');
  if (!iso) throw new Error('The built-in ISO/IEC 27001:2022 framework is missing');
  const created = (await api(page, 'POST', '/gap-assessments', {
    frameworkId: iso.id,
    title,
    scope: 'Head office and the logistics platform',
    assessmentDate: '2026-01-15',
  })) as Created;
  return created.data.id;
}

test('evidence is added with a file, versioned, downloaded, edited through a conflict, flagged stale and linked to a requirement', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = String(Date.now());
  const title = `Backup restore test record ${stamp}`;
  const staleTitle = `Supplier register export ${stamp}`;
  const assessmentId = await createAssessment(page, `Evidence baseline ${stamp}`);
  // An item whose review-by date has passed: the library must flag it.
  await api(page, 'POST', '/evidence', {
    title: staleTitle,
    kind: 'system_export',
    status: 'approved',
    owner: 'Vera Procurement',
    reviewBy: '2025-01-31',
  });

  // Add evidence with its file, from the library.
  await page.goto(`/o/${orgId}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add evidence' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Kind').selectOption('record');
  await dialog.getByLabel('Status').selectOption('approved');
  await dialog.getByLabel('Owner').fill('Olivia Owner');
  await dialog.getByLabel('Description').fill('Quarterly restore of the warehouse database from last night’s backup.');
  await dialog.getByLabel('Covers from').fill('2026-01-01');
  await dialog.getByLabel('Covers to').fill('2026-03-31');
  await dialog.getByLabel('Effective from').fill('2026-04-02');
  await dialog.getByLabel('Review by').fill('2099-04-30');
  await dialog.locator('input[type="file"]').setInputFiles(recordPdf);
  await expect(dialog).toContainText('evidence-backup-record.pdf');
  await dialog.getByRole('button', { name: 'Save evidence' }).click();

  await expect(page).toHaveURL(new RegExp(`/o/${orgId}/evidence/[0-9a-f-]{36}$`), upload);
  const evidenceId = page.url().split('/').at(-1) ?? '';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const versions = page.getByRole('region', { name: 'File versions' });
  await expect(versions.getByRole('row')).toHaveCount(2);
  await expect(versions).toContainText('application/pdf');

  // A second version: the newest comes first, the first stays downloadable with its exact bytes.
  const newVersion = page.getByRole('form', { name: 'Upload a new version' });
  await newVersion.locator('input[type="file"]').setInputFiles(consolePng);
  await newVersion.getByLabel('What changed').fill('Console screenshot of the restored database');
  await newVersion.getByRole('button', { name: 'Upload version' }).click();
  await expect(newVersion.getByText('Version 2 uploaded.')).toBeVisible(upload);
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row').nth(1)).toContainText('v2');
  await expect(versions.getByRole('row').nth(1)).toContainText('image/png');
  await expect(versions.getByRole('row').nth(2)).toContainText('v1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    versions.getByRole('link', { name: 'Download version 1: evidence-backup-record.pdf' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('evidence-backup-record.pdf');
  expect(readFileSync(await download.path()).equals(readFileSync(recordPdf))).toBe(true);

  // Someone else changes the item first: the page shows their value and applies ours on top.
  const current = (await api(page, 'GET', `/evidence/${evidenceId}`)) as Created;
  await api(page, 'PATCH', `/evidence/${evidenceId}`, { owner: 'Ian Infrastructure', version: current.data.version });
  const details = page.getByRole('form', { name: 'Evidence details' });
  await details.getByLabel('Owner').fill('Olivia Owner, IT operations');
  await details.getByLabel('Owner').press('Escape');
  await details.getByRole('button', { name: 'Save changes' }).click();
  const conflict = details.getByRole('alert').or(details.getByText('Someone else changed this item'));
  await expect(conflict.first()).toBeVisible();
  await expect(details.getByRole('table', { name: 'Their values and yours' })).toContainText('Ian Infrastructure');
  await details.getByRole('button', { name: 'Apply mine again' }).click();
  await expect(details.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(details.getByLabel('Owner')).toHaveValue('Olivia Owner, IT operations');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Evidence details' }).getByLabel('Owner')).toHaveValue(
    'Olivia Owner, IT operations',
  );
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('evidence-detail.png'), animations: 'disabled', fullPage: true });

  // The library lists it, and flags the item whose review-by date has passed.
  await page.getByRole('link', { name: '← Evidence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();
  const added = page.getByRole('row', { name: new RegExp(title) });
  await expect(added).toContainText('Record');
  await expect(added).toContainText('Approved');
  await expect(added).toContainText('evidence-backup-console.png');
  await expect(added).not.toContainText('Stale');
  const stale = page.getByRole('row', { name: new RegExp(staleTitle) });
  await expect(stale).toContainText('Stale');
  await expect(stale).toContainText('31 Jan 2025');
  await expect(page.getByRole('button', { name: /^Stale: 1,/ })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('evidence-list.png'), animations: 'disabled' });

  // Filters live in the address: only stale items, then a search.
  await page.getByLabel('Review', { exact: true }).selectOption('true');
  await expect(page).toHaveURL(/stale=true/);
  await expect(page.getByRole('row', { name: new RegExp(staleTitle) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search', { exact: true }).fill('restore test');
  await expect(page).toHaveURL(/q=restore\+test/);
  await expect(page.getByRole('row', { name: new RegExp(staleTitle) })).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible();

  // In the gap workspace: link the item to A.8.13 and upload another one straight to it.
  await page.goto(`/o/${orgId}/gap-assessments/${assessmentId}?ref=A.8.13`);
  const panel = page.getByRole('region', { name: 'Evidence for A.8.13' });
  await expect(panel).toContainText('Nothing linked yet');
  await panel.getByRole('button', { name: 'Link existing evidence' }).click();
  const picker = page.getByRole('dialog', { name: 'Link evidence to A.8.13' });
  await picker.getByLabel('Search the evidence library').fill(stamp);
  await picker.getByRole('button', { name: new RegExp(`^Link EV-\\d+ ${title}`) }).click();
  await expect(picker.getByRole('listitem').filter({ hasText: title })).toContainText('Linked');
  await picker.getByRole('button', { name: 'Done' }).click();
  const linked = panel.getByRole('list', { name: 'Evidence linked to A.8.13' });
  await expect(linked.getByRole('listitem')).toHaveCount(1);
  await expect(linked).toContainText(title);

  await panel.getByRole('button', { name: 'Upload new evidence' }).click();
  const quick = page.getByRole('dialog', { name: 'Upload new evidence for A.8.13' });
  await quick.getByLabel('Title').fill(`Backup job console ${stamp}`);
  await quick.getByLabel('Kind').selectOption('screenshot');
  await quick.locator('input[type="file"]').setInputFiles(consolePng);
  await quick.getByRole('button', { name: 'Save, upload and link' }).click();
  await expect(quick).toHaveCount(0, upload);
  await expect(linked.getByRole('listitem')).toHaveCount(2);
  await expect(linked).toContainText(`Backup job console ${stamp}`);
  await panel.scrollIntoViewIfNeeded();
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('evidence-gap-panel.png'), animations: 'disabled' });

  // The evidence page shows what it supports, and leads back to the requirement.
  await linked.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const supports = page.getByRole('region', { name: 'What it supports' });
  await expect(supports).toContainText('A.8.13');
  await supports.getByRole('link', { name: /A\.8\.13/ }).click();
  await expect(page).toHaveURL(new RegExp(`/gap-assessments/${assessmentId}\\?ref=A\\.8\\.13`));
  await expect(page.getByRole('heading', { level: 2, name: 'Answer for A.8.13' })).toBeVisible();
});
