import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { certaVersion } from '@certa/core';
import { latestSchemaVersion, openDataFolder, openEmbeddedDatabase, queryRows } from '@certa/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/run-cli.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'certa-cli-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function writeSetting(dataDir: string, key: string): Promise<void> {
  const folder = openDataFolder(dataDir, { create: false });
  const database = await openEmbeddedDatabase(folder.databasePath);
  await database.db.execute(sql`insert into instance_setting (key, value) values (${key}, '"v"')`);
  await database.close();
  folder.release();
}

async function readSettings(dataDir: string): Promise<string[]> {
  const folder = openDataFolder(dataDir, { create: false });
  const database = await openEmbeddedDatabase(folder.databasePath);
  const rows = await queryRows<{ key: string }>(database.db, sql`select key from instance_setting order by key`);
  await database.close();
  folder.release();
  return rows.map((row) => row.key);
}

describe('certa version and help', () => {
  it('prints the version and the schema it knows', async () => {
    const run = await runCliCaptured(['version']);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`certa ${certaVersion} (schema ${latestSchemaVersion()}, node ${process.versions.node})`);
  });

  it.each([
    ['--help'],
    ['serve', '--help'],
    ['migrate', '--help'],
    ['backup', '--help'],
    ['restore', '--help'],
    ['version', '--help'],
  ])('prints help for %s %s and exits 0', async (...argv) => {
    const run = await runCliCaptured(argv.filter(Boolean));
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: certa');
  });
});

describe('usage errors', () => {
  it.each([
    [['bogus'], /unknown command 'bogus'/],
    [['serve', '--nope'], /unknown option '--nope'/],
    [['backup'], /missing required argument 'file'/],
    [['serve', '--port', 'eighty'], /Invalid port "eighty"/],
    [['serve', '--port', '70000'], /Invalid port "70000"/],
    [['serve', '--log-level', 'loud'], /Invalid log level/],
  ])('rejects %j with exit code 2 and one line', async (argv, message) => {
    const run = await runCliCaptured(argv, { CERTA_DATA_DIR: join(root, 'never-created') });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(existsSync(join(root, 'never-created'))).toBe(false);
  });
});

describe('certa migrate', () => {
  it('creates and migrates a new data folder, then reports it up to date', async () => {
    const data = join(root, 'migrate');
    const first = await runCliCaptured(['migrate', '--data', data]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toBe(`Migrated the database from schema 0 to ${latestSchemaVersion()}`);
    const second = await runCliCaptured(['migrate'], { CERTA_DATA_DIR: data });
    expect(second.out).toBe(`The database is up to date (schema ${latestSchemaVersion()})`);
  });

  it('refuses a folder that is not a Certa data folder with exit code 2 and writes nothing', async () => {
    const data = join(root, 'someone-elses');
    rmSync(data, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(data);
    writeFileSync(join(data, 'thesis.docx'), 'x');
    const run = await runCliCaptured(['migrate', '--data', data]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^certa: .* is not a Certa data folder/);
    expect(readdirSync(data)).toEqual(['thesis.docx']);
  });

  it('refuses a folder in use by another process with exit code 5', async () => {
    const data = join(root, 'busy');
    await runCliCaptured(['migrate', '--data', data]);
    const lock = { pid: process.ppid, host: (await import('node:os')).hostname(), startedAt: '' };
    writeFileSync(join(data, 'certa.lock'), JSON.stringify(lock));
    const run = await runCliCaptured(['migrate', '--data', data]);
    expect(run.code).toBe(5);
    expect(run.err).toMatch(/in use by another Certa process/);
    rmSync(join(data, 'certa.lock'));
  });

  it('reports an unreachable PostgreSQL server in one line without the password', async () => {
    const run = await runCliCaptured(['migrate', '--database-url', 'postgres://certa:s3cret@127.0.0.1:1/certa']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('certa: Cannot connect to the PostgreSQL server at 127.0.0.1:1/certa: ECONNREFUSED');
    expect(run.err).not.toContain('s3cret');
  });

  it('rejects a database URL that is not a PostgreSQL URL with exit code 2', async () => {
    const run = await runCliCaptured(['migrate'], { DATABASE_URL: 'mysql://x@y/z' });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/must start with postgres:\/\//);
  });

  it('prints a stack trace only with --debug', async () => {
    const plain = await runCliCaptured(['migrate', '--database-url', 'postgres://127.0.0.1:1/x']);
    expect(plain.err).not.toMatch(/\n\s+at /);
    const debug = await runCliCaptured(['--debug', 'migrate', '--database-url', 'postgres://127.0.0.1:1/x']);
    expect(debug.err).toMatch(/\n\s+at /);
  });
});

describe('certa backup and restore', () => {
  it('round-trips the data of one embedded folder into a new one', async () => {
    const source = join(root, 'source');
    await runCliCaptured(['migrate', '--data', source]);
    await writeSetting(source, 'instance.name');
    const archive = join(root, 'all.certa-backup');
    const backup = await runCliCaptured(['backup', archive, '--data', source]);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/^Wrote .*all\.certa-backup: 1 rows from \d+ tables, schema \d+$/);

    const target = join(root, 'target');
    const restore = await runCliCaptured(['restore', archive, '--data', target]);
    expect(restore.code).toBe(0);
    expect(await readSettings(target)).toEqual(['instance.name']);
  });

  it('refuses to restore over data without --force (exit 5) and replaces it with --force', async () => {
    const archive = join(root, 'all.certa-backup');
    const target = join(root, 'occupied');
    await runCliCaptured(['migrate', '--data', target]);
    await writeSetting(target, 'precious');
    const refused = await runCliCaptured(['restore', archive, '--data', target]);
    expect(refused.code).toBe(5);
    expect(refused.err).toMatch(/not empty.*--force/);
    expect(await readSettings(target)).toEqual(['precious']);
    const forced = await runCliCaptured(['restore', archive, '--data', target, '--force']);
    expect(forced.code).toBe(0);
    expect(await readSettings(target)).toEqual(['instance.name']);
  });

  it('refuses an archive from a newer schema with exit code 2 and a clear message', async () => {
    const archive = join(root, 'all.certa-backup');
    const lines = gunzipSync(readFileSync(archive)).toString('utf8').split('\n');
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0] ?? '{}'), schemaVersion: 999, certaVersion: '7.0.0' });
    const newer = join(root, 'newer.certa-backup');
    writeFileSync(newer, gzipSync(lines.join('\n')));
    const run = await runCliCaptured(['restore', newer, '--data', join(root, 'fresh')]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/made by a newer Certa \(7\.0\.0, schema 999\).*Upgrade Certa/);
    expect(existsSync(join(root, 'fresh'))).toBe(false);
  });

  it('reports a missing archive with exit code 4', async () => {
    const run = await runCliCaptured(['restore', join(root, 'nope.certa-backup'), '--data', join(root, 'fresh2')]);
    expect(run.code).toBe(4);
    expect(run.err).toMatch(/No backup file/);
    expect(existsSync(join(root, 'fresh2'))).toBe(false);
  });

  it('refuses to back up a data folder that does not exist (exit 4) without creating it', async () => {
    const missing = join(root, 'missing-folder');
    const run = await runCliCaptured(['backup', join(root, 'x.backup'), '--data', missing]);
    expect(run.code).toBe(4);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(root, 'x.backup'))).toBe(false);
  });
});
