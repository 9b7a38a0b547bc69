import type { Database } from '@certa/db';
import type { FastifyBaseLogger } from 'fastify';

/** What the app needs from the outside world, built once by the caller of buildApp. */
export interface AppDeps {
  readonly database: Database;
  /** Structured logger; omit for a silent app (tests). */
  readonly logger?: FastifyBaseLogger;
  /** Current time; tests pass a fixed clock. */
  readonly clock: () => Date;
  /** Folder of the built web app; omit to serve the API only. */
  readonly webDir?: string;
  /** Largest accepted request body. */
  readonly bodyLimitBytes?: number;
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  readonly trustProxy?: boolean;
}
