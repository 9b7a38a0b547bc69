import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  csrfTokenOf,
  e2eBaseUrl,
  expectNoSeriousAccessibilityViolations,
  guideImage,
  needsSetup,
  owner,
  settle,
  signInAsOwner,
} from './helpers.ts';

// One journey in steps: each step builds on the one before (the invitation link, the new account).
test.describe.configure({ mode: 'serial' });

const viewer = {
  name: 'Victor Viewer',
  email: 'victor.viewer@example.test',
  password: 'quiet-harbour-17-lamps',
  newPassword: 'second-quiet-harbour-18',
};

let orgId = '';
let invitationLink = '';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function newSignedOutPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('first run asks for the first owner and organisation', async ({ page }) => {
  test.skip(!(await needsSetup(page.request)), 'This installation was set up before this spec ran');
  await page.goto('/');
  await expect(page).toHaveURL('/setup');
  await expect(heading(page, 'Set up Certa')).toBeVisible();

  // Validation messages come from the same core schema the server uses.
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('too short');
  await page.getByRole('button', { name: 'Create organisation and sign in' }).click();
  await expect(page.getByText('Use at least 12 characters')).toBeVisible();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByLabel('Organisation name')).toBeFocused();

  await page.getByLabel('Organisation name').fill(owner.organizationName);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
  await expect(page.getByText('Use at least 12 characters')).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('setup.png'), animations: 'disabled' });

  await page.getByRole('button', { name: 'Create organisation and sign in' }).click();
  await expect(heading(page, 'Dashboard')).toBeVisible();
  await expect(page).toHaveURL(/\/o\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('banner')).toContainText(owner.organizationName);
  await expect(page.getByRole('banner')).toContainText('Owner');
});

test('the owner invites a viewer and copies the link', async ({ page, context }) => {
  orgId = await signInAsOwner(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await mainNavigation(page).getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page).toHaveURL(`/o/${orgId}/members`);
  await expect(heading(page, 'Members')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Members' })).toContainText(owner.email);

  const invite = page.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email').fill(viewer.email);
  await invite.getByLabel('Role').selectOption({ label: 'Viewer' });
  await expect(invite).toContainText('Reads everything in the organisation, changes nothing');
  await invite.getByRole('button', { name: 'Create invitation' }).click();

  const created = page.getByRole('status').filter({ hasText: `Invitation ready for ${viewer.email}` });
  await expect(created).toBeVisible();
  await expect(created).toContainText('nobody was emailed');
  await expect(created).toContainText('shown only now');
  await created.getByRole('button', { name: 'Copy' }).click();
  await expect(created.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied: unknown = await page.evaluate('navigator.clipboard.readText()');
  invitationLink = typeof copied === 'string' ? copied : '';
  expect(invitationLink).toMatch(new RegExp(`^${e2eBaseUrl.replaceAll('.', '\\.')}/invitations/\\S+$`));
  await expect(created.getByLabel('Invitation link')).toHaveValue(invitationLink);

  const invitations = page.getByRole('table', { name: 'Invitations' });
  await expect(invitations.getByRole('row').filter({ hasText: viewer.email })).toContainText('Waiting');
});

test('the invitee opens the link in a new browser and creates their account', async ({ browser }) => {
  expect(invitationLink, 'the previous step creates the link').not.toBe('');
  const page = await newSignedOutPage(browser);
  await page.goto(invitationLink);
  await expect(heading(page, 'You are invited')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(owner.organizationName);
  await expect(page.getByRole('main')).toContainText(viewer.email);
  await expect(page.getByRole('main')).toContainText('Viewer');

  const form = page.getByRole('form', { name: 'Create your account' });
  await form.getByLabel('Your name').fill(viewer.name);
  await form.getByLabel('Choose a password').fill(viewer.password);
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('invitation-accept.png'), animations: 'disabled' });

  await form.getByRole('button', { name: 'Create account and join' }).click();
  await expect(heading(page, 'Dashboard')).toBeVisible();
  await expect(page).toHaveURL(`/o/${orgId}`);
  await expect(page.getByRole('banner')).toContainText(owner.organizationName);
  await expect(page.getByRole('banner')).toContainText('Viewer');

  // The link works once.
  const reused = await newSignedOutPage(browser);
  await reused.goto(invitationLink);
  await expect(reused.getByText('This invitation can no longer be used')).toBeVisible();
  await page.context().close();
  await reused.context().close();
});

test('a viewer can look but not change, and the API refuses too', async ({ page }) => {
  await page.goto(`/o/${orgId}/members`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await signInThroughForm(page, viewer.email, viewer.password);
  await expect(page).toHaveURL(`/o/${orgId}/members`);

  const members = page.getByRole('table', { name: 'Members' });
  await expect(members).toContainText(owner.email);
  await expect(members).toContainText(viewer.email);
  await expect(members.getByRole('combobox')).toHaveCount(0);
  await expect(members.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Invitations' })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('Only owners can do this. Your role here is Viewer.');
  // The audit trail is for owners, ISMS managers and auditors: not in a viewer's navigation.
  await expect(mainNavigation(page).getByRole('link', { name: 'Audit trail' })).toHaveCount(0);

  await mainNavigation(page).getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByLabel('Organisation name')).toBeDisabled();
  const save = page.getByRole('button', { name: 'Save name' });
  await expect(save).toBeDisabled();
  await save.hover();
  await expect(page.getByRole('tooltip')).toContainText('Only owners can do this');

  const csrfToken = await csrfTokenOf(page.request);
  const rename = await page.request.patch(`/api/v1/organizations/${orgId}`, {
    data: { name: 'Renamed by a viewer' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(rename.status()).toBe(403);
  const members403 = await page.request.get(`/api/v1/organizations/${orgId}/members`);
  const viewerMembership = ((await members403.json()) as { data: { id: string; user: { email: string } }[] }).data.find(
    (member) => member.user.email === owner.email,
  );
  const demote = await page.request.patch(`/api/v1/organizations/${orgId}/members/${viewerMembership?.id ?? ''}`, {
    data: { role: 'viewer' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(demote.status()).toBe(403);
});

test('the owner sees the invitation in the audit trail, and it verifies as intact', async ({ page }) => {
  orgId = await signInAsOwner(page);
  await page.goto(`/o/${orgId}/members`);
  const members = page.getByRole('table', { name: 'Members' });
  await expect(members.getByRole('row')).toHaveCount(3);
  await expect(members.getByLabel(`Role of ${viewer.name}`)).toHaveValue('viewer');
  await expect(page.getByRole('table', { name: 'Invitations' })).toContainText('Accepted');
  await expectNoSeriousAccessibilityViolations(page);
  await settle(page);
  await page.screenshot({ path: guideImage('members.png'), animations: 'disabled' });

  await mainNavigation(page).getByRole('link', { name: 'Audit trail', exact: true }).click();
  await expect(page).toHaveURL(`/o/${orgId}/audit-trail`);
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events).toContainText('invitation.created');
  await expect(events).toContainText(/invitation\.accepted|member\.added/);

  // Filters live in the address.
  await page.getByLabel('Action').fill('invitation.created');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=invitation\.created/);
  await expect(events.getByRole('row')).toHaveCount(2);
  const row = events.getByRole('row').filter({ hasText: 'invitation.created' });
  await row.getByRole('button', { name: /Show details of event/ }).click();
  await expect(page.getByRole('table', { name: /Changes of event/ })).toContainText(viewer.email);
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    `/api/v1/organizations/${orgId}/audit-events/export?format=csv&action=invitation.created`,
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(`/o/${orgId}/audit-trail`);
  await expect(events).toContainText(/invitation\.accepted|member\.added/);

  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The audit trail is intact' })).toBeVisible();
  // The newest event opened for the guide's picture: the viewer joining, with their role.
  const toggle = events.getByRole('row').nth(1).getByRole('button');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousAccessibilityViolations(page);
  await page.evaluate('window.scrollTo(0, 0)');
  await settle(page);
  await page.screenshot({ path: guideImage('audit-trail.png'), animations: 'disabled' });

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^northwind-logistics-audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('signing out, a wrong password, and signing in again', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/');
  await expect(heading(page, 'Dashboard')).toBeVisible();
  await page.getByRole('button', { name: `Account: ${owner.name}` }).click();
  await expect(page.getByRole('menu')).toContainText(owner.email);
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/login');
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // Signed out means signed out: the app sends the visitor to sign-in.
  await page.goto(`/o/${orgId}/settings`);
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(`/o/${orgId}/settings`)}`);
  await expect(heading(page, 'Sign in to Certa')).toBeVisible();
  await settle(page);
  await page.screenshot({ path: guideImage('login.png'), animations: 'disabled' });

  await signInThroughForm(page, owner.email, 'not-the-right-password');
  await expect(page.getByRole('alert')).toContainText('Email or password is wrong');
  await expect(page).toHaveURL(/\/login/);

  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`/o/${orgId}/settings`);
  await expect(heading(page, 'Settings')).toBeVisible();
});

test('an API token is shown once, works, and can be revoked', async ({ page, playwright }) => {
  await signInAsOwner(page);
  await page.goto('/');
  await page.getByRole('button', { name: `Account: ${owner.name}` }).click();
  await page.getByRole('menuitem', { name: 'API tokens' }).click();
  await expect(page).toHaveURL('/account/tokens');
  await expect(heading(page, 'API tokens')).toBeVisible();

  await page.getByLabel('Name').fill('Nightly evidence export');
  await page.getByLabel('Valid for (days)').fill('30');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secretAlert = page.getByRole('status').filter({ hasText: 'Copy your new token' });
  await expect(secretAlert).toContainText('This is the only time Certa shows it');
  const secret = await secretAlert.getByLabel('API token').inputValue();
  expect(secret.length).toBeGreaterThan(20);
  const tokens = page.getByRole('table', { name: 'API tokens' });
  await expect(tokens.getByRole('row').filter({ hasText: 'Nightly evidence export' })).toContainText('Active');
  await settle(page);
  await page.screenshot({ path: guideImage('api-tokens.png'), animations: 'disabled' });

  // The token works as a bearer token, without cookie or CSRF token.
  const client = await playwright.request.newContext({ baseURL: e2eBaseUrl });
  const asToken = await client.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${secret}` } });
  expect(asToken.status()).toBe(200);

  // Shown once: after a reload only its first characters remain.
  await page.reload();
  await expect(page.getByRole('table', { name: 'API tokens' })).toContainText('Nightly evidence export');
  await expect(page.getByRole('textbox', { name: 'API token', exact: true })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(secret);

  await page.getByRole('button', { name: 'Revoke Nightly evidence export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke API token' });
  await expect(dialog).toContainText('stop working at once');
  await dialog.getByRole('button', { name: 'Revoke token' }).click();
  await expect(dialog).toBeHidden();
  await expect(tokens.getByRole('row').filter({ hasText: 'Nightly evidence export' })).toContainText('Revoked');
  const afterRevoke = await client.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${secret}` } });
  expect(afterRevoke.status()).toBe(401);
  await client.dispose();
});

test('a member changes their password and signs in with the new one', async ({ page }) => {
  await page.goto('/login');
  await signInThroughForm(page, viewer.email, viewer.password);
  await expect(heading(page, 'Dashboard')).toBeVisible();
  await page.getByRole('button', { name: `Account: ${viewer.name}` }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await expect(heading(page, 'Change password')).toBeVisible();

  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill(viewer.newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is wrong')).toBeVisible();
  await expect(page.getByLabel('Current password')).toBeFocused();

  await page.getByLabel('Current password').fill(viewer.password);
  await page.getByLabel('New password').fill(viewer.newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Password changed');

  await page.getByRole('button', { name: `Account: ${viewer.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signInThroughForm(page, viewer.email, viewer.password);
  await expect(page.getByRole('alert')).toContainText('Email or password is wrong');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(viewer.newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(heading(page, 'Dashboard')).toBeVisible();
});

test('markup typed into a name is shown as text and never runs', async ({ page }) => {
  const organizationId = await signInAsOwner(page);
  const name = `<img src=x onerror="window.certaInjected=1"> Client & Co <b>bold</b>`;
  const rename = async (to: string) => {
    const answer = await page.request.patch(`/api/v1/organizations/${organizationId}`, {
      data: { name: to },
      headers: { 'x-csrf-token': await csrfTokenOf(page.request) },
    });
    expect(answer.status()).toBe(200);
  };
  await rename(name);
  try {
    await page.goto(`/o/${organizationId}/members`);
    await expect(page.getByText(name, { exact: false }).first()).toBeVisible();
    expect(await page.locator('img[src="x"], b:text("bold")').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { certaInjected?: number }).certaInjected)).toBeUndefined();
  } finally {
    await rename(owner.organizationName);
  }
});
