import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from './testing/index.ts';
import type { Database } from './connection.ts';
import { queryRows } from './sql.ts';
import { currentSchemaVersion, latestSchemaVersion, loadMigrations, migrate } from './migrate.ts';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

describe('migrations', () => {
  it('numbers the shipped migrations from 1 and hashes each one', () => {
    const migrations = loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    migrations.forEach((migration, index) => {
      expect(migration.version).toBe(index + 1);
      expect(migration.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(migration.statements.length).toBeGreaterThan(0);
    });
  });

  it('brings a new database to the latest schema and creates the tables', async () => {
    expect(await currentSchemaVersion(database.db)).toBe(latestSchemaVersion());
    const result = await queryRows<{ present: boolean }>(
      database.db,
      sql`select to_regclass('instance_setting') is not null as present`,
    );
    expect(result[0]?.present).toBe(true);
  });

  it('applies nothing the second time', async () => {
    const result = await migrate(database.db);
    expect(result.from).toBe(latestSchemaVersion());
    expect(result.to).toBe(latestSchemaVersion());
  });

  it('refuses a database written by a newer Certa and changes nothing', async () => {
    await database.db.execute(
      sql`insert into certa_migration (version, tag, hash) values (${latestSchemaVersion() + 1}, 'from_the_future', 'x')`,
    );
    await expect(migrate(database.db)).rejects.toThrow(/newer Certa/);
    expect(await currentSchemaVersion(database.db)).toBe(latestSchemaVersion() + 1);
    await database.db.execute(sql`delete from certa_migration where version = ${latestSchemaVersion() + 1}`);
  });

  it('refuses a database whose applied migration differs from the shipped one', async () => {
    await database.db.execute(sql`update certa_migration set hash = 'tampered' where version = 1`);
    await expect(migrate(database.db)).rejects.toThrow(/differs/);
    await database.db.execute(
      sql`update certa_migration set hash = ${loadMigrations()[0]?.hash ?? ''} where version = 1`,
    );
    await expect(migrate(database.db)).resolves.toBeDefined();
  });
});
