import type { Command } from 'commander';
import { backupDatabase } from '@certa/db';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';
import { tableProgress } from '../progress.ts';
import { commandEvidenceStore, type EvidenceDirOptions } from './evidence.ts';

/** `certa backup FILE`: writes a portable archive of all data. */
export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description(
      'Write a portable archive of all data and evidence files; it restores into an embedded or a PostgreSQL database',
    )
    .argument('<file>', 'archive to write (gzip-compressed JSON lines)')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to back up (env DATABASE_URL)')
    .option(
      '--evidence-dir <dir>',
      'folder of evidence files (env CERTA_EVIDENCE_DIR; default: the data folder’s evidence/)',
    )
    .action(async (file: string, options: DatabaseOptions & EvidenceDirOptions) => {
      const { database, close } = await openCommandDatabase(options, io.env, { create: false });
      const progress = tableProgress(io, 'Backing up');
      try {
        const evidenceStore = commandEvidenceStore(options, io.env);
        const header = await backupDatabase(database, file, progress.report, { evidenceStore });
        progress.stop();
        const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
        const files = header.files ? `, ${header.files.count} evidence files (${header.files.bytes} bytes)` : '';
        io.out(
          `Wrote ${file}: ${rows} rows from ${header.tables.length} tables${files}, schema ${header.schemaVersion}`,
        );
        for (const missing of header.files?.missing ?? [])
          io.err(
            `warning: evidence file ${missing.sha256} is ${missing.problem === 'missing' ? 'missing' : 'damaged'} and is not in the archive (see certa evidence verify)`,
          );
      } finally {
        progress.stop();
        await close();
      }
    });
}
