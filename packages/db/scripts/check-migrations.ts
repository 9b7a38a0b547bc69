// Fails when the drizzle schema and the committed migrations drift apart: drizzle-kit generates into a
// copy of the migrations folder, and any new file means a migration is missing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const committed = join(packageDir, 'migrations');
// drizzle-kit only accepts an output folder relative to the working directory.
const scratch = mkdtempSync(join(packageDir, '.drift-check-'));
try {
  cpSync(committed, scratch, { recursive: true });
  const before = readdirSync(scratch).length;
  const result = spawnSync(
    process.execPath,
    [
      join(packageDir, '../../node_modules/drizzle-kit/bin.cjs'),
      'generate',
      '--dialect=postgresql',
      '--schema=./src/schema/index.ts',
      `--out=./${relative(packageDir, scratch)}`,
      '--name=drift_check',
    ],
    { cwd: packageDir, encoding: 'utf8' },
  );
  const output = `${result.stdout}${result.stderr}`;
  const added = readdirSync(scratch).length - before;
  if (result.status !== 0 || (added === 0 && !output.includes('No schema changes'))) {
    process.stderr.write(`db:check: drizzle-kit failed:\n${output}\n`);
    process.exit(1);
  }
  if (added > 0) {
    process.stderr.write(
      'db:check: the schema in packages/db/src/schema differs from the committed migrations; run npm run db:generate and commit the new migration\n',
    );
    process.exit(1);
  }
  process.stdout.write('db:check: schema and migrations agree\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
