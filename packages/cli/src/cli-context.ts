import { DomainError, type ErrorCode } from '@certa/core';
import { openDataFolder, openEmbeddedDatabase, openPostgresDatabase, type DataFolder, type Database } from '@certa/db';

/** Where a command writes: standard output for results, standard error for messages and progress. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when standard error is a terminal (progress bars are drawn only then). */
  isInteractive: boolean;
  env: NodeJS.ProcessEnv;
  /** Reads all of standard input (for secrets such as --password-stdin); absent when there is none. */
  readStdin?: () => Promise<string>;
}

/** Exit codes of the certa command, one per error family. */
export const exitCodeByErrorCode: Record<ErrorCode, number> = {
  validation_failed: 2,
  unauthenticated: 3,
  forbidden: 3,
  not_found: 4,
  conflict: 5,
  invalid_transition: 5,
  payload_too_large: 2,
  rate_limited: 1,
  internal: 1,
};

/** The default data folder of the embedded database. */
export const defaultDataDir = './.certa-data';

/** Options shared by every command that opens the database. */
export interface DatabaseOptions {
  data?: string;
  databaseUrl?: string;
}

/** Resolves where the database is: flag, then environment, then the default data folder. */
export function resolveDatabaseTarget(
  options: DatabaseOptions,
  env: NodeJS.ProcessEnv,
): { dataDir: string; databaseUrl?: string } {
  const databaseUrl = options.databaseUrl ?? (env.DATABASE_URL || undefined);
  const dataDir = options.data ?? (env.CERTA_DATA_DIR || defaultDataDir);
  return databaseUrl ? { dataDir, databaseUrl } : { dataDir };
}

/** Opens the configured database for a one-off command, locking an embedded data folder while it runs. */
export async function openCommandDatabase(
  options: DatabaseOptions,
  env: NodeJS.ProcessEnv,
  mode: { create: boolean },
): Promise<{ database: Database; close: () => Promise<void> }> {
  const target = resolveDatabaseTarget(options, env);
  if (target.databaseUrl) {
    const database = await openPostgresDatabase(target.databaseUrl, { maxConnections: 2 });
    return { database, close: () => database.close() };
  }
  const folder: DataFolder = openDataFolder(target.dataDir, mode);
  try {
    const database = await openEmbeddedDatabase(folder.databasePath);
    return {
      database,
      close: async () => {
        try {
          await database.close();
        } finally {
          folder.release();
        }
      },
    };
  } catch (error) {
    folder.release();
    throw error;
  }
}

/** Parses a TCP port flag. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DomainError('validation_failed', `Invalid port "${value}": use a number from 1 to 65535`);
  }
  return port;
}
