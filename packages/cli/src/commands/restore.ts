import type { Command } from 'commander';
import { readBackupArchive, restoreDatabase } from '@certa/db';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';
import { tableProgress } from '../progress.ts';

/** `certa restore FILE`: loads an archive into an empty database (or replaces the data with --force). */
export function registerRestore(program: Command, io: CliIo): void {
  program
    .command('restore')
    .description('Restore an archive made by certa backup into an empty database, embedded or PostgreSQL')
    .argument('<file>', 'archive written by certa backup')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to restore into (env DATABASE_URL)')
    .option('--force', 'replace the data of a database that is not empty')
    .action(async (file: string, options: DatabaseOptions & { force?: boolean }) => {
      // The whole archive is checked before the target is opened, so a bad file changes nothing.
      const archive = await readBackupArchive(file);
      const { database, close } = await openCommandDatabase(options, io.env, { create: true });
      const progress = tableProgress(io, 'Restoring');
      try {
        const header = await restoreDatabase(database, archive, {
          force: options.force ?? false,
          onProgress: progress.report,
        });
        progress.stop();
        const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
        io.out(`Restored ${rows} rows from ${file} (made ${header.createdAt} by Certa ${header.certaVersion})`);
      } finally {
        progress.stop();
        await close();
      }
    });
}
