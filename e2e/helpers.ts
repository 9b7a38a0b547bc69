import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The first owner of the e2e installation, created by first-run setup. */
export const owner = {
  name: 'Olivia Owner',
  email: 'olivia.owner@example.test',
  password: 'steady-ledger-42-rivers',
  organizationName: 'Northwind Logistics',
};

/** Where the tests save the screenshots the user guide embeds. */
export const guideImage = (name: string) => fileURLToPath(new URL(`../docs/guide/images/${name}`, import.meta.url));

/** Address of the server under test (see playwright.config.ts). */
export const e2eBaseUrl = `http://127.0.0.1:${process.env.CERTA_E2E_PORT ?? 3199}`;

interface MeAnswer {
  data: { memberships: { organization: { id: string; name: string } }[]; csrfToken: string | null };
}

/** Whether the installation still waits for first-run setup. */
export async function needsSetup(request: APIRequestContext): Promise<boolean> {
  const answer = await request.get('/api/v1/setup');
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { data: { needsSetup: boolean } }).data.needsSetup;
}

/** Performs first-run setup through the API unless it has been done (by identity.spec or an earlier run). */
export async function ensureSetUp(request: APIRequestContext): Promise<void> {
  if (!(await needsSetup(request))) return;
  const answer = await request.post('/api/v1/setup', { data: owner });
  expect(answer.status()).toBe(201);
}

/**
 * Signs the owner in through the API; the page's browser context shares the session cookie. Returns the
 * id of the owner's first organisation.
 */
export async function signInAsOwner(page: Page): Promise<string> {
  await ensureSetUp(page.request);
  const answer = await page.request.post('/api/v1/auth/login', {
    data: { email: owner.email, password: owner.password },
  });
  expect(answer.status()).toBe(200);
  const me = (await answer.json()) as MeAnswer;
  const organization = me.data.memberships.find((m) => m.organization.name === owner.organizationName);
  if (!organization) throw new Error(`${owner.email} is not a member of ${owner.organizationName}`);
  return organization.organization.id;
}

/** The CSRF token of the session the request context carries (for direct API calls in tests). */
export async function csrfTokenOf(request: APIRequestContext): Promise<string> {
  const answer = await request.get('/api/v1/auth/me');
  expect(answer.status()).toBe(200);
  const token = ((await answer.json()) as MeAnswer).data.csrfToken;
  if (!token) throw new Error('The session has no CSRF token');
  return token;
}

/** Fails the test on any serious or critical accessibility violation axe-core finds on the page. */
export async function expectNoSeriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}

/** Moves the pointer out of the way so no tooltip or hover state ends up in a screenshot. */
export async function settle(page: Page) {
  await page.mouse.move(1270, 790);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
}
