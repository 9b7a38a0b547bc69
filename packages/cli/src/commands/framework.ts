import type { Command } from 'commander';
import { migrate } from '@certa/db';
import {
  installBuiltInFrameworks,
  listFrameworks,
  presentFrameworkSummary,
  presentRequirement,
  readFrameworkTree,
} from '@certa/server';
import { registerFrameworkTransfer, resolveOrganization } from './framework-transfer.ts';
import { openCommandDatabase, type CliIo, type DatabaseOptions } from '../cli-context.ts';

interface FrameworkOptions extends DatabaseOptions {
  org?: string;
  json?: boolean;
}

function withDatabaseOptions(command: Command): Command {
  return command
    .option('--org <id or name>', "also show this organisation's imported frameworks")
    .option('--json', 'print JSON (the same shape as the API)')
    .option('--data <dir>', 'data folder of the embedded database (env CERTA_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server to use (env DATABASE_URL)');
}

/** `certa framework list|show`: the framework library, read directly from the configured database. */
export function registerFramework(program: Command, io: CliIo): void {
  const framework = program.command('framework').description('Browse, import and export the framework library');

  withDatabaseOptions(
    framework.command('list').description('List the frameworks (built in, and an organisation’s imports with --org)'),
  ).action(async (options: FrameworkOptions) => {
    const { database, close } = await openCommandDatabase(options, io.env, { create: false });
    try {
      await migrate(database.db);
      await installBuiltInFrameworks(database, new Date());
      const organizationId = options.org === undefined ? null : await resolveOrganization(database, options.org);
      const frameworks = (await listFrameworks(database, organizationId)).map(presentFrameworkSummary);
      if (options.json) {
        io.out(JSON.stringify(frameworks, null, 2));
        return;
      }
      for (const entry of frameworks) {
        io.out(
          `${entry.id}  ${entry.slug}@${entry.version}  ${entry.name}  (${entry.assessableCount} assessable of ${entry.requirementCount}; ${entry.builtIn ? 'built in' : 'imported'})`,
        );
      }
    } finally {
      await close();
    }
  });

  withDatabaseOptions(
    framework
      .command('show')
      .description('Show a framework’s requirement tree')
      .argument('<framework>', 'framework id, or slug such as iso27001-2022 (newest version)'),
  ).action(async (idOrSlug: string, options: FrameworkOptions) => {
    const { database, close } = await openCommandDatabase(options, io.env, { create: false });
    try {
      await migrate(database.db);
      await installBuiltInFrameworks(database, new Date());
      const organizationId = options.org === undefined ? null : await resolveOrganization(database, options.org);
      const tree = await readFrameworkTree(database, organizationId, idOrSlug);
      if (options.json) {
        io.out(
          JSON.stringify(
            { ...presentFrameworkSummary(tree.framework), requirements: tree.requirements.map(presentRequirement) },
            null,
            2,
          ),
        );
        return;
      }
      io.out(`${tree.framework.name} (${tree.framework.slug}@${tree.framework.version}, ${tree.framework.publisher})`);
      const depth = new Map<string, number>();
      for (const node of tree.requirements) {
        const level = node.parentId === null ? 0 : (depth.get(node.parentId) ?? 0) + 1;
        depth.set(node.id, level);
        const marks = [
          node.attributes.edition_change?.includes('new_in_2022') ? 'new in 2022' : null,
          node.withdrawn ? 'withdrawn' : null,
        ]
          .filter(Boolean)
          .join(', ');
        io.out(`${'  '.repeat(level)}${node.refId}  ${node.title}${marks ? `  [${marks}]` : ''}`);
      }
    } finally {
      await close();
    }
  });

  registerFrameworkTransfer(framework, io);
}
