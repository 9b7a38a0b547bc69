import type { Command } from 'commander';
import { backupDatabase } from '@certa/db';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';
import { tableProgress } from '../progress.ts';

/** `certa backup FILE`: writes a portable archive of all data. */
export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('Write a portable archive of all data; it restores into an embedded or a PostgreSQL database')
    .argument('<file>', 'archive to write (gzip-compressed JSON lines)')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to back up (env DATABASE_URL)')
    .action(async (file: string, options: DatabaseOptions) => {
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      const progress = tableProgress(io, 'Backing up');
      try {
        const header = await backupDatabase(database, file, progress.report);
        progress.stop();
        const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
        io.out(`Wrote ${file}: ${rows} rows from ${header.tables.length} tables, schema ${header.schemaVersion}`);
      } finally {
        progress.stop();
        await close();
      }
    });
}
