// Development: the API server on port 3000 and the Vite dev server (hot reload, proxying /api to it).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const children = [
  spawn(process.execPath, ['bin/certa.js', 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', '@certa/web', '--', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit' }),
];
const stop = (signal) => {
  for (const child of children) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    stop('SIGTERM');
    process.exitCode = code ?? 0;
  });
}
