import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import { certaVersion, DomainError, type DatabaseKind } from '@certa/core';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from './connection.ts';
import { queryRows } from './sql.ts';
import { applyMigrationsInTransaction, currentSchemaVersion, latestSchemaVersion } from './migrate.ts';
import { selfReferencingTables, tablesInDependencyOrder } from './tables.ts';

const archiveFormat = 'certa-backup';
const archiveFormatVersion = 1;
const insertChunk = 500;

/** First line of a backup archive. */
export interface BackupHeader {
  format: typeof archiveFormat;
  formatVersion: number;
  certaVersion: string;
  schemaVersion: number;
  createdAt: string;
  source: DatabaseKind;
  tables: { name: string; rows: number }[];
}

/** Progress callback for long backup and restore work. */
export type ProgressReporter = (event: { table: string; done: number; total: number }) => void;

async function tableRowsAsJson(db: Executor, name: string): Promise<string[]> {
  const result = await queryRows<{ j: string }>(
    db,
    sql`select row_to_json(t)::text as j from ${sql.identifier(name)} t order by 1`,
  );
  return result.map((row) => row.j);
}

/** Counts the rows of every application table: a database with none is empty. */
export async function countRows(db: Executor): Promise<{ name: string; rows: number }[]> {
  const counts: { name: string; rows: number }[] = [];
  const version = await currentSchemaVersion(db);
  if (version === 0) return counts;
  for (const { name } of tablesInDependencyOrder()) {
    const present = await queryRows<{ present: boolean }>(db, sql`select to_regclass(${name}) is not null as present`);
    if (!present[0]?.present) continue;
    const result = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from ${sql.identifier(name)}`);
    counts.push({ name, rows: Number(result[0]?.n ?? 0) });
  }
  return counts;
}

/**
 * Writes every row of every table to a gzip-compressed JSON-lines archive, read in one transaction so the
 * archive is a consistent snapshot. The file appears only once complete.
 */
export async function backupDatabase(
  database: Database,
  file: string,
  onProgress?: ProgressReporter,
): Promise<BackupHeader> {
  const temporary = `${file}.partial`;
  try {
    return await database.db.transaction(async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read, read only`);
      const schemaVersion = await currentSchemaVersion(tx);
      if (schemaVersion !== latestSchemaVersion()) {
        throw new DomainError(
          'conflict',
          `The database is at schema ${schemaVersion}; run certa migrate before a backup`,
        );
      }
      const tables = tablesInDependencyOrder();
      const dumps: { name: string; rows: string[] }[] = [];
      for (const { name } of tables) dumps.push({ name, rows: await tableRowsAsJson(tx, name) });
      const header: BackupHeader = {
        format: archiveFormat,
        formatVersion: archiveFormatVersion,
        certaVersion,
        schemaVersion,
        createdAt: new Date().toISOString(),
        source: database.kind,
        tables: dumps.map(({ name, rows }) => ({ name, rows: rows.length })),
      };
      const gzip = createGzip();
      const out = createWriteStream(temporary);
      gzip.pipe(out);
      const write = async (line: string): Promise<void> => {
        if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
      };
      await write(JSON.stringify(header));
      for (const { name, rows } of dumps) {
        let done = 0;
        for (const row of rows) {
          await write(`{"table":${JSON.stringify(name)},"row":${row}}`);
          done += 1;
          if (done % 1000 === 0) onProgress?.({ table: name, done, total: rows.length });
        }
        onProgress?.({ table: name, done, total: rows.length });
      }
      gzip.end();
      await once(out, 'close');
      renameSync(temporary, file);
      return header;
    });
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function parseHeader(line: string | undefined, file: string): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    throw new DomainError('validation_failed', `${file} is not a Certa backup`);
  }
  if (header.format !== archiveFormat || typeof header.formatVersion !== 'number') {
    throw new DomainError('validation_failed', `${file} is not a Certa backup`);
  }
  if (header.formatVersion > archiveFormatVersion) {
    throw new DomainError(
      'validation_failed',
      `${file} uses backup format ${header.formatVersion}, newer than this Certa reads (${archiveFormatVersion}); upgrade Certa`,
    );
  }
  if (typeof header.schemaVersion !== 'number' || header.schemaVersion > latestSchemaVersion()) {
    throw new DomainError(
      'validation_failed',
      `${file} was made by a newer Certa (${header.certaVersion ?? 'unknown version'}, schema ${String(header.schemaVersion)}); this Certa knows up to schema ${latestSchemaVersion()}. Upgrade Certa to restore it.`,
    );
  }
  return header as BackupHeader;
}

/** A backup archive read and checked in full, ready to restore. */
export interface BackupArchive {
  readonly file: string;
  readonly header: BackupHeader;
  readonly rows: ReadonlyMap<string, string[]>;
}

/** Reads and checks a whole archive (format, schema version, completeness) before anything is written. */
export async function readBackupArchive(file: string): Promise<BackupArchive> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  // pipe() does not forward errors: a missing file must surface where the lines are read.
  input.on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  const rows = new Map<string, string[]>();
  try {
    for await (const line of lines) {
      if (header === undefined) {
        header = parseHeader(line, file);
        for (const table of header.tables) rows.set(table.name, []);
        continue;
      }
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { table?: unknown; row?: unknown };
      if (typeof record.table !== 'string' || typeof record.row !== 'object' || record.row === null) {
        throw new DomainError('validation_failed', `${file} is damaged: a line is not a table row`);
      }
      const list = rows.get(record.table);
      if (!list)
        throw new DomainError('validation_failed', `${file} is damaged: rows of undeclared table ${record.table}`);
      list.push(JSON.stringify(record.row));
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DomainError('not_found', `No backup file at ${file}`);
    throw new DomainError(
      'validation_failed',
      `${file} is not a readable Certa backup (${code ?? (error as Error).message})`,
    );
  }
  if (!header) throw new DomainError('validation_failed', `${file} is not a Certa backup (it is empty)`);
  for (const table of header.tables) {
    if ((rows.get(table.name)?.length ?? 0) !== table.rows) {
      throw new DomainError('validation_failed', `${file} is damaged or truncated: table ${table.name} is incomplete`);
    }
  }
  return { file, header, rows };
}

/**
 * Restores an archive into a database in one transaction: the schema is rebuilt at the archive's version,
 * the rows are loaded, then newer migrations run. Refuses a database holding data unless `force`.
 */
export async function restoreDatabase(
  database: Database,
  archive: BackupArchive,
  options: { force: boolean; onProgress?: ProgressReporter },
): Promise<BackupHeader> {
  const { file, header, rows } = archive;
  const existing = (await countRows(database.db)).filter((table) => table.rows > 0);
  if (existing.length > 0 && !options.force) {
    const total = existing.reduce((sum, table) => sum + table.rows, 0);
    throw new DomainError(
      'conflict',
      `The database is not empty (${total} rows in ${existing.length} tables); restore with --force to replace its data`,
    );
  }
  await database.db.transaction(async (tx) => {
    // Certa owns its database: rebuilding the schema drops every table, including ones of newer migrations.
    await tx.execute(sql`drop schema if exists public cascade`);
    await tx.execute(sql`create schema public`);
    await applyMigrationsInTransaction(tx, header.schemaVersion);
    const selfReferencing = selfReferencingTables();
    // Rows load in the archive's order (parents first) into the tables as they were at its schema version.
    for (const { name } of header.tables) {
      const present = await queryRows<{ present: boolean }>(
        tx,
        sql`select to_regclass(${name}) is not null as present`,
      );
      if (!present[0]?.present) {
        throw new DomainError('validation_failed', `${file} holds table ${name}, unknown to this Certa`);
      }
      const tableRows = rows.get(name) ?? [];
      // Foreign keys are checked at the end of each statement: a tree (parent ids in the same table)
      // loads in one statement so that row order does not matter.
      const chunkSize = selfReferencing.has(name) ? Math.max(tableRows.length, 1) : insertChunk;
      for (let start = 0; start < tableRows.length; start += chunkSize) {
        const chunk = `[${tableRows.slice(start, start + chunkSize).join(',')}]`;
        await tx.execute(
          sql`insert into ${sql.identifier(name)} select * from json_populate_recordset(null::${sql.identifier(name)}, ${chunk}::json)`,
        );
        options.onProgress?.({
          table: name,
          done: Math.min(start + insertChunk, tableRows.length),
          total: tableRows.length,
        });
      }
    }
    await applyMigrationsInTransaction(tx);
  });
  return header;
}
