import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const certaBin = fileURLToPath(new URL('../../../../bin/certa.js', import.meta.url));

/** A certa process started by a test, with everything it printed so far. */
export interface CertaProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `certa ARGS…` as a separate process, as a user would from a shell. */
export function spawnCerta(args: string[], env: NodeJS.ProcessEnv = {}): CertaProcess {
  const child = spawn(process.execPath, [certaBin, ...args], {
    env: { ...process.env, CERTA_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Waits until GET /api/health answers 200, or the process exits, or 60 s pass. */
export async function waitHealthy(url: string, certa: CertaProcess): Promise<unknown> {
  let exited = false;
  void certa.exited.then(() => (exited = true));
  for (let attempt = 0; attempt < 1200 && !exited; attempt += 1) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`certa did not become healthy:\n${certa.output()}`);
}
