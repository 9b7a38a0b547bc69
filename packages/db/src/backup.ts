import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { certaVersion, DomainError, type DatabaseKind } from '@certa/core';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from './connection.ts';
import type { EvidenceFileState, EvidenceStore } from './evidence-store.ts';
import { queryRows } from './sql.ts';
import { applyMigrationsInTransaction, currentSchemaVersion, latestSchemaVersion } from './migrate.ts';
import { selfReferencingTables, tablesInDependencyOrder } from './tables.ts';

const archiveFormat = 'certa-backup';
/** Format 2 adds evidence files after the rows; archives without files stay format 1 (older Certa reads them). */
const archiveFormatVersion = 2;
const insertChunk = 500;
// A multiple of 3, so every chunk but the last encodes to base64 without padding.
const fileChunkBytes = 3 * 64 * 1024;
const evidenceFilesLabel = 'evidence files';

/** First line of a backup archive. */
export interface BackupHeader {
  format: typeof archiveFormat;
  formatVersion: number;
  certaVersion: string;
  schemaVersion: number;
  createdAt: string;
  source: DatabaseKind;
  tables: { name: string; rows: number }[];
  /**
   * Evidence files carried after the rows (format 2): how many and their total size, and the files the
   * database records that could not be carried because they were missing or damaged in the store.
   */
  files?: {
    count: number;
    bytes: number;
    missing: { sha256: string; problem: Exclude<EvidenceFileState, 'ok'> }[];
  };
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

/** What a backup carries besides the rows. */
export interface BackupOptions {
  /** The evidence store whose files travel with the rows (needed when the database records any). */
  evidenceStore?: EvidenceStore | undefined;
}

interface BlobRow {
  sha256: string;
  size_bytes: number | string;
}

const blobRowsOf = (dumps: { name: string; rows: string[] }[]): BlobRow[] =>
  (dumps.find((dump) => dump.name === 'evidence_blob')?.rows ?? []).map((row) => JSON.parse(row) as BlobRow);

/** Checks every recorded evidence file: those intact travel with the archive, the others are listed. */
async function planFiles(
  blobs: BlobRow[],
  store: EvidenceStore | undefined,
): Promise<{ carried: { sha256: string; sizeBytes: number }[]; header: NonNullable<BackupHeader['files']> }> {
  if (blobs.length > 0 && !store) {
    throw new DomainError(
      'validation_failed',
      `The database records ${blobs.length} evidence files but no evidence folder was given: name it with --evidence-dir (or CERTA_EVIDENCE_DIR)`,
    );
  }
  const carried: { sha256: string; sizeBytes: number }[] = [];
  const missing: NonNullable<BackupHeader['files']>['missing'] = [];
  for (const blob of blobs) {
    const sizeBytes = Number(blob.size_bytes);
    const state = store ? await store.check(blob.sha256, sizeBytes) : 'missing';
    if (state === 'ok') carried.push({ sha256: blob.sha256, sizeBytes });
    else missing.push({ sha256: blob.sha256, problem: state });
  }
  return {
    carried,
    header: { count: carried.length, bytes: carried.reduce((sum, file) => sum + file.sizeBytes, 0), missing },
  };
}

/**
 * Writes every row of every table, then every evidence file, to a gzip-compressed JSON-lines archive, read
 * in one transaction so the archive is a consistent snapshot. Files are carried as
 * `{"file": sha256, "chunk": n, "data": base64}` lines; recorded files missing or damaged in the store are
 * listed in the header instead. The file appears only once complete.
 */
export async function backupDatabase(
  database: Database,
  file: string,
  onProgress?: ProgressReporter,
  options: BackupOptions = {},
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
      const blobs = blobRowsOf(dumps);
      const files = await planFiles(blobs, options.evidenceStore);
      const header: BackupHeader = {
        format: archiveFormat,
        formatVersion: blobs.length > 0 ? archiveFormatVersion : 1,
        certaVersion,
        schemaVersion,
        createdAt: new Date().toISOString(),
        source: database.kind,
        tables: dumps.map(({ name, rows }) => ({ name, rows: rows.length })),
        ...(blobs.length > 0 ? { files: files.header } : {}),
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
      const store = options.evidenceStore;
      for (const [index, carried] of files.carried.entries()) {
        if (!store) break;
        let chunk = 0;
        let pending: Buffer = Buffer.alloc(0);
        const flush = async (bytes: Buffer) => {
          await write(`{"file":"${carried.sha256}","chunk":${chunk},"data":"${bytes.toString('base64')}"}`);
          chunk += 1;
        };
        for await (const part of store.read(carried.sha256) as AsyncIterable<Buffer>) {
          pending = pending.length === 0 ? part : Buffer.concat([pending, part]);
          while (pending.length >= fileChunkBytes) {
            await flush(pending.subarray(0, fileChunkBytes));
            pending = pending.subarray(fileChunkBytes);
          }
        }
        if (pending.length > 0 || chunk === 0) await flush(pending);
        onProgress?.({ table: evidenceFilesLabel, done: index + 1, total: files.carried.length });
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
  /** The evidence files the archive carries, each checked against its hash (their bytes stay in the file). */
  readonly files: readonly { sha256: string; sizeBytes: number }[];
}

interface FileLine {
  file: string;
  chunk: number;
  data: string;
}

const isFileLine = (record: Record<string, unknown>): record is Record<string, unknown> & FileLine =>
  typeof record.file === 'string' && typeof record.chunk === 'number' && typeof record.data === 'string';

/** The lines of an archive after its header, parsed; the header comes first. */
async function* archiveLines(file: string): AsyncGenerator<Record<string, unknown>, void, undefined> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  // pipe() does not forward errors: a missing file must surface where the lines are read.
  input.on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    yield JSON.parse(line) as Record<string, unknown>;
  }
}

/** Reads and checks a whole archive (format, schema version, completeness, file hashes) before anything is written. */
export async function readBackupArchive(file: string): Promise<BackupArchive> {
  let header: BackupHeader | undefined;
  const rows = new Map<string, string[]>();
  const files: { sha256: string; sizeBytes: number }[] = [];
  let current: { sha256: string; hash: Hash; next: number; size: number } | undefined;
  const damaged = (why: string) => new DomainError('validation_failed', `${file} is damaged: ${why}`);
  const finishFile = () => {
    if (!current) return;
    const digest = current.hash.digest('hex');
    if (digest !== current.sha256) throw damaged(`evidence file ${current.sha256} does not match its hash`);
    files.push({ sha256: current.sha256, sizeBytes: current.size });
    current = undefined;
  };
  try {
    for await (const record of archiveLines(file)) {
      if (header === undefined) {
        header = parseHeader(JSON.stringify(record), file);
        for (const table of header.tables) rows.set(table.name, []);
        continue;
      }
      if (isFileLine(record)) {
        if (current?.sha256 !== record.file) {
          finishFile();
          if (!/^[0-9a-f]{64}$/.test(record.file) || files.some((entry) => entry.sha256 === record.file))
            throw damaged(`unexpected evidence file ${record.file.slice(0, 80)}`);
          current = { sha256: record.file, hash: createHash('sha256'), next: 0, size: 0 };
        }
        if (record.chunk !== current.next) throw damaged(`evidence file ${record.file} is missing a part`);
        const bytes = Buffer.from(record.data, 'base64');
        current.hash.update(bytes);
        current.size += bytes.length;
        current.next += 1;
        continue;
      }
      if (current || files.length > 0) throw damaged('table rows after the evidence files');
      if (typeof record.table !== 'string' || typeof record.row !== 'object' || record.row === null) {
        throw new DomainError('validation_failed', `${file} is damaged: a line is not a table row`);
      }
      const list = rows.get(record.table);
      if (!list)
        throw new DomainError('validation_failed', `${file} is damaged: rows of undeclared table ${record.table}`);
      list.push(JSON.stringify(record.row));
    }
    finishFile();
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
  if (files.length !== (header.files?.count ?? 0)) {
    throw new DomainError('validation_failed', `${file} is damaged or truncated: evidence files are incomplete`);
  }
  return { file, header, rows, files };
}

/** Writes the evidence files an archive carries into a store, checking each hash again as it is written. */
export async function restoreEvidenceFiles(
  archive: BackupArchive,
  store: EvidenceStore,
  onProgress?: ProgressReporter,
): Promise<number> {
  if (archive.files.length === 0) return 0;
  let current: { sha256: string; input: PassThrough; done: Promise<void> } | undefined;
  let written = 0;
  const finish = async () => {
    if (!current) return;
    current.input.end();
    await current.done;
    current = undefined;
    written += 1;
    onProgress?.({ table: evidenceFilesLabel, done: written, total: archive.files.length });
  };
  for await (const record of archiveLines(archive.file)) {
    if (!isFileLine(record)) continue;
    if (current?.sha256 !== record.file) {
      await finish();
      const input = new PassThrough();
      const done = store.putExpected(record.file, input);
      // A refusal ends the write; the error surfaces from `done`.
      done.catch(() => input.resume());
      current = { sha256: record.file, input, done };
    }
    if (!current.input.write(Buffer.from(record.data, 'base64'))) await once(current.input, 'drain');
  }
  await finish();
  return written;
}

/**
 * Restores an archive into a database in one transaction: the schema is rebuilt at the archive's version,
 * the rows are loaded, then newer migrations run. Refuses a database holding data unless `force`.
 */
export async function restoreDatabase(
  database: Database,
  archive: BackupArchive,
  options: { force: boolean; onProgress?: ProgressReporter; evidenceStore?: EvidenceStore | undefined },
): Promise<BackupHeader> {
  const { file, header, rows } = archive;
  if (archive.files.length > 0 && !options.evidenceStore) {
    throw new DomainError(
      'validation_failed',
      `${file} carries ${archive.files.length} evidence files: name the folder to restore them into with --evidence-dir (or CERTA_EVIDENCE_DIR)`,
    );
  }
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
  // The rows are in; the files follow (already checked once, their hashes are checked again as written).
  if (options.evidenceStore) {
    try {
      await restoreEvidenceFiles(archive, options.evidenceStore, options.onProgress);
    } catch (error) {
      throw new DomainError(
        'internal',
        `The data was restored but the evidence files could not all be written to ${options.evidenceStore.root} (${(error as Error).message}); fix that and restore again with --force`,
      );
    }
  }
  return header;
}
