// Runs one `certa` command (or another Node script of the repository) as a child process and times it from spawn
// to exit. The child leads its own process group, is tracked by cleanup.ts, and is killed when it takes too long.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { killChild, trackChild } from './cleanup.ts';
import { certaBin, repoRoot } from './server-process.ts';

export const CLI_TIMEOUT_MS = 180_000;

export interface ProcessResult {
  /** Milliseconds from spawn to the process exit. */
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the process ran longer than timeoutMs and was killed. */
  timedOut: boolean;
  timeoutMs: number;
}

export interface RunOptions {
  /** Written to the child's standard input, which is then closed. */
  stdin?: string;
  timeoutMs?: number;
}

function lastLines(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n') || '(empty)';
}

/** Runs `node ...args` in the repository root with DATABASE_URL and CERTA_DATA_DIR removed (the flags decide). */
export async function runNode(args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.CERTA_DATA_DIR;
  const timeoutMs = options.timeoutMs ?? CLI_TIMEOUT_MS;
  let stdout = '';
  let stderr = '';

  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    detached: true,
  });
  trackChild(child);
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);

  let exitedAt = 0;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => {
      exitedAt = performance.now();
      resolve({ code, signal });
    });
  });
  // The output is complete once the pipes close, which follows the exit.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const timer = sleep(timeoutMs, 'timeout' as const, { ref: false });
  let outcome = await Promise.race([exited, timer]);
  const timedOut = outcome === 'timeout';
  if (outcome === 'timeout') {
    killChild(child);
    outcome = await exited;
  }
  if (outcome.error) throw new Error(`cannot run node ${args.join(' ')}: ${outcome.error.message}`);
  await Promise.race([closed, sleep(2_000, undefined, { ref: false })]);
  return { ms: exitedAt - spawnedAt, code: outcome.code, signal: outcome.signal, stdout, stderr, timedOut, timeoutMs };
}

/** Runs `node bin/certa.js ...args`. */
export function runCerta(args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return runNode([certaBin, ...args], options);
}

/** An error naming the command, its exit and the tail of its output. */
export function commandFailure(what: string, result: ProcessResult): Error {
  const how = result.timedOut
    ? `was killed after ${(result.timeoutMs / 1000).toFixed(0)} s`
    : `exited with code ${result.code}${result.signal ? `, signal ${result.signal}` : ''}`;
  return new Error(
    `${what} ${how}\n--- stderr (tail) ---\n${lastLines(result.stderr)}\n--- stdout (tail) ---\n${lastLines(result.stdout)}`,
  );
}

/** Runs `node bin/certa.js ...args` and throws when it does not exit with code 0. */
export async function runCertaOk(args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  const result = await runCerta(args, options);
  if (result.code !== 0) throw commandFailure(`certa ${describeArgs(args)}`, result);
  return result;
}

/** The command line for messages, with the password of a database URL hidden. */
export function describeArgs(args: readonly string[]): string {
  return args
    .map((arg) => arg.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/, '$1***@'))
    .map((arg) => (/[\s"]/.test(arg) ? JSON.stringify(arg) : arg))
    .join(' ');
}
