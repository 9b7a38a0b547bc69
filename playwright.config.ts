import { defineConfig } from '@playwright/test';

// Browser journeys run against the real server on the built web app, with a fresh embedded database.
// Debian's Chromium: Playwright never downloads a browser on this machine.
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

// CERTA_E2E_PORT and CERTA_E2E_DATA let several runs share one checkout; CERTA_WEB_DIR picks the built app.
const port = Number(process.env.CERTA_E2E_PORT ?? 3199);
const dataFolder = process.env.CERTA_E2E_DATA ?? '.tmp/e2e-data';

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  // The identity journey starts from an empty installation (first-run setup), so it runs before the others.
  projects: [
    { name: 'first-run', testMatch: 'identity.spec.ts', use: chromium },
    { name: 'journeys', testIgnore: 'identity.spec.ts', dependencies: ['first-run'], use: chromium },
  ],
  webServer: {
    // Fresh data first (see e2e/reset-data.mjs for why this is not a globalSetup).
    command: `node e2e/reset-data.mjs && node bin/certa.js serve --host 127.0.0.1 --port ${port} --data ${dataFolder}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Let the embedded database close cleanly instead of being killed mid-write.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
