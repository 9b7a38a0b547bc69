import type { Command } from 'commander';
import { DomainError } from '@certa/core';
import { readBackupArchive, restoreDatabase } from '@certa/db';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';
import { tableProgress } from '../progress.ts';
import { commandEvidenceStore, type EvidenceDirOptions } from './evidence.ts';

/** `certa restore FILE`: loads an archive into an empty database (or replaces the data with --force). */
export function registerRestore(program: Command, io: CliIo): void {
  program
    .command('restore')
    .description('Restore an archive made by certa backup into an empty database, embedded or PostgreSQL')
    .argument('<file>', 'archive written by certa backup')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to restore into (env DATABASE_URL)')
    .option(
      '--evidence-dir <dir>',
      'folder to restore evidence files into (env CERTA_EVIDENCE_DIR; default: the data folder’s evidence/)',
    )
    .option('--force', 'replace the data of a database that is not empty')
    .action(async (file: string, options: DatabaseOptions & EvidenceDirOptions & { force?: boolean }) => {
      // The whole archive is checked before the target is opened, so a bad file changes nothing.
      const archive = await readBackupArchive(file);
      const evidenceStore = commandEvidenceStore(options, io.env);
      if (archive.files.length > 0 && !evidenceStore)
        throw new DomainError(
          'validation_failed',
          `${file} carries ${archive.files.length} evidence files: name the folder to restore them into with --evidence-dir (or CERTA_EVIDENCE_DIR)`,
        );
      const { database, close } = await openCommandDatabase(options, io.env, { create: true });
      const progress = tableProgress(io, 'Restoring');
      try {
        const header = await restoreDatabase(database, archive, {
          force: options.force ?? false,
          onProgress: progress.report,
          evidenceStore,
        });
        progress.stop();
        const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
        const files = archive.files.length > 0 ? ` and ${archive.files.length} evidence files` : '';
        io.out(`Restored ${rows} rows${files} from ${file} (made ${header.createdAt} by Certa ${header.certaVersion})`);
        const missing = header.files?.missing.length ?? 0;
        if (missing > 0)
          io.err(
            `warning: ${missing} evidence files were missing from the source when the backup was made; certa evidence verify lists them`,
          );
      } finally {
        progress.stop();
        await close();
      }
    });
}
