// Removes the embedded database of the previous browser-test run, so each run starts empty.
// It runs as part of the webServer command: Playwright starts web servers before globalSetup,
// so a globalSetup would delete the folder under an already running server.
import { rm } from 'node:fs/promises';

await rm(new URL('../.tmp/e2e-data', import.meta.url), {
  recursive: true,
  force: true,
});
