import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataFolder, openEmbeddedDatabase, queryRows, type Database } from '@certa/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, type CliRun } from './testing/run-cli.ts';

const password = 'a long enough password';
// Each command opens the embedded database from disk: several of them take a while on a busy machine.
const slow = 180_000;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'certa-cli-demo-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const certa = (data: string, argv: string[], stdin?: string): Promise<CliRun> =>
  runCliCaptured(argv, { CERTA_DATA_DIR: data }, stdin);

const createUser = (data: string, email: string, org: string) =>
  certa(
    data,
    ['user', 'create', '--email', email, '--name', 'Demo Person', '--org', org, '--role', 'owner', '--password-stdin'],
    `${password}\n`,
  );

async function withDatabase<T>(data: string, work: (database: Database) => Promise<T>): Promise<T> {
  const folder = openDataFolder(data, { create: false });
  const database = await openEmbeddedDatabase(folder.databasePath);
  try {
    return await work(database);
  } finally {
    await database.close();
    folder.release();
  }
}

const organizations = (database: Database) =>
  queryRows<{ id: string; name: string; demo: boolean }>(
    database.db,
    sql`select id, name, demo from organization order by name`,
  );

describe('certa demo', () => {
  it(
    'refuses to load before there is a user to own the demo',
    async () => {
      const data = join(root, 'empty');
      await certa(data, ['migrate']);
      const run = await certa(data, ['demo', 'load']);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/no user yet/);
    },
    slow,
  );

  it(
    'loads the demo for the only user, refuses a second load, and removes it leaving the real organisation',
    async () => {
      const data = join(root, 'one-user');
      expect((await createUser(data, 'only@example.com', 'Real Org')).code).toBe(0);

      const loaded = await certa(data, ['demo', 'load']);
      expect(loaded.code, loaded.err).toBe(0);
      expect(loaded.out).toMatch(
        /^Loaded Northwind Cloud \(demo\) .* owned by only@example.com: assessment GA-\d{4}-01 with \d+ answers/,
      );

      const again = await certa(data, ['demo', 'load']);
      expect(again.code).toBe(5);
      expect(again.err).toMatch(/already loaded/);

      const demoId = await withDatabase(data, async (database) => {
        const rows = await organizations(database);
        expect(rows.map((row) => [row.name, row.demo])).toEqual([
          ['Northwind Cloud (demo)', true],
          ['Real Org', false],
        ]);
        const [owner] = await queryRows<{ email: string; role: string }>(
          database.db,
          sql`select u.email, m.role from membership m join user_account u on u.id = m.user_id
            join organization o on o.id = m.organization_id where o.demo`,
        );
        expect(owner).toEqual({ email: 'only@example.com', role: 'owner' });
        return rows[0]?.id ?? '';
      });

      const removed = await certa(data, ['demo', 'remove', '--json']);
      expect(removed.code, removed.err).toBe(0);
      const result = JSON.parse(removed.out) as { organizationId: string; rowsByTable: Record<string, number> };
      expect(result.organizationId).toBe(demoId);
      expect(result.rowsByTable.gap_assessment).toBe(1);

      await withDatabase(data, async (database) => {
        expect((await organizations(database)).map((row) => row.name)).toEqual(['Real Org']);
        const [left] = await queryRows<{ n: number }>(
          database.db,
          sql`select count(*)::int as n from audit_event where organization_id = ${demoId}`,
        );
        expect(left?.n).toBe(0);
      });

      const nothing = await certa(data, ['demo', 'remove']);
      expect(nothing.code).toBe(4);
      expect(nothing.err).toMatch(/No demo organisation/);
    },
    slow,
  );

  it(
    'needs --owner when there are several users, and refuses an unknown one',
    async () => {
      const data = join(root, 'two-users');
      await createUser(data, 'first@example.com', 'Real Org');
      await createUser(data, 'second@example.com', 'Real Org');
      const unnamed = await certa(data, ['demo', 'load']);
      expect(unnamed.code).toBe(2);
      expect(unnamed.err).toMatch(/--owner/);
      const unknown = await certa(data, ['demo', 'load', '--owner', 'nobody@example.com']);
      expect(unknown.code).toBe(4);
      const invalid = await certa(data, ['demo', 'load', '--owner', 'not-an-email']);
      expect(invalid.code).toBe(2);

      const named = await certa(data, ['demo', 'load', '--owner', 'second@example.com', '--json']);
      expect(named.code, named.err).toBe(0);
      expect(JSON.parse(named.out)).toMatchObject({ organization: { name: 'Northwind Cloud (demo)', demo: true } });
    },
    slow,
  );
});
