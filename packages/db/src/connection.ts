import { PGlite } from '@electric-sql/pglite';
import { DomainError, type DatabaseKind } from '@certa/core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';

/** The table definitions, for typed queries. */
export type Schema = typeof schema;

/** A drizzle handle or an open transaction: repositories take this as their first argument. */
export type Executor = PgDatabase<PgQueryResultHKT, Schema>;

/** An open Certa database of either kind. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Executor;
  /** A short, password-free description for messages and logs. */
  readonly label: string;
  close(): Promise<void>;
}

/**
 * Opens an embedded PGlite database stored in the given folder, or in memory when `dataDir` is undefined;
 * `loadDataDir` starts it from a dumped data directory instead of running initdb.
 */
export async function openEmbeddedDatabase(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob } = {},
): Promise<Database> {
  const client = new PGlite({ ...(dataDir === undefined ? {} : { dataDir }), ...options });
  try {
    await client.waitReady;
  } catch (error) {
    throw new DomainError(
      'internal',
      `Cannot open the embedded database in ${dataDir ?? 'memory'}: ${(error as Error).message}`,
    );
  }
  const db = drizzlePglite({ client, schema }) as unknown as Executor;
  return {
    kind: 'embedded',
    db,
    label: dataDir ?? 'in-memory',
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** Describes a PostgreSQL URL without its password, e.g. `db.example:5432/certa`. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = parsed.pathname.replace(/^\//, '') || '(default database)';
    return `${parsed.hostname}:${parsed.port || '5432'}/${database}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Opens a pool to a PostgreSQL server and checks that it answers. */
export async function openPostgresDatabase(
  url: string,
  options: { maxConnections?: number; connectTimeoutMs?: number } = {},
): Promise<Database> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new DomainError('validation_failed', 'The database URL must start with postgres:// or postgresql://');
  }
  const label = describePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DomainError('internal', `Cannot connect to the PostgreSQL server at ${label}: ${reason}`);
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Executor;
  return { kind: 'postgres', db, label, close: () => pool.end() };
}
