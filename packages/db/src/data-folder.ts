import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { DomainError } from '@certa/core';

const markerFile = 'certa.json';
const lockFile = 'certa.lock';
const pgFolder = 'pgdata';
const dataFormat = 'certa-data';
const dataFormatVersion = 1;

/** A data folder opened for exclusive use by this process. */
export interface DataFolder {
  readonly path: string;
  /** Where PGlite keeps the database files. */
  readonly databasePath: string;
  /** True when this call created the folder's database (first start). */
  readonly isNew: boolean;
  /** Releases the lock; safe to call twice. */
  release(): void;
}

interface LockContent {
  pid: number;
  host: string;
  startedAt: string;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
}

function takeLock(folder: string): () => void {
  const path = join(folder, lockFile);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      const content: LockContent = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
      writeFileSync(fd, JSON.stringify(content));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const current = readLock(path);
        if (current?.pid === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      // A lock left by a process that no longer runs (or by an earlier life of this same pid, as in a
      // container restart) is stale; anything else means another Certa is using the folder right now.
      const stale =
        holder === undefined ||
        (holder.host === hostname() && (holder.pid === process.pid || !isProcessAlive(holder.pid)));
      if (!stale) {
        throw new DomainError(
          'conflict',
          `The data folder ${folder} is in use by another Certa process (pid ${holder.pid} on ${holder.host}); stop it first`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DomainError('conflict', `Could not lock the data folder ${folder}`);
}

function checkMarker(folder: string): void {
  const path = join(folder, markerFile);
  let marker: { format?: unknown; formatVersion?: unknown };
  try {
    marker = JSON.parse(readFileSync(path, 'utf8')) as typeof marker;
  } catch {
    throw new DomainError(
      'validation_failed',
      `${folder} is not a Certa data folder (its ${markerFile} is unreadable)`,
    );
  }
  if (marker.format !== dataFormat) {
    throw new DomainError('validation_failed', `${folder} is not a Certa data folder (unexpected ${markerFile})`);
  }
  if (typeof marker.formatVersion !== 'number' || marker.formatVersion > dataFormatVersion) {
    throw new DomainError(
      'validation_failed',
      `${folder} was written by a newer Certa (data format ${String(marker.formatVersion)}); upgrade Certa to open it`,
    );
  }
}

/**
 * Opens a data folder for exclusive use: creates it when missing or empty, refuses a folder that is not
 * Certa's or that another process is using. Nothing is written before those checks pass.
 */
export function openDataFolder(dir: string, options: { create: boolean }): DataFolder {
  const path = resolve(dir);
  let isNew = false;
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) {
      throw new DomainError('validation_failed', `${path} is a file, not a Certa data folder`);
    }
    const entries = readdirSync(path);
    if (entries.length === 0 || (entries.length === 1 && entries[0] === lockFile)) {
      isNew = true;
    } else if (!entries.includes(markerFile)) {
      throw new DomainError(
        'validation_failed',
        `${path} is not a Certa data folder (no ${markerFile}); choose a new or empty folder with --data`,
      );
    } else {
      checkMarker(path);
    }
  } else {
    isNew = true;
  }
  if (isNew && !options.create) {
    throw new DomainError('not_found', `No Certa data folder at ${path}; start Certa once to create it`);
  }
  if (isNew) mkdirSync(path, { recursive: true });
  const release = takeLock(path);
  try {
    if (isNew) {
      writeFileSync(
        join(path, markerFile),
        `${JSON.stringify({ format: dataFormat, formatVersion: dataFormatVersion, createdAt: new Date().toISOString() }, null, 2)}\n`,
      );
    }
  } catch (error) {
    release();
    throw error;
  }
  return { path, databasePath: join(path, pgFolder), isNew, release };
}
