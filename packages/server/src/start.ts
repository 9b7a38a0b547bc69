import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certaVersion, DomainError } from '@certa/core';
import {
  createEvidenceStore,
  deleteExpiredCredentials,
  migrate,
  openDataFolder,
  openEmbeddedDatabase,
  openPostgresDatabase,
  type DataFolder,
  type Database,
} from '@certa/db';
import type { FastifyInstance } from 'fastify';
import { pino, type Logger } from 'pino';
import { buildApp } from './app.ts';
import { installBuiltInFrameworks } from './services/library.service.ts';
import { mailerFromEnv } from './mail/smtp-mailer.ts';
import { oidcSettingsFromEnv } from './auth/oidc-env.ts';
import { authSettingsFromEnv } from './auth/auth-env.ts';

/** Where the built web app is when Certa runs from its source tree. */
export const defaultWebDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Everything `certa serve` can be told. */
export interface ServeOptions {
  host: string;
  port: number;
  /** Data folder of the embedded database; ignored when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl?: string;
  logLevel?: string;
  webDir?: string;
  trustProxy?: boolean;
  /**
   * Folder of evidence files; default `<data folder>/evidence` with the embedded database. With a
   * PostgreSQL server there is no default: without it, evidence items take no files.
   */
  evidenceDir?: string;
  /** Largest evidence file in bytes (default 50 MB). */
  evidenceMaxBytes?: number;
  /** Where human-readable lines (the "open this URL" banner) go. */
  print?: (line: string) => void;
}

/** A listening Certa server. */
export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly logger: Logger;
  /** Stops accepting, lets in-flight requests finish, closes the database and releases the data folder. */
  close(): Promise<void>;
}

/** Fails with one clear message when the address cannot be listened on, before anything is written. */
export async function assertCanListen(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new DomainError(
            'conflict',
            `Port ${port} on ${host} is already in use; stop the program using it or choose another port with --port`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new DomainError('validation_failed', `Not allowed to listen on port ${port}; choose a port above 1023`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new DomainError('validation_failed', `${host} is not an address of this machine; check --host`));
      } else {
        reject(new DomainError('internal', `Cannot listen on ${host}:${port}: ${error.code ?? error.message}`));
      }
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** `CERTA_PUBLIC_URL`: the address users reach Certa at, for links in emails (no trailing slash). */
function publicUrlFromEnv(env: Record<string, string | undefined>): string | undefined {
  const value = env.CERTA_PUBLIC_URL?.trim();
  if (!value) return undefined;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new DomainError(
      'validation_failed',
      'CERTA_PUBLIC_URL is not a URL; use for example https://certa.example.com',
    );
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new DomainError('validation_failed', 'CERTA_PUBLIC_URL must start with http:// or https://');
  }
  return value.replace(/\/+$/, '');
}

async function openConfiguredDatabase(
  options: ServeOptions,
): Promise<{ database: Database; folder?: DataFolder; description: string }> {
  if (options.databaseUrl) {
    const database = await openPostgresDatabase(options.databaseUrl);
    return { database, description: `PostgreSQL server ${database.label}` };
  }
  const folder = openDataFolder(options.dataDir, { create: true });
  try {
    const database = await openEmbeddedDatabase(folder.databasePath);
    const description = `${folder.isNew ? 'new ' : ''}embedded database in ${folder.path}`;
    return { database, folder, description };
  } catch (error) {
    folder.release();
    throw error;
  }
}

/** Opens the database, applies migrations, and listens; the caller decides what to do on signals. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logger = pino({ level: options.logLevel ?? 'info', base: { service: 'certa' } });
  const publicUrl = publicUrlFromEnv(process.env);
  const mail = mailerFromEnv(process.env);
  const oidc = oidcSettingsFromEnv(process.env, publicUrl);
  const auth = { ...authSettingsFromEnv(process.env), ...(publicUrl ? { publicUrl } : {}) };
  await assertCanListen(options.host, options.port);
  const { database, folder, description } = await openConfiguredDatabase(options);
  let app: FastifyInstance | undefined;
  try {
    const migrated = await migrate(database.db);
    if (migrated.to > migrated.from) logger.info({ from: migrated.from, to: migrated.to }, 'database migrated');
    const installed = await installBuiltInFrameworks(database, new Date());
    if (installed.length > 0) logger.info({ frameworks: installed }, 'built-in frameworks installed');
    const evidenceRoot = options.evidenceDir ?? (folder ? join(folder.path, 'evidence') : undefined);
    if (!evidenceRoot)
      logger.warn(
        'no evidence folder configured (--evidence-dir or CERTA_EVIDENCE_DIR): evidence files cannot be uploaded',
      );
    const evidenceStore = evidenceRoot
      ? createEvidenceStore({
          root: evidenceRoot,
          ...(options.evidenceMaxBytes ? { maxBytes: options.evidenceMaxBytes } : {}),
        })
      : undefined;
    app = await buildApp({
      database,
      logger,
      clock: () => new Date(),
      // Sessions, memberships and framework lookups are reused for a second (see docs/security.md).
      lookupCacheMs: 1000,
      webDir: options.webDir ?? process.env.CERTA_WEB_DIR ?? defaultWebDir,
      trustProxy: options.trustProxy,
      auth,
      ...(mail ? { mailer: mail.mailer } : {}),
      ...(oidc ? { oidc } : {}),
      ...(evidenceStore ? { evidenceStore } : {}),
    });
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    folder?.release();
    throw error;
  }
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${options.port}`;
  print(`Certa ${certaVersion} is ready on the ${description}`);
  if (mail) logger.info({ smtp: mail.server }, 'invitation emails are sent through this SMTP server');
  print(`Open ${url} in your browser (API docs: ${url}/api/docs). Press Ctrl+C to stop.`);
  const listening = app;
  const housekeeping = startHousekeeping(database, logger);
  let closing: Promise<void> | undefined;
  return {
    url,
    app: listening,
    database,
    logger,
    close: () => {
      closing ??= (async () => {
        clearInterval(housekeeping);
        try {
          await listening.close();
        } finally {
          await database.close();
          folder?.release();
        }
      })();
      return closing;
    },
  };
}

/** Deletes expired sessions and stale sign-in failures now and every hour. */
function startHousekeeping(database: Database, logger: Logger): NodeJS.Timeout {
  const run = () => {
    const now = new Date();
    deleteExpiredCredentials(database.db, now, new Date(now.getTime() - 24 * 3_600_000)).catch((error: unknown) =>
      logger.warn({ err: error }, 'housekeeping failed'),
    );
  };
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return timer;
}

/** Stops the server on SIGTERM or SIGINT: in-flight requests finish, then exit 0 (forced after `graceMs`). */
export function stopOnSignals(server: RunningServer, graceMs = 4500): void {
  const stop = (signal: NodeJS.Signals): void => {
    server.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      server.logger.warn('in-flight requests did not finish in time; closing connections');
      server.app.server.closeAllConnections();
    }, graceMs);
    force.unref();
    server
      .close()
      .then(() => {
        server.logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        server.logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
