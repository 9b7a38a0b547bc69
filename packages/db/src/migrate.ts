import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DomainError } from '@certa/core';
import { sql } from 'drizzle-orm';
import type { Executor } from './connection.ts';
import { queryRows } from './sql.ts';

/** One SQL migration shipped with this Certa. */
export interface Migration {
  /** 1-based; the schema version a database has once this migration is applied. */
  readonly version: number;
  readonly tag: string;
  readonly hash: string;
  readonly statements: readonly string[];
}

const migrationsFolder = new URL('../migrations/', import.meta.url);
// Arbitrary constant shared by every Certa process: serialises migrations of replicas starting together.
const migrationLockKey = 727_274_001;

let cachedMigrations: readonly Migration[] | undefined;

/** Reads the migrations that ship with this Certa, in order. */
export function loadMigrations(): readonly Migration[] {
  if (cachedMigrations) return cachedMigrations;
  const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', migrationsFolder), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  cachedMigrations = [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry, index) => {
      const text = readFileSync(new URL(`${entry.tag}.sql`, migrationsFolder), 'utf8');
      return {
        version: index + 1,
        tag: entry.tag,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement.length > 0),
      };
    });
  return cachedMigrations;
}

/** The newest schema version this Certa knows. */
export function latestSchemaVersion(): number {
  return loadMigrations().length;
}

async function ensureMigrationTable(tx: Executor): Promise<void> {
  await tx.execute(sql`create table if not exists certa_migration (
    version integer primary key,
    tag text not null,
    hash text not null,
    applied_at timestamptz not null default now()
  )`);
}

async function appliedMigrations(tx: Executor): Promise<{ version: number; tag: string; hash: string }[]> {
  const result = await queryRows<{ version: number; tag: string; hash: string }>(
    tx,
    sql`select version, tag, hash from certa_migration order by version`,
  );
  return result;
}

/** The schema version of a database (0 when no migration was ever applied). */
export async function currentSchemaVersion(db: Executor): Promise<number> {
  const exists = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('certa_migration') is not null as present`,
  );
  if (!exists[0]?.present) return 0;
  const result = await queryRows<{ version: number | null }>(
    db,
    sql`select max(version) as version from certa_migration`,
  );
  return Number(result[0]?.version ?? 0);
}

/**
 * Applies pending migrations up to `target` inside the given transaction. Refuses a database written by
 * a newer Certa, or whose applied migrations differ from the ones shipped here.
 */
export async function applyMigrationsInTransaction(
  tx: Executor,
  target: number = latestSchemaVersion(),
): Promise<{ from: number; to: number }> {
  const migrations = loadMigrations();
  await tx.execute(sql`select pg_advisory_xact_lock(${migrationLockKey})`);
  await ensureMigrationTable(tx);
  const applied = await appliedMigrations(tx);
  const newest = applied.at(-1)?.version ?? 0;
  if (newest > migrations.length) {
    throw new DomainError(
      'conflict',
      `This database has schema version ${newest}, written by a newer Certa; this Certa knows up to ${migrations.length}. Upgrade Certa.`,
    );
  }
  for (const row of applied) {
    const shipped = migrations[row.version - 1];
    if (!shipped || shipped.hash !== row.hash) {
      throw new DomainError(
        'conflict',
        `Migration ${row.version} (${row.tag}) applied to this database differs from the one shipped with this Certa`,
      );
    }
  }
  for (const migration of migrations.slice(newest, target)) {
    for (const statement of migration.statements) await tx.execute(sql.raw(statement));
    await tx.execute(
      sql`insert into certa_migration (version, tag, hash) values (${migration.version}, ${migration.tag}, ${migration.hash})`,
    );
  }
  return { from: newest, to: Math.max(newest, target) };
}

/** Brings a database to the newest schema in one transaction: all pending migrations or none. */
export async function migrate(db: Executor): Promise<{ from: number; to: number }> {
  return db.transaction((tx) => applyMigrationsInTransaction(tx));
}
