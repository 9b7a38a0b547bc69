// Keeps track of every server process and temporary folder the benchmark creates, so that none outlives it.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = new Set<ChildProcess>();
const folders = new Set<string>();

export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** SIGKILLs the child's process group (it is spawned detached, so it leads its own group). */
export function killChild(child: ChildProcess): void {
  if (!isRunning(child) || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** A new, empty folder under the operating system's temporary folder, removed at the latest when the process exits. */
export function makeTempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.add(folder);
  return folder;
}

export function removeTempFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  folders.delete(folder);
}

/** Synchronous, so it also works inside the process 'exit' event. */
export function cleanUpNow(): void {
  for (const child of children) killChild(child);
  for (const folder of folders) {
    try {
      removeTempFolder(folder);
    } catch (error) {
      process.stderr.write(`bench: could not remove ${folder}: ${String(error)}\n`);
    }
  }
}

const signalNumbers = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** Kills the servers and removes the folders on normal exit, on a crash, and on Ctrl+C. */
export function installExitHandlers(): void {
  process.once('exit', cleanUpNow);
  for (const [signal, number] of Object.entries(signalNumbers)) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: received ${signal}; stopping the servers it started\n`);
      cleanUpNow();
      process.exit(128 + number);
    });
  }
}
