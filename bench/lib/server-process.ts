// Starts `certa serve` as a child process, times it until GET /api/health answers 200, and stops it with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning, killChild, trackChild } from './cleanup.ts';

export const HOST = '127.0.0.1';
export const POLL_INTERVAL_MS = 25;
export const STARTUP_TIMEOUT_MS = 60_000;
export const SHUTDOWN_TIMEOUT_MS = 15_000;

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const certaBin = join(repoRoot, 'bin', 'certa.js');

/** Where the server keeps its data: a data folder of the embedded database, or a PostgreSQL server. */
export type ServerTarget = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; databaseUrl: string };

export interface RunningServer {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawn to the first 200 from GET /api/health. */
  startupMs: number;
  health: unknown;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  logs: { stdout: string; stderr: string };
}

export interface StopResult {
  /** Milliseconds from SIGTERM to process exit. */
  shutdownMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when the server ignored SIGTERM for SHUTDOWN_TIMEOUT_MS and was killed. */
  forced: boolean;
}

/** A port that was free a moment ago: the operating system picks it for a listener on port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host: HOST, port: 0, exclusive: true }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

/** One GET /api/health without keep-alive; undefined when nothing answers yet. */
function probeHealth(url: string): Promise<{ status: number; body: string } | undefined> {
  return new Promise((resolve) => {
    const request = get(`${url}/api/health`, { agent: false, timeout: 2_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', () => resolve(undefined));
    });
    request.on('timeout', () => request.destroy(new Error('health probe timed out')));
    request.on('error', () => resolve(undefined));
  });
}

function tail(file: string, lines = 15): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd();
    return text.split('\n').slice(-lines).join('\n') || '(empty)';
  } catch {
    return '(missing)';
  }
}

function describeFailure(reason: string, logs: RunningServer['logs']): Error {
  return new Error(
    `${reason}\n--- server stderr (tail) ---\n${tail(logs.stderr)}\n--- server stdout (tail) ---\n${tail(logs.stdout)}`,
  );
}

let started = 0;

/** Spawns the server and waits (at most STARTUP_TIMEOUT_MS) until it answers 200 on /api/health. */
export async function startServer(target: ServerTarget, logDir: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://${HOST}:${port}`;
  started += 1;
  const logs = { stdout: join(logDir, `server-${started}.out.log`), stderr: join(logDir, `server-${started}.err.log`) };
  const env = { ...process.env };
  delete env.DATABASE_URL; // the environment variable would win over --data
  const where = target.kind === 'embedded' ? ['--data', target.dataDir] : ['--database-url', target.databaseUrl];
  const outFd = openSync(logs.stdout, 'w');
  const errFd = openSync(logs.stderr, 'w');

  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [certaBin, 'serve', '--host', HOST, '--port', String(port), ...where], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', outFd, errFd],
    detached: true,
  });
  closeSync(outFd);
  closeSync(errFd);
  trackChild(child);
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const deadline = spawnedAt + STARTUP_TIMEOUT_MS;
  for (;;) {
    const answer = await probeHealth(url);
    if (answer?.status === 200) {
      const startupMs = performance.now() - spawnedAt;
      let health: unknown = answer.body;
      try {
        health = JSON.parse(answer.body);
      } catch {
        // keep the raw text
      }
      return { child, url, startupMs, health, exited, logs };
    }
    if (spawnError) throw describeFailure(`cannot start the server: ${spawnError.message}`, logs);
    if (!isRunning(child)) {
      const { code, signal } = await exited;
      throw describeFailure(`the server exited (code ${code}, signal ${signal}) before answering 200`, logs);
    }
    if (performance.now() >= deadline) {
      killChild(child);
      await exited;
      const last = answer ? `last answer ${answer.status} ${answer.body.slice(0, 200)}` : 'no answer';
      throw describeFailure(`the server was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s (${last})`, logs);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

/** Sends SIGTERM and waits for the exit; kills the process group if it takes longer than SHUTDOWN_TIMEOUT_MS. */
export async function stopServer(server: RunningServer): Promise<StopResult> {
  const sentAt = performance.now();
  if (isRunning(server.child)) server.child.kill('SIGTERM');
  const timer = sleep(SHUTDOWN_TIMEOUT_MS, 'timeout' as const, { ref: false });
  let outcome = await Promise.race([server.exited, timer]);
  const forced = outcome === 'timeout';
  if (outcome === 'timeout') {
    killChild(server.child);
    outcome = await server.exited;
  }
  return { shutdownMs: performance.now() - sentAt, exitCode: outcome.code, signal: outcome.signal, forced };
}
