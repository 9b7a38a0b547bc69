import type { EvidenceVerifyReport } from '@certa/core';
import type { Executor } from './connection.ts';
import type { EvidenceStore } from './evidence-store.ts';
import { listEvidenceBlobUsage } from './repositories/evidence.repository.ts';

/**
 * Rereads every evidence file the database records and compares its SHA-256 and size with the record;
 * lists each file that is missing, altered or resized with the versions using it (`EV-0001 v2`).
 */
export async function verifyEvidenceFiles(
  db: Executor,
  store: EvidenceStore | undefined,
  onProgress?: (event: { done: number; total: number; bytes: number }) => void,
): Promise<EvidenceVerifyReport> {
  const blobs = await listEvidenceBlobUsage(db);
  const problems: EvidenceVerifyReport['problems'] = [];
  let bytes = 0;
  for (const [index, blob] of blobs.entries()) {
    const state = store ? await store.check(blob.sha256, blob.sizeBytes) : 'missing';
    if (state !== 'ok') problems.push({ sha256: blob.sha256, problem: state, usedBy: blob.usedBy });
    bytes += blob.sizeBytes;
    onProgress?.({ done: index + 1, total: blobs.length, bytes });
  }
  return { checked: blobs.length, ok: problems.length === 0, problems };
}
