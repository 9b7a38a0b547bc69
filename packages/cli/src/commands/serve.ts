import type { Command } from 'commander';
import { startServer, stopOnSignals } from '@certa/server';
import { parseEvidenceMaxMegabytes } from '@certa/db';
import { parsePort, resolveDatabaseTarget, type CliIo } from '../cli-context.ts';
import { commandEvidenceRoot } from './evidence.ts';

/** `certa serve`: runs the web app and the API. */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Run the Certa web app and API (applies pending migrations first)')
    .option('--host <host>', 'address to listen on (env CERTA_HOST)', undefined)
    .option('--port <port>', 'port to listen on (env CERTA_PORT)', undefined)
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)', undefined)
    .option('--database-url <url>', 'PostgreSQL server to use instead of the embedded database (env DATABASE_URL)')
    .option('--log-level <level>', 'fatal, error, warn, info, debug or trace (env CERTA_LOG_LEVEL)', undefined)
    .option('--trust-proxy', 'trust X-Forwarded-* headers from a reverse proxy (env CERTA_TRUST_PROXY=true)')
    .option(
      '--evidence-dir <dir>',
      'folder of evidence files (env CERTA_EVIDENCE_DIR; default: the data folder’s evidence/, required for files with --database-url)',
    )
    .option('--evidence-max-mb <megabytes>', 'largest evidence file accepted (env CERTA_EVIDENCE_MAX_MB; default 50)')
    .action(
      async (options: {
        host?: string;
        port?: string;
        data?: string;
        databaseUrl?: string;
        logLevel?: string;
        trustProxy?: boolean;
        evidenceDir?: string;
        evidenceMaxMb?: string;
      }) => {
        const target = resolveDatabaseTarget(options, io.env);
        const logLevel = options.logLevel ?? (io.env.CERTA_LOG_LEVEL || 'info');
        if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
          const { DomainError } = await import('@certa/core');
          throw new DomainError('validation_failed', `Invalid log level "${logLevel}"`);
        }
        const evidenceDir = commandEvidenceRoot(options, io.env);
        const evidenceMaxBytes = parseEvidenceMaxMegabytes(
          options.evidenceMaxMb ?? (io.env.CERTA_EVIDENCE_MAX_MB || undefined),
        );
        const server = await startServer({
          host: options.host ?? (io.env.CERTA_HOST || '127.0.0.1'),
          port: parsePort(options.port ?? (io.env.CERTA_PORT || '3000')),
          ...target,
          logLevel,
          trustProxy: options.trustProxy ?? io.env.CERTA_TRUST_PROXY === 'true',
          ...(evidenceDir ? { evidenceDir } : {}),
          evidenceMaxBytes,
          print: io.err,
        });
        stopOnSignals(server);
      },
    );
}
