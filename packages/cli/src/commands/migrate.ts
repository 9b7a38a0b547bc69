import type { Command } from 'commander';
import { migrate } from '@certa/db';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';

/** `certa migrate`: applies pending migrations. */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (serve does this on start)')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .action(async (options: DatabaseOptions) => {
      const { database, close } = await openCommandDatabase(options, io.env, { create: true });
      try {
        const result = await migrate(database.db);
        io.out(
          result.to > result.from
            ? `Migrated the database from schema ${result.from} to ${result.to}`
            : `The database is up to date (schema ${result.to})`,
        );
      } finally {
        await close();
      }
    });
}
