import type { Command } from 'commander';
import { DomainError, emailSchema } from '@certa/core';
import { createEvidenceStore, migrate, resolveEvidenceRoot, type Database, type EvidenceStore } from '@certa/db';
import {
  commandLineContext,
  installBuiltInFrameworks,
  loadDemo,
  removeDemo,
  resolveDemoOwner,
  type AppDeps,
} from '@certa/server';
import { openCommandDatabase, resolveDatabaseTarget, type CliIo, type DatabaseOptions } from '../cli-context.ts';

interface DemoOptions extends DatabaseOptions {
  owner?: string;
  evidenceDir?: string;
  json?: boolean;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The evidence store of the installation, as `certa serve` finds it: a named folder, else the data folder's. */
function evidenceStoreFor(options: DemoOptions, env: NodeJS.ProcessEnv): EvidenceStore | undefined {
  const target = resolveDatabaseTarget(options, env);
  const root = resolveEvidenceRoot({
    evidenceDir: options.evidenceDir ?? (env.CERTA_EVIDENCE_DIR || undefined),
    dataDir: target.databaseUrl ? undefined : target.dataDir,
  });
  return root === undefined ? undefined : createEvidenceStore({ root });
}

async function withDemoDeps<T>(
  options: DemoOptions,
  io: CliIo,
  work: (deps: AppDeps, database: Database) => Promise<T>,
): Promise<T> {
  const evidenceStore = evidenceStoreFor(options, io.env);
  const { database, close } = await openCommandDatabase(options, io.env, { create: false });
  try {
    await migrate(database.db);
    await installBuiltInFrameworks(database, new Date());
    const deps: AppDeps = { database, clock: () => new Date(), ...(evidenceStore ? { evidenceStore } : {}) };
    return await work(deps, database);
  } finally {
    await close();
  }
}

function addDatabaseOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)')
    .option('--evidence-dir <dir>', 'folder of the evidence files (env CERTA_EVIDENCE_DIR; default <data>/evidence)');
}

/**
 * `certa demo load` / `certa demo remove`: the fictional Northwind Cloud organisation that lets a newcomer
 * see Certa with data in it, loaded with an existing user as owner and removed as a whole.
 */
export function registerDemo(program: Command, io: CliIo): void {
  const demo = program
    .command('demo')
    .description('Load or remove the demo organisation Northwind Cloud (fictional data, clearly labelled)');

  addDatabaseOptions(
    demo
      .command('load')
      .description('Load the demo organisation with an existing user as its owner')
      .option('--owner <email>', 'user who becomes owner (default: the only user of the installation)')
      .option('--json', 'print the result as JSON (the same shape as the API)'),
  ).action(async (options: DemoOptions) => {
    if (options.owner !== undefined && !emailSchema.safeParse(options.owner).success)
      throw new DomainError(
        'validation_failed',
        `Invalid --owner "${options.owner}": give the email of an existing user`,
      );
    await withDemoDeps(options, io, async (deps) => {
      const owner = await resolveDemoOwner(deps, options.owner);
      const result = await loadDemo(deps, commandLineContext(owner, deps.clock()));
      if (options.json) {
        io.out(JSON.stringify(result, null, 2));
        return;
      }
      const { counts } = result;
      io.out(
        `Loaded ${result.organization.name} (${result.organization.id}) owned by ${owner.email}: assessment ${result.assessmentReference} with ${plural(counts.answers, 'answer')}, ${plural(counts.evidence, 'evidence item')}, ${plural(counts.changes, 'change')} and ${plural(counts.roadmapTasks, 'roadmap task')}. Remove it with certa demo remove.`,
      );
    });
  });

  addDatabaseOptions(
    demo
      .command('remove')
      .description('Delete the demo organisation and everything in it (real organisations are never touched)')
      .option('--json', 'print the result as JSON (the same shape as the API)'),
  ).action(async (options: DemoOptions) => {
    await withDemoDeps(options, io, async (deps) => {
      const result = await removeDemo(deps, null);
      if (options.json) {
        io.out(JSON.stringify(result, null, 2));
        return;
      }
      const rows = Object.values(result.rowsByTable).reduce((sum, value) => sum + value, 0);
      io.out(
        `Removed ${result.name} (${result.organizationId}): ${plural(rows, 'row')} and ${plural(result.filesDeleted, 'evidence file')} deleted.`,
      );
    });
  });
}
