// Opens a gap assessment workspace in headless Chromium and times it until the requirement grid is interactive:
// the first requirement row is visible, then a click on another row has selected it (aria-selected="true").
// Times come from the page's own clock (performance.now() counts from the navigation start of the document).
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from './browser-tree.ts';
import { SESSION_COOKIE, type Session } from './certa-api.ts';

const STEP_TIMEOUT_MS = 30_000;

export interface GridRun {
  /** Navigation start -> the first requirement row is visible. */
  firstRowMs: number;
  /** Navigation start -> the clicked row has aria-selected="true". */
  selectedMs: number;
  /** Requirement rows in the document (the grid is virtualised: only those near the viewport). */
  rowsInDom: number;
}

async function pageClockWhen(page: Page, expression: string, what: string): Promise<number> {
  try {
    const handle = await page.waitForFunction(expression, undefined, { polling: 'raf', timeout: STEP_TIMEOUT_MS });
    return (await handle.jsonValue()) as number;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`${what} did not happen within ${STEP_TIMEOUT_MS / 1000} s on ${page.url()}: ${message}`, {
      cause: error,
    });
  }
}

const rows = `document.querySelectorAll('[role="row"][data-row-id]')`;

async function oneRun(page: Page, url: string): Promise<GridRun> {
  await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS });
  const firstRowMs = await pageClockWhen(
    page,
    `(() => { const row = ${rows}[0]; return row && row.checkVisibility() ? performance.now() : 0; })()`,
    'A visible requirement row',
  );
  const target = page.locator('[role="row"][data-row-id]').nth(2);
  const rowId = await target.getAttribute('data-row-id');
  await target.click({ timeout: STEP_TIMEOUT_MS });
  const selectedMs = await pageClockWhen(
    page,
    `(() => { const row = document.querySelector('[role="row"][data-row-id="${rowId ?? ''}"]');
      return row && row.getAttribute('aria-selected') === 'true' ? performance.now() : 0; })()`,
    'Selecting a requirement row',
  );
  const rowsInDom = await page.locator('[role="row"][data-row-id]').count();
  return { firstRowMs, selectedMs, rowsInDom };
}

/** `runs` navigations to the workspace, each in a new tab of one browser context carrying the session cookie. */
export async function measureGridInBrowser(
  baseUrl: string,
  session: Session,
  assessmentId: string,
  runs: number,
  progress: (line: string) => void,
): Promise<GridRun[]> {
  const url = `${baseUrl}/o/${session.organizationId}/gap-assessments/${assessmentId}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    // The app's Content-Security-Policy has no 'unsafe-eval', which Playwright's waitForFunction needs.
    const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
    await context.addCookies([
      { name: SESSION_COOKIE, value: session.cookieValue, url: baseUrl, httpOnly: true, sameSite: 'Lax' },
    ]);
    const results: GridRun[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const page = await context.newPage();
      try {
        const result = await oneRun(page, url);
        progress(
          `  browser ${run}/${runs}: first row ${result.firstRowMs.toFixed(0)} ms, row selected ` +
            `${result.selectedMs.toFixed(0)} ms (${result.rowsInDom} rows in the page)`,
        );
        results.push(result);
      } finally {
        await page.close();
      }
    }
    return results;
  } finally {
    await browser?.close();
  }
}
