// Opens the framework browser page in headless Chromium and times it until the requirement tree is interactive:
// the first treeitem is visible, and a click on one requirement has selected it (aria-selected="true").
// Times come from the page's own clock: performance.now() counts from the navigation start of the document.
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { SESSION_COOKIE, type Session } from './certa-api.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const VIEWPORT = { width: 1280, height: 800 };
const STEP_TIMEOUT_MS = 30_000;

export interface BrowserRun {
  /** Navigation start -> the first [role="treeitem"] is visible. */
  firstTreeitemMs: number;
  /** Navigation start -> the clicked treeitem has aria-selected="true". */
  selectedMs: number;
  /** How the clicked row was reached: already visible, through the filter box, or the first row as a fallback. */
  via: 'visible' | 'filter' | 'first treeitem';
  clicked: string;
  /** Treeitems in the document once the row was selected. */
  treeitemsInDom: number;
}

/** A JavaScript expression, run in the page, that finds the treeitem of `ref` (or the first treeitem for null). */
function treeitemExpression(ref: string | null): string {
  if (ref === null) return `document.querySelector('[role="treeitem"]')`;
  return `(() => {
    const ref = ${JSON.stringify(ref)};
    const items = Array.from(document.querySelectorAll('[role="treeitem"]'));
    return items.find((item) => item.getAttribute('data-ref') === ref)
      ?? items.find((item) => item.querySelector('.certa-tree-ref')?.textContent?.trim() === ref)
      ?? null;
  })()`;
}

/** Waits (polling on every animation frame) until `condition` holds for an element, and returns the page clock then. */
async function pageClockWhen(page: Page, element: string, condition: string, what: string): Promise<number> {
  const expression = `(() => { const element = ${element}; return element && (${condition}) ? performance.now() : 0; })()`;
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

function rowLocator(page: Page, ref: string): Locator {
  const exactly = new RegExp(`^${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page
    .locator(`[role="treeitem"][data-ref="${ref}"]`)
    .or(page.locator('[role="treeitem"]').filter({ has: page.locator('.certa-tree-ref', { hasText: exactly }) }))
    .first();
}

async function oneRun(page: Page, url: string, ref: string): Promise<BrowserRun> {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS });
  const visible = 'element.checkVisibility() && element.getBoundingClientRect().height > 0';
  const firstTreeitemMs = await pageClockWhen(page, treeitemExpression(null), visible, 'A visible treeitem').catch(
    (error: unknown) => {
      const extra = pageErrors.length > 0 ? ` (page errors: ${pageErrors.slice(0, 3).join(' | ')})` : '';
      throw new Error(`${error instanceof Error ? error.message : String(error)}${extra}`);
    },
  );

  let via: BrowserRun['via'] = 'visible';
  let target: string | null = ref;
  let row = rowLocator(page, ref);
  if (!(await row.isVisible())) {
    // Reveal the row the way a reader would: type its reference into the filter box.
    const filter = page.locator('input[type="search"]').first();
    if ((await filter.count()) > 0) {
      via = 'filter';
      await filter.fill(ref, { timeout: STEP_TIMEOUT_MS });
    } else {
      via = 'first treeitem';
      target = null;
      row = page.locator('[role="treeitem"]').first();
    }
  }
  await row.click({ timeout: STEP_TIMEOUT_MS });
  const selectedMs = await pageClockWhen(
    page,
    treeitemExpression(target),
    `element.getAttribute('aria-selected') === 'true'`,
    `Selecting ${target ?? 'the first treeitem'}`,
  );
  const clicked = target ?? ((await row.getAttribute('data-ref')) || (await row.innerText()).slice(0, 40));
  const treeitemsInDom = await page.locator('[role="treeitem"]').count();
  return { firstTreeitemMs, selectedMs, via, clicked, treeitemsInDom };
}

/**
 * `runs` navigations, each in a new tab of one browser context that carries the session cookie (so the first run
 * fetches the web app's files and the later ones may take them from the HTTP cache).
 */
export async function measureTreeInBrowser(
  baseUrl: string,
  session: Session,
  frameworkId: string,
  ref: string,
  runs: number,
  progress: (line: string) => void,
): Promise<{ url: string; runs: BrowserRun[] }> {
  const path = `/o/${session.organizationId}/frameworks/${frameworkId}`;
  const url = `${baseUrl}${path}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    // The app's Content-Security-Policy has no 'unsafe-eval', which Playwright's waitForFunction needs.
    const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
    await context.addCookies([
      { name: SESSION_COOKIE, value: session.cookieValue, url: baseUrl, httpOnly: true, sameSite: 'Lax' },
    ]);
    const results: BrowserRun[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const page = await context.newPage();
      try {
        const result = await oneRun(page, url, ref);
        progress(
          `  browser ${run}/${runs}: first treeitem ${result.firstTreeitemMs.toFixed(0)} ms, ` +
            `${result.clicked} selected ${result.selectedMs.toFixed(0)} ms (via ${result.via}, ` +
            `${result.treeitemsInDom} treeitems in the page)`,
        );
        results.push(result);
      } finally {
        await page.close();
      }
    }
    return { url: path, runs: results };
  } finally {
    await browser?.close();
  }
}
