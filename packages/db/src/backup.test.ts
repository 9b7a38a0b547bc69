import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, countRows, readBackupArchive, restoreDatabase } from './backup.ts';
import { openPostgresDatabase, type Database } from './connection.ts';
import { latestSchemaVersion, migrate } from './migrate.ts';
import { queryRows } from './sql.ts';
import { insertFrameworkWithRequirements, listRequirements } from './repositories/library.repository.ts';
import { createBlankEmbeddedDatabase, createEmptyPostgresDatabase, createTestDatabase } from './testing/index.ts';

let source: Database;
let dir: string;
let archive: string;

async function settings(database: Database): Promise<{ key: string; value: unknown; updated_at: string }[]> {
  return queryRows(database.db, sql`select key, value, updated_at::text from instance_setting order by key`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'certa-backup-'));
  archive = join(dir, 'certa.backup');
  source = await createTestDatabase();
  await source.db.execute(sql`insert into instance_setting (key, value, updated_at) values
    ('instance.name', '"Acme ISMS"', '2026-03-01T10:00:00Z'),
    ('unicode', ${JSON.stringify({ text: 'Sécurité – 情報 "quoted" \\ back' })}::jsonb, '2026-03-02T11:30:00.123456Z')`);
  await backupDatabase(source, archive);
});

afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backupDatabase', () => {
  it('writes a versioned header and every row', () => {
    const lines = gunzipSync(readFileSync(archive)).toString('utf8').trim().split('\n');
    const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'certa-backup', formatVersion: 1, schemaVersion: latestSchemaVersion() });
    expect(header.tables).toContainEqual({ name: 'instance_setting', rows: 2 });
    expect(lines).toHaveLength(3);
  });
});

describe('restoreDatabase', () => {
  it('restores every value exactly into an empty embedded database', async () => {
    const target = await createBlankEmbeddedDatabase();
    try {
      await restoreDatabase(target, await readBackupArchive(archive), { force: false });
      expect(await settings(target)).toEqual(await settings(source));
    } finally {
      await target.close();
    }
  });

  it('restores into a brand-new database that was never migrated', async () => {
    const target = await createBlankEmbeddedDatabase();
    try {
      await restoreDatabase(target, await readBackupArchive(archive), { force: false });
      expect((await countRows(target.db)).find((table) => table.name === 'instance_setting')?.rows).toBe(2);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that holds data unless forced, and leaves it untouched', async () => {
    const target = await createBlankEmbeddedDatabase();
    try {
      await migrate(target.db);
      await target.db.execute(sql`insert into instance_setting (key, value) values ('mine', '1')`);
      await expect(restoreDatabase(target, await readBackupArchive(archive), { force: false })).rejects.toThrow(
        /not empty.*--force/,
      );
      expect((await settings(target)).map((row) => row.key)).toEqual(['mine']);
      await restoreDatabase(target, await readBackupArchive(archive), { force: true });
      expect(await settings(target)).toEqual(await settings(source));
    } finally {
      await target.close();
    }
  });

  it('refuses an archive from a newer schema with a clear message', async () => {
    const lines = gunzipSync(readFileSync(archive)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    lines[0] = JSON.stringify({ ...header, schemaVersion: latestSchemaVersion() + 5, certaVersion: '9.0.0' });
    const newer = join(dir, 'newer.backup');
    writeFileSync(newer, gzipSync(lines.join('\n')));
    const target = await createBlankEmbeddedDatabase();
    try {
      await expect(readBackupArchive(newer)).rejects.toThrow(/newer Certa \(9\.0\.0.*Upgrade Certa/);
    } finally {
      await target.close();
    }
  });

  it('refuses a truncated archive and changes nothing', async () => {
    const lines = gunzipSync(readFileSync(archive)).toString('utf8').trim().split('\n');
    const truncated = join(dir, 'truncated.backup');
    writeFileSync(truncated, gzipSync(lines.slice(0, 2).join('\n')));
    const target = await createBlankEmbeddedDatabase();
    try {
      await migrate(target.db);
      await expect(readBackupArchive(truncated)).rejects.toThrow(/truncated/);
      expect(await settings(target)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = join(dir, 'bogus.backup');
    writeFileSync(bogus, 'hello');
    const target = await createBlankEmbeddedDatabase();
    try {
      await expect(readBackupArchive(bogus)).rejects.toThrow(/not a readable Certa backup|not a Certa backup/);
      await expect(readBackupArchive(join(dir, 'missing'))).rejects.toThrow(/No backup file/);
    } finally {
      await target.close();
    }
  });

  it('rolls back entirely when loading fails part way', async () => {
    const lines = gunzipSync(readFileSync(archive)).toString('utf8').trim().split('\n');
    lines[2] = JSON.stringify({ table: 'instance_setting', row: { key: 'instance.name', value: 1, updated_at: 'x' } });
    const duplicate = join(dir, 'duplicate.backup');
    writeFileSync(duplicate, gzipSync(lines.join('\n')));
    const target = await createBlankEmbeddedDatabase();
    try {
      await migrate(target.db);
      await target.db.execute(sql`insert into instance_setting (key, value) values ('kept', '1')`);
      await expect(restoreDatabase(target, await readBackupArchive(duplicate), { force: true })).rejects.toThrow();
      expect((await settings(target)).map((row) => row.key)).toEqual(['kept']);
    } finally {
      await target.close();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('backups across database kinds', () => {
  it('moves data from embedded to a PostgreSQL server and back, value for value', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL as string;
    const embedded = await createBlankEmbeddedDatabase();
    const empty = await createEmptyPostgresDatabase(serverUrl);
    const server = await openPostgresDatabase(empty.url);
    const back = await createBlankEmbeddedDatabase();
    try {
      await restoreDatabase(embedded, await readBackupArchive(archive), { force: false });
      const fromEmbedded = join(dir, 'from-embedded.backup');
      await backupDatabase(embedded, fromEmbedded);
      await restoreDatabase(server, await readBackupArchive(fromEmbedded), { force: false });
      expect(await settings(server)).toEqual(await settings(embedded));
      const fromServer = join(dir, 'from-server.backup');
      await backupDatabase(server, fromServer);
      await restoreDatabase(back, await readBackupArchive(fromServer), { force: false });
      expect(await settings(back)).toEqual(await settings(embedded));
    } finally {
      await Promise.all([embedded.close(), server.close(), back.close()]);
      await empty.drop();
    }
  });
});

describe('restoring a requirement tree', () => {
  it('loads a tree of more rows than one insert batch whatever the order of parents and children', async () => {
    const tree = await createTestDatabase();
    const target = await createBlankEmbeddedDatabase();
    try {
      const frameworkId = '00000000-0000-4000-8000-000000000001';
      const parentId = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
      const hex = (index: number) => index.toString(16).padStart(12, '0');
      const node = (id: string, refId: string, parent: string | null, position: number) => ({
        id,
        frameworkId,
        parentId: parent,
        refId,
        title: refId,
        kind: parent === null ? ('heading' as const) : ('control' as const),
        assessable: parent !== null,
        position,
        description: null,
        guidance: null,
        objectives: null,
        typicalEvidence: null,
        withdrawn: false,
        sourceKey: refId,
        attributes: { level: [parent === null ? 'root' : 'child'] },
        parameters:
          parent === null
            ? []
            : [{ paramId: `${refId}_prm`, label: 'who', values: ['a', 'b'], choices: [], howMany: null }],
      });
      // Children's ids sort before their parent's, so an archive lists them first.
      const children = Array.from({ length: 700 }, (_, index) =>
        node(`00000000-0000-4000-8000-${hex(index + 2)}`, `C-${index}`, parentId, index + 1),
      );
      await insertFrameworkWithRequirements(
        tree.db,
        {
          id: frameworkId,
          organizationId: null,
          slug: 'tree',
          version: '1',
          name: 'Tree',
          publisher: 'Test',
          licenceNote: 'test',
          source: 'built_in',
          sourceKey: null,
          description: null,
          sourceFormat: null,
          sourceFileName: null,
          sourceSha256: null,
          createdAt: new Date(),
        },
        [node(parentId, 'ROOT', null, 0), ...children],
      );
      const file = join(dir, 'tree.backup');
      await backupDatabase(tree, file);
      await restoreDatabase(target, await readBackupArchive(file), { force: false });
      const restored = await listRequirements(target.db, frameworkId);
      expect(restored).toHaveLength(701);
      expect(restored[1]).toMatchObject({ attributes: { level: ['child'] }, parameters: [{ values: ['a', 'b'] }] });
    } finally {
      await Promise.all([tree.close(), target.close()]);
    }
  });
});
