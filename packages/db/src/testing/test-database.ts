import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openEmbeddedDatabase, openPostgresDatabase, type Database } from '../connection.ts';
import { loadMigrations, migrate } from '../migrate.ts';

/**
 * A dumped PGlite data directory, blank or migrated, cached on disk for all test workers: starting from
 * it takes a fraction of a second where initdb takes seconds.
 */
async function embeddedTemplate(kind: 'blank' | 'migrated'): Promise<Blob> {
  const migrations = createHash('sha256')
    .update(
      loadMigrations()
        .map((migration) => migration.hash)
        .join(),
    )
    .digest('hex')
    .slice(0, 16);
  const path = join(tmpdir(), `certa-test-template-${kind}-${kind === 'migrated' ? migrations : 'v1'}.tar`);
  if (!existsSync(path)) {
    const database = await openEmbeddedDatabase(undefined);
    if (kind === 'migrated') await migrate(database.db);
    const client = (database.db as unknown as { $client: { dumpDataDir(compression: 'none'): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir('none');
    await database.close();
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path); // atomic: concurrent workers never read a half-written template
  }
  return new Blob([readFileSync(path)]);
}

/** Opens an in-memory embedded database that was never migrated, as a brand-new install has. */
export async function createBlankEmbeddedDatabase(): Promise<Database> {
  return openEmbeddedDatabase(undefined, { loadDataDir: await embeddedTemplate('blank') });
}

/**
 * Opens a migrated database for a test file: in-memory PGlite by default, or a fresh database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openEmbeddedDatabase(undefined, { loadDataDir: await embeddedTemplate('migrated') });
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
