import type { Command } from 'commander';
import { startServer, stopOnSignals } from '@certa/server';
import { parsePort, resolveDatabaseTarget, type CliIo } from '../cli-context.ts';

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
    .action(
      async (options: {
        host?: string;
        port?: string;
        data?: string;
        databaseUrl?: string;
        logLevel?: string;
        trustProxy?: boolean;
      }) => {
        const target = resolveDatabaseTarget(options, io.env);
        const logLevel = options.logLevel ?? (io.env.CERTA_LOG_LEVEL || 'info');
        if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
          const { DomainError } = await import('@certa/core');
          throw new DomainError('validation_failed', `Invalid log level "${logLevel}"`);
        }
        const server = await startServer({
          host: options.host ?? (io.env.CERTA_HOST || '127.0.0.1'),
          port: parsePort(options.port ?? (io.env.CERTA_PORT || '3000')),
          ...target,
          logLevel,
          trustProxy: options.trustProxy ?? io.env.CERTA_TRUST_PROXY === 'true',
          print: io.err,
        });
        stopOnSignals(server);
      },
    );
}
