// Removes the embedded database of the previous browser-test run, so each run starts empty.
// It runs as part of the webServer command: Playwright starts web servers before globalSetup,
// so a globalSetup would delete the folder under an already running server.
import { rm } from 'node:fs/promises';

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await rm(resolve(root, process.env.CERTA_E2E_DATA ?? '.tmp/e2e-data'), {
  recursive: true,
  force: true,
});
