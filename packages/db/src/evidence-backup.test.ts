import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, readBackupArchive, restoreDatabase } from './backup.ts';
import type { Database } from './connection.ts';
import { createEvidenceStore, type EvidenceStore } from './evidence-store.ts';
import {
  insertEvidenceBlobIfAbsent,
  insertEvidenceItem,
  insertEvidenceVersion,
  listEvidenceBlobUsage,
} from './repositories/evidence.repository.ts';
import { insertOrganization, insertUser } from './repositories/identity.repository.ts';
import { createBlankEmbeddedDatabase, createTestDatabase } from './testing/index.ts';

let dir: string;
let source: Database;
let store: EvidenceStore;
let archive: string;
const files = [new TextEncoder().encode('%PDF-1.7\nthe policy\n'), new Uint8Array(500_000).map((_, i) => i % 251)];

/** Records an evidence item with one version per file, storing the files. */
async function addEvidence(database: Database, target: EvidenceStore, contents: Uint8Array[]): Promise<void> {
  const now = new Date('2026-01-15T09:00:00Z');
  const organizationId = randomUUID();
  const userId = randomUUID();
  await insertOrganization(database.db, { id: organizationId, name: 'Acme', createdAt: now });
  await insertUser(database.db, {
    id: userId,
    email: `${userId}@example.com`,
    name: 'Ana',
    passwordHash: null,
    oidcSubject: null,
    createdAt: now,
  });
  const evidenceId = randomUUID();
  await insertEvidenceItem(database.db, {
    id: evidenceId,
    organizationId,
    reference: 'EV-0001',
    title: 'Policy',
    description: null,
    kind: 'document',
    owner: null,
    url: null,
    coversFrom: null,
    coversTo: null,
    effectiveFrom: null,
    reviewBy: null,
    status: 'draft',
    currentVersion: contents.length,
    version: 1,
    createdBy: userId,
    createdAt: now,
    updatedAt: now,
    updatedBy: userId,
  });
  for (const [index, bytes] of contents.entries()) {
    const stored = await target.put(bytes);
    await insertEvidenceBlobIfAbsent(database.db, { ...stored, createdAt: now });
    await insertEvidenceVersion(database.db, {
      evidenceId,
      versionNumber: index + 1,
      sha256: stored.sha256,
      fileName: `file-${index}`,
      mediaType: stored.mediaType,
      sizeBytes: stored.sizeBytes,
      note: null,
      uploadedBy: userId,
      uploadedAt: now,
    });
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'certa-evidence-backup-'));
  source = await createTestDatabase();
  store = createEvidenceStore({ root: join(dir, 'source-evidence') });
  await addEvidence(source, store, files);
  archive = join(dir, 'with-files.backup');
  await backupDatabase(source, archive, undefined, { evidenceStore: store });
});

afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backups with evidence files', () => {
  it('carries every file after the rows and lists them in the header', async () => {
    const read = await readBackupArchive(archive);
    expect(read.header).toMatchObject({ formatVersion: 2, files: { count: 2, missing: [] } });
    expect(read.header.files?.bytes).toBe(files[0]!.length + files[1]!.length);
    expect(read.files).toHaveLength(2);
  });

  it('restores the files byte for byte into a fresh store', async () => {
    const target = await createBlankEmbeddedDatabase();
    const restored = createEvidenceStore({ root: join(dir, 'restored-evidence') });
    try {
      await restoreDatabase(target, await readBackupArchive(archive), { force: false, evidenceStore: restored });
      const usage = await listEvidenceBlobUsage(target.db);
      expect(usage).toHaveLength(2);
      for (const blob of usage) {
        expect(await restored.check(blob.sha256, blob.sizeBytes)).toBe('ok');
        expect(readFileSync(restored.pathOf(blob.sha256))).toEqual(readFileSync(store.pathOf(blob.sha256)));
      }
    } finally {
      await target.close();
    }
  });

  it('refuses to restore files without a store, before writing anything', async () => {
    const target = await createBlankEmbeddedDatabase();
    try {
      await expect(restoreDatabase(target, await readBackupArchive(archive), { force: false })).rejects.toThrow(
        /carries 2 evidence files.*--evidence-dir/,
      );
    } finally {
      await target.close();
    }
  });

  it('refuses an archive whose file bytes were changed', async () => {
    const lines = gunzipSync(readFileSync(archive)).toString('utf8').trim().split('\n');
    const index = lines.findIndex((line) => line.startsWith('{"file"'));
    const record = JSON.parse(lines[index] ?? '{}') as { data: string };
    const bytes = Buffer.from(record.data, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    lines[index] = JSON.stringify({ ...record, data: bytes.toString('base64') });
    const tampered = join(dir, 'tampered.backup');
    writeFileSync(tampered, gzipSync(lines.join('\n')));
    await expect(readBackupArchive(tampered)).rejects.toThrow(/does not match its hash/);
    const truncated = join(dir, 'truncated-files.backup');
    writeFileSync(truncated, gzipSync(lines.slice(0, -1).join('\n')));
    await expect(readBackupArchive(truncated)).rejects.toThrow(/damaged|truncated/);
  });

  it('lists recorded files that are missing from the store instead of carrying them', async () => {
    const database = await createTestDatabase();
    const partial = createEvidenceStore({ root: join(dir, 'partial-evidence') });
    try {
      await addEvidence(database, partial, [new TextEncoder().encode('kept'), new TextEncoder().encode('lost')]);
      const [lost] = (await listEvidenceBlobUsage(database.db)).filter(
        (blob) => readFileSync(partial.pathOf(blob.sha256), 'utf8') === 'lost',
      );
      await partial.remove(lost!.sha256);
      const file = join(dir, 'partial.backup');
      const header = await backupDatabase(database, file, undefined, { evidenceStore: partial });
      expect(header.files).toEqual({ count: 1, bytes: 4, missing: [{ sha256: lost!.sha256, problem: 'missing' }] });
      expect((await readBackupArchive(file)).files).toHaveLength(1);
      await expect(backupDatabase(database, join(dir, 'no-store.backup'))).rejects.toThrow(/--evidence-dir/);
    } finally {
      await database.close();
    }
  });
});
