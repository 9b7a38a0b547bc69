import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openEmbeddedDatabase, openPostgresDatabase, type Database } from '../connection.ts';
import { migrate } from '../migrate.ts';

/**
 * Opens a migrated database for a test file: in-memory PGlite by default, or a fresh database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openEmbeddedDatabase(undefined);
    await migrate(database.db);
    return database;
  }
  const empty = await createEmptyPostgresDatabase(serverUrl);
  const database = await openPostgresDatabase(empty.url, { maxConnections: 4 });
  await migrate(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      await empty.drop();
    },
  };
}

/** Creates a brand-new empty database on the given server and says how to reach and drop it. */
export async function createEmptyPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `certa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
