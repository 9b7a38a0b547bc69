// Writes docs/permissions.md from the permission matrix in @certa/core.
import { writeFileSync } from 'node:fs';
import { renderPermissionsMarkdown } from '../packages/core/src/index.ts';

writeFileSync(new URL('../docs/permissions.md', import.meta.url), renderPermissionsMarkdown());
process.stdout.write('docs/permissions.md written\n');
