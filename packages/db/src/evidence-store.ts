import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { contentSniffBytes, defaultEvidenceMaxMegabytes, detectMediaType, DomainError } from '@certa/core';

const shaPattern = /^[0-9a-f]{64}$/;
const temporaryFolder = '.partial';

/** A file as the store holds it after an upload. */
export interface StoredEvidenceFile {
  sha256: string;
  sizeBytes: number;
  /** Detected from the bytes, never from a file name. */
  mediaType: string;
  /** False when the same bytes were already stored (deduplicated). */
  created: boolean;
}

/** What an integrity check found for one stored file. */
export type EvidenceFileState = 'ok' | 'missing' | 'altered' | 'size_mismatch';

/**
 * Evidence files, content-addressed: each file lives at `<root>/<first two hex digits>/<sha256>`. Files
 * are written to a temporary name and renamed into place once complete, so a reader never sees half a
 * file, and the same bytes are stored once whoever uploads them.
 */
export interface EvidenceStore {
  readonly root: string;
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  /**
   * Streams a file in, hashing it as it arrives; refuses it with `payload_too_large` once it passes the
   * limit (or at once when `declaredSize` does) and with `validation_failed` when it is empty, leaving
   * nothing behind either way.
   */
  put(source: AsyncIterable<Uint8Array> | Uint8Array, options?: { declaredSize?: number }): Promise<StoredEvidenceFile>;
  /**
   * Stores bytes that must hash to `sha256` (a restore): refuses them with `validation_failed` when they
   * do not, without the size limit (the archive's files were accepted once already).
   */
  putExpected(sha256: string, source: AsyncIterable<Uint8Array> | Uint8Array): Promise<void>;
  /** Where the file of a hash lives. */
  pathOf(sha256: string): string;
  /** The size of a stored file, or undefined when it is not there. */
  sizeOf(sha256: string): Promise<number | undefined>;
  /** A stream of the stored bytes (check `sizeOf` first: a missing file fails the stream). */
  read(sha256: string): ReadStream;
  /** Rereads a file and compares its hash and size with what the database recorded. */
  check(sha256: string, sizeBytes: number): Promise<EvidenceFileState>;
  /** Deletes a stored file (for files no version uses any longer); missing files are fine. */
  remove(sha256: string): Promise<void>;
}

/** How an evidence store is set up. */
export interface EvidenceStoreOptions {
  root: string;
  /** Largest accepted file in bytes; default 50 MB. */
  maxBytes?: number;
}

function assertSha(sha256: string): void {
  // Hashes name files: anything else could escape the store's folder.
  if (!shaPattern.test(sha256)) throw new DomainError('validation_failed', `"${sha256}" is not a SHA-256 hex digest`);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

function tooLarge(maxBytes: number): DomainError {
  return new DomainError(
    'payload_too_large',
    `The file is larger than the ${megabytes(maxBytes)} evidence limit; nothing was stored`,
    { maxBytes },
  );
}

async function* chunksOf(source: AsyncIterable<Uint8Array> | Uint8Array): AsyncIterable<Uint8Array> {
  if (source instanceof Uint8Array) yield source;
  else yield* source;
}

/** The first and last bytes of a stream, kept for content detection. */
class Sampler {
  private head: Uint8Array[] = [];
  private headLength = 0;
  private tail: Uint8Array[] = [];
  private tailLength = 0;

  add(chunk: Uint8Array): void {
    if (this.headLength < contentSniffBytes) {
      const part = chunk.subarray(0, contentSniffBytes - this.headLength);
      this.head.push(part);
      this.headLength += part.length;
    }
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    while (this.tail.length > 1 && this.tailLength - (this.tail[0]?.length ?? 0) >= contentSniffBytes) {
      this.tailLength -= this.tail.shift()?.length ?? 0;
    }
  }

  mediaType(size: number): string {
    const tail = Buffer.concat(this.tail);
    return detectMediaType({
      head: Buffer.concat(this.head),
      tail: tail.subarray(Math.max(0, tail.length - contentSniffBytes)),
      size,
    });
  }
}

/** Computes the SHA-256 and size of a file on disk, or undefined when it is not there. */
async function hashFile(path: string): Promise<{ sha256: string; sizeBytes: number } | undefined> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      sizeBytes += chunk.length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** Opens (creating when needed) the evidence store in a folder. */
export function createEvidenceStore(options: EvidenceStoreOptions): EvidenceStore {
  const root = resolve(options.root);
  const maxBytes = options.maxBytes ?? defaultEvidenceMaxMegabytes * 1024 * 1024;
  const pathOf = (sha256: string) => {
    assertSha(sha256);
    return join(root, sha256.slice(0, 2), sha256);
  };

  /** Writes a stream to a temporary file; returns its hash, size and sample, or throws after removing it. */
  async function receive(
    source: AsyncIterable<Uint8Array> | Uint8Array,
    limit: number,
  ): Promise<{ temporary: string; sha256: string; sizeBytes: number; sampler: Sampler }> {
    await mkdir(join(root, temporaryFolder), { recursive: true });
    const temporary = join(root, temporaryFolder, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const sampler = new Sampler();
    let sizeBytes = 0;
    let overflow = false;
    const file = await open(temporary, 'wx');
    try {
      for await (const chunk of chunksOf(source)) {
        // Past the limit the rest is read and dropped, so the client still gets the refusal as an answer.
        if (overflow) continue;
        sizeBytes += chunk.length;
        if (sizeBytes > limit) {
          overflow = true;
          continue;
        }
        hash.update(chunk);
        sampler.add(chunk);
        await file.write(chunk);
      }
      if (overflow) throw tooLarge(limit);
      await file.sync();
    } catch (error) {
      await file.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    return { temporary, sha256: hash.digest('hex'), sizeBytes, sampler };
  }

  /** Moves a received file into place unless an intact copy is already there; true when it moved. */
  async function settle(temporary: string, sha256: string, sizeBytes: number): Promise<boolean> {
    const target = pathOf(sha256);
    const existing = await hashFile(target);
    if (existing?.sha256 === sha256 && existing.sizeBytes === sizeBytes) {
      await rm(temporary, { force: true });
      return false;
    }
    // Missing, or a damaged copy: the fresh bytes take its place.
    await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
    await rename(temporary, target);
    return true;
  }

  return {
    root,
    maxBytes,
    pathOf,

    async put(source, putOptions = {}) {
      if (putOptions.declaredSize !== undefined && putOptions.declaredSize > maxBytes) throw tooLarge(maxBytes);
      const received = await receive(source, maxBytes);
      if (received.sizeBytes === 0) {
        await rm(received.temporary, { force: true });
        throw new DomainError('validation_failed', 'The file is empty; nothing was stored');
      }
      const created = await settle(received.temporary, received.sha256, received.sizeBytes);
      return {
        sha256: received.sha256,
        sizeBytes: received.sizeBytes,
        mediaType: received.sampler.mediaType(received.sizeBytes),
        created,
      };
    },

    async putExpected(sha256, source) {
      assertSha(sha256);
      const received = await receive(source, Number.MAX_SAFE_INTEGER);
      if (received.sha256 !== sha256) {
        await rm(received.temporary, { force: true });
        throw new DomainError('validation_failed', `File ${sha256} is damaged: its bytes hash to ${received.sha256}`);
      }
      await settle(received.temporary, sha256, received.sizeBytes);
    },

    async sizeOf(sha256) {
      try {
        const info = await stat(pathOf(sha256));
        return info.isFile() ? info.size : undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },

    read(sha256) {
      return createReadStream(pathOf(sha256));
    },

    async check(sha256, sizeBytes) {
      const found = await hashFile(pathOf(sha256));
      if (!found) return 'missing';
      if (found.sha256 !== sha256) return found.sizeBytes === sizeBytes ? 'altered' : 'size_mismatch';
      return found.sizeBytes === sizeBytes ? 'ok' : 'size_mismatch';
    },

    async remove(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
  };
}

/** Where evidence files are kept, from the configuration: an explicit folder, else `<data folder>/evidence`. */
export function resolveEvidenceRoot(options: {
  evidenceDir?: string | undefined;
  /** The data folder of the embedded database, or one named explicitly next to a PostgreSQL server. */
  dataDir?: string | undefined;
}): string | undefined {
  if (options.evidenceDir) return resolve(options.evidenceDir);
  if (options.dataDir) return join(resolve(options.dataDir), 'evidence');
  return undefined;
}

/** Parses a size limit in megabytes (`--evidence-max-mb`, `CERTA_EVIDENCE_MAX_MB`) into bytes. */
export function parseEvidenceMaxMegabytes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return defaultEvidenceMaxMegabytes * 1024 * 1024;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(number > 0) || number > 1024 * 1024) {
    throw new DomainError(
      'validation_failed',
      `Invalid evidence size limit "${value}": give megabytes, for example 50 (the default)`,
    );
  }
  return Math.floor(number * 1024 * 1024);
}
