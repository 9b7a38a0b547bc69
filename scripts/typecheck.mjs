// Type-checks every workspace package with its own tsconfig (web has DOM types, core has none), then the root.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const projects = [
  ...readdirSync(`${root}packages`)
    .map((name) => `packages/${name}`)
    .filter((path) => existsSync(`${root}${path}/tsconfig.json`)),
  '.',
];
let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '--noEmit', '-p', project], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
