import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latestSchemaVersion } from '@certa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, spawnCerta, waitHealthy, type CertaProcess } from './testing/server-process.ts';

let root: string;
const started: CertaProcess[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'certa-serve-'));
});

afterAll(() => {
  for (const certa of started) certa.child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

function serve(args: string[], env: NodeJS.ProcessEnv = {}): CertaProcess {
  const certa = spawnCerta(['serve', ...args], env);
  started.push(certa);
  return certa;
}

describe('certa serve', () => {
  const data = () => join(root, 'main');

  it('creates the embedded database on first start, says what to open, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const certa = serve(['--port', String(port), '--data', data()]);
    const health = await waitHealthy(`http://127.0.0.1:${port}`, certa);
    expect(health).toMatchObject({ status: 'ok', database: 'embedded', schemaVersion: latestSchemaVersion() });
    expect(certa.output()).toContain(`is ready on the new embedded database in ${data()}`);
    expect(certa.output()).toContain(`Open http://127.0.0.1:${port} in your browser`);
    certa.child.kill('SIGTERM');
    expect(await certa.exited).toBe(0);
    expect(existsSync(join(data(), 'certa.lock'))).toBe(false);
  });

  it('reuses the data on the second start (configured through environment variables)', async () => {
    const port = await freePort();
    const certa = serve([], { CERTA_PORT: String(port), CERTA_DATA_DIR: data() });
    await waitHealthy(`http://127.0.0.1:${port}`, certa);
    expect(certa.output()).toContain(`is ready on the embedded database in ${data()}`);
    certa.child.kill('SIGINT');
    expect(await certa.exited).toBe(0);
  });

  it('refuses a second server on the same data folder with one clear line and exit code 5', async () => {
    const port = await freePort();
    const first = serve(['--port', String(port), '--data', data()]);
    await waitHealthy(`http://127.0.0.1:${port}`, first);
    const second = serve(['--port', String(await freePort()), '--data', data()]);
    expect(await second.exited).toBe(5);
    expect(second.output().trim()).toMatch(/^certa: The data folder .* is in use by another Certa process \(pid \d+/);
    // The first server is unaffected.
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  it('restarts after being killed with SIGKILL: the stale lock is taken over and the database opens', async () => {
    const port = await freePort();
    const first = serve(['--port', String(port), '--data', data()]);
    await waitHealthy(`http://127.0.0.1:${port}`, first);
    first.child.kill('SIGKILL');
    await first.exited;
    const again = serve(['--port', String(port), '--data', data()]);
    expect(await waitHealthy(`http://127.0.0.1:${port}`, again)).toMatchObject({ status: 'ok' });
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  describe('with the port already in use', () => {
    let blocker: Server;
    let port: number;

    beforeAll(async () => {
      port = await freePort();
      blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    });

    afterAll(async () => {
      await new Promise((resolve) => blocker.close(resolve));
    });

    it('exits with code 5 and one clear line, and creates no data folder', async () => {
      const folder = join(root, 'port-in-use');
      const certa = serve(['--port', String(port), '--data', folder]);
      expect(await certa.exited).toBe(5);
      expect(certa.output().trim()).toBe(
        `certa: Port ${port} on 127.0.0.1 is already in use; stop the program using it or choose another port with --port`,
      );
      expect(existsSync(folder)).toBe(false);
    });
  });

  it.runIf(process.env.TEST_DATABASE_URL)('runs two replicas on one PostgreSQL server, migrating it once', async () => {
    const { createEmptyPostgresDatabase } = await import('@certa/db/testing');
    const empty = await createEmptyPostgresDatabase(process.env.TEST_DATABASE_URL as string);
    try {
      const ports = [await freePort(), await freePort()];
      const replicas = ports.map((port) => serve(['--port', String(port), '--database-url', empty.url]));
      const health = await Promise.all(
        replicas.map((replica, index) => waitHealthy(`http://127.0.0.1:${ports[index]}`, replica)),
      );
      for (const report of health)
        expect(report).toMatchObject({ status: 'ok', database: 'postgres', schemaVersion: latestSchemaVersion() });
      for (const replica of replicas) replica.child.kill('SIGTERM');
      expect(await Promise.all(replicas.map((replica) => replica.exited))).toEqual([0, 0]);
    } finally {
      await empty.drop();
    }
  });

  it('exits with code 1 and one line when the PostgreSQL server is unreachable', async () => {
    const certa = serve(['--port', String(await freePort()), '--database-url', 'postgres://u:pw@127.0.0.1:1/certa']);
    expect(await certa.exited).toBe(1);
    expect(certa.output().trim()).toBe(
      'certa: Cannot connect to the PostgreSQL server at 127.0.0.1:1/certa: ECONNREFUSED',
    );
  });
});
