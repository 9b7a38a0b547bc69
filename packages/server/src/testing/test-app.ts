import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEvidenceStore, type Database } from '@certa/db';
import { createTestDatabase } from '@certa/db/testing';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { installBuiltInFrameworks } from '../services/library.service.ts';
import type { AppDeps } from '../app-deps.ts';

/** A built app on a fresh migrated test database, plus a way to tear both down. */
export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close: () => Promise<void>;
}

/** Builds the app for a test file on its own database (PGlite, or the TEST_DATABASE_URL server); `addRoutes` adds test-only routes. */
export async function createTestApp(
  overrides: Partial<AppDeps> = {},
  addRoutes?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const database = await createTestDatabase();
  await installBuiltInFrameworks(database, new Date('2026-01-01T00:00:00Z'));
  // Evidence files go to a folder of this test app, removed again on close.
  const evidenceDir = overrides.evidenceStore ? undefined : mkdtempSync(join(tmpdir(), 'certa-test-evidence-'));
  const app = await buildApp({
    database,
    clock: () => new Date('2026-01-15T09:00:00Z'),
    ...(evidenceDir ? { evidenceStore: createEvidenceStore({ root: evidenceDir }) } : {}),
    ...overrides,
  });
  addRoutes?.(app);
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
      if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}
