import type { Command } from 'commander';
import { certaVersion } from '@certa/core';
import { latestSchemaVersion } from '@certa/db';
import type { CliIo } from '../cli-context.ts';

/** `certa version`: prints the release and the schema version it knows. */
export function registerVersion(program: Command, io: CliIo): void {
  program
    .command('version')
    .description('Print the Certa version and the database schema version it uses')
    .action(() => {
      io.out(`certa ${certaVersion} (schema ${latestSchemaVersion()}, node ${process.versions.node})`);
    });
}
