import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  listAuditEvents,
  openDataFolder,
  openEmbeddedDatabase,
  openPostgresDatabase,
  queryRows,
  type Database,
} from '@certa/db';
import { createEmptyPostgresDatabase } from '@certa/db/testing';
import { buildApp } from '@certa/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, type CliRun } from './testing/run-cli.ts';

const password = 'a long enough password';
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'certa-cli-users-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Runs certa in this process with `stdin` as its standard input. */
function certa(argv: string[], stdin?: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCliCaptured(argv, env, stdin);
}

async function createUser(data: string, email: string, org: string, role = 'owner'): Promise<CliRun> {
  return certa(
    ['user', 'create', '--email', email, '--name', `Person ${email}`, '--org', org, '--role', role, '--password-stdin'],
    `${password}\n`,
    { CERTA_DATA_DIR: data },
  );
}

/** Opens a data folder directly (as a tamperer with file access would) while no command runs. */
async function withDatabase<T>(data: string, work: (database: Database) => Promise<T>): Promise<T> {
  const folder = openDataFolder(data, { create: false });
  const database = await openEmbeddedDatabase(folder.databasePath);
  try {
    return await work(database);
  } finally {
    await database.close();
    folder.release();
  }
}

async function organizationId(database: Database, name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(database.db, sql`select id from organization where name = ${name}`);
  return row?.id ?? '';
}

describe('certa user create and audit-trail verify help', () => {
  it.each([
    ['user', 'create', '--help'],
    ['audit-trail', 'verify', '--help'],
  ])('prints help for %s %s and exits 0', async (...argv) => {
    const run = await certa(argv);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: certa');
  });
});

describe('certa user create', () => {
  let data: string;

  beforeAll(() => {
    data = join(root, 'users');
  });

  it('creates the data folder, the user and a new organisation, with audit events by cli', async () => {
    const run = await createUser(data, 'Olivia@Example.com', 'Acme Ltd');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^Created user olivia@example\.com as owner of the new organisation Acme Ltd \([0-9a-f-]{36}\)$/,
    );
    await withDatabase(data, async (database) => {
      const users = await queryRows<{ id: string; email: string; name: string; password_hash: string }>(
        database.db,
        sql`select id, email, name, password_hash from user_account`,
      );
      expect(users).toEqual([
        expect.objectContaining({ email: 'olivia@example.com', name: 'Person Olivia@Example.com' }),
      ]);
      expect(users[0]?.password_hash).toMatch(/^\$argon2id\$/);
      const orgId = await organizationId(database, 'Acme Ltd');
      const [membership] = await queryRows<{ role: string; user_id: string }>(
        database.db,
        sql`select role, user_id from membership where organization_id = ${orgId}`,
      );
      expect(membership).toEqual({ role: 'owner', user_id: users[0]?.id });

      const installation = await listAuditEvents(database.db, null, {}, 10);
      expect(installation).toEqual([
        expect.objectContaining({
          action: 'user.created',
          actorLabel: 'cli',
          actorUserId: null,
          entityId: users[0]?.id,
          changes: { email: { after: 'olivia@example.com' }, name: { after: 'Person Olivia@Example.com' } },
        }),
      ]);
      const trail = await listAuditEvents(database.db, orgId, {}, 10);
      expect(trail.map((event) => [event.sequence, event.action, event.actorLabel])).toEqual([
        [2, 'member.added', 'cli'],
        [1, 'organization.created', 'cli'],
      ]);
      expect(JSON.stringify([...installation, ...trail])).not.toContain(password);
    });
  });

  it('creates a user who can sign in with the password read from standard input', async () => {
    await withDatabase(data, async (database) => {
      const app = await buildApp({ database, clock: () => new Date() });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'olivia@example.com', password },
        });
        expect(login.statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });
  });

  it('adds a membership when an organisation already has the name', async () => {
    const run = await createUser(data, 'ann@example.com', 'Acme Ltd', 'auditor');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Created user ann@example\.com as auditor of the existing organisation Acme Ltd \(/);
    await withDatabase(data, async (database) => {
      const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from organization`);
      expect(count?.n).toBe(1);
      const trail = await listAuditEvents(database.db, await organizationId(database, 'Acme Ltd'), {}, 10);
      expect(trail[0]).toMatchObject({
        sequence: 3,
        action: 'member.added',
        changes: { email: { after: 'ann@example.com' }, role: { after: 'auditor' } },
      });
    });
  });

  it('refuses an email that already exists with exit code 5 and writes nothing', async () => {
    const counts = () =>
      withDatabase(data, (database) =>
        queryRows<{ users: number; organizations: number; events: number }>(
          database.db,
          sql`select (select count(*)::int from user_account) as users,
                     (select count(*)::int from organization) as organizations,
                     (select count(*)::int from audit_event) as events`,
        ),
      );
    const before = await counts();
    const run = await createUser(data, 'ANN@example.com', 'Another Org', 'viewer');
    expect(run.code).toBe(5);
    expect(run.err).toBe('certa: A user with the email ann@example.com already exists');
    expect(await counts()).toEqual(before);
    expect(before[0]).toMatchObject({ users: 2, organizations: 1 });
  });

  it.each([
    ['a malformed email', ['--email', 'not-an-email'], password, /^certa: Invalid --email: Enter a valid email/],
    ['a blank name', ['--name', '   '], password, /^certa: Invalid --name: Enter a name/],
    ['a blank organisation', ['--org', ''], password, /^certa: Invalid --org: Enter a name/],
    ['an unknown role', ['--role', 'admin'], password, /^certa: Invalid --role:/],
    ['a short password', [], 'short\n', /^certa: Invalid password: Use at least 12 characters/],
    ['an empty standard input', [], '', /^certa: Invalid password: Use at least 12 characters/],
  ])('rejects %s with exit code 2, one line, and no data folder', async (_label, override, stdin, message) => {
    const fresh = join(root, `never-${Math.random().toString(36).slice(2)}`);
    const flags: Record<string, string> = {
      '--email': 'x@example.com',
      '--name': 'X',
      '--org': 'X Ltd',
      '--role': 'viewer',
    };
    for (let index = 0; index < override.length; index += 2) flags[override[index] ?? ''] = override[index + 1] ?? '';
    const run = await certa(
      ['user', 'create', ...Object.entries(flags).flat(), '--password-stdin', '--data', fresh],
      stdin,
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('refuses a password not given on standard input, and a missing flag, with exit code 2', async () => {
    const fresh = join(root, 'never-stdin');
    const base = ['user', 'create', '--email', 'x@example.com', '--name', 'X', '--org', 'X', '--data', fresh];
    const noStdinFlag = await certa([...base, '--role', 'viewer'], password);
    expect(noStdinFlag.code).toBe(2);
    expect(noStdinFlag.err).toMatch(/--password-stdin/);
    const noRole = await certa([...base, '--password-stdin'], password);
    expect(noRole.code).toBe(2);
    expect(noRole.err).toMatch(/required option '--role <role>'/);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('certa user create as a separate process', () => {
  it('reads the password piped into bin/certa.js', async () => {
    const data = join(root, 'piped');
    const child = spawn(
      process.execPath,
      [
        fileURLToPath(new URL('../../../bin/certa.js', import.meta.url)),
        ...['user', 'create', '--email', 'pipe@example.com', '--name', 'Pipe', '--org', 'Pipe Ltd'],
        ...['--role', 'owner', '--password-stdin', '--data', data],
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(`${password}\n`);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(output).toMatch(/^Created user pipe@example\.com as owner of the new organisation Pipe Ltd/);
    expect(code).toBe(0);
  });
});

describe('certa audit-trail verify', () => {
  let data: string;

  beforeAll(async () => {
    data = join(root, 'verify');
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com']) {
      expect((await createUser(data, email, 'Alpha Ltd', 'contributor')).code).toBe(0);
    }
    expect((await createUser(data, 'e@example.com', 'Beta Ltd')).code).toBe(0);
  }, 120_000);

  it('reports every chain intact with exit code 0', async () => {
    const run = await certa(['audit-trail', 'verify', '--data', data]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      expect.stringMatching(/^installation: 5 events, chain intact, latest hash [0-9a-f]{64}$/),
      expect.stringMatching(
        /^organisation Alpha Ltd \([0-9a-f-]{36}\): 5 events, chain intact, latest hash [0-9a-f]{64}$/,
      ),
      expect.stringMatching(
        /^organisation Beta Ltd \([0-9a-f-]{36}\): 2 events, chain intact, latest hash [0-9a-f]{64}$/,
      ),
    ]);
  });

  it('verifies one organisation with --org, and refuses an unknown (4) or malformed (2) id', async () => {
    const alpha = await withDatabase(data, (database) => organizationId(database, 'Alpha Ltd'));
    const one = await certa(['audit-trail', 'verify', '--org', alpha, '--data', data]);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(
      new RegExp(`^organisation Alpha Ltd \\(${alpha}\\): 5 events, chain intact, latest hash [0-9a-f]{64}$`),
    );
    const unknown = await certa([
      'audit-trail',
      'verify',
      '--org',
      '00000000-0000-4000-8000-000000000000',
      '--data',
      data,
    ]);
    expect(unknown.code).toBe(4);
    expect(unknown.err).toBe('certa: No organisation with id 00000000-0000-4000-8000-000000000000');
    const malformed = await certa(['audit-trail', 'verify', '--org', 'alpha', '--data', data]);
    expect(malformed.code).toBe(2);
  });

  it('refuses a data folder that does not exist with exit code 4, creating nothing', async () => {
    const missing = join(root, 'no-such-folder');
    const run = await certa(['audit-trail', 'verify', '--data', missing]);
    expect(run.code).toBe(4);
    expect(existsSync(missing)).toBe(false);
  });

  it('finds an audit event edited in the database: the broken sequence, exit code 5', async () => {
    const alpha = await withDatabase(data, async (database) => {
      const id = await organizationId(database, 'Alpha Ltd');
      await database.db.execute(
        sql`update audit_event set changes = ${JSON.stringify({ email: { after: 'x@evil.example' } })}::jsonb
            where organization_id = ${id} and sequence = 3`,
      );
      return id;
    });
    const run = await certa(['audit-trail', 'verify', '--data', data]);
    expect(run.code).toBe(5);
    expect(run.out.split('\n')).toEqual([
      expect.stringMatching(/^installation: 5 events, chain intact, latest hash [0-9a-f]{64}$/),
      `organisation Alpha Ltd (${alpha}): chain broken at event 3: event 3 was altered after it was recorded (2 events intact before it)`,
      expect.stringMatching(/^organisation Beta Ltd .*: 2 events, chain intact, latest hash [0-9a-f]{64}$/),
    ]);
    expect(run.err).toBe('certa: The audit trail is broken in 1 chain of 3: it was changed outside Certa');
  });
});

describe('certa audit-trail verify after rows are deleted', () => {
  let data: string;

  beforeAll(async () => {
    data = join(root, 'deletions');
    for (const org of ['Middle Ltd', 'Last Ltd']) {
      for (const person of ['a', 'b', 'c', 'd']) {
        expect((await createUser(data, `${person}@${org.split(' ')[0]?.toLowerCase()}.example`, org)).code).toBe(0);
      }
    }
  }, 120_000);

  it('finds a deleted middle event', async () => {
    const id = await withDatabase(data, async (database) => {
      const middle = await organizationId(database, 'Middle Ltd');
      await database.db.execute(sql`delete from audit_event where organization_id = ${middle} and sequence = 3`);
      return middle;
    });
    const run = await certa(['audit-trail', 'verify', '--org', id, '--data', data]);
    expect(run.code).toBe(5);
    expect(run.out).toBe(
      `organisation Middle Ltd (${id}): chain broken at event 3: event 3 is missing (2 events intact before it)`,
    );
  });

  it('finds a deleted last event', async () => {
    const id = await withDatabase(data, async (database) => {
      const last = await organizationId(database, 'Last Ltd');
      await database.db.execute(sql`delete from audit_event where organization_id = ${last} and sequence = 5`);
      return last;
    });
    const run = await certa(['audit-trail', 'verify', '--data', data]);
    expect(run.code).toBe(5);
    expect(run.out).toContain(
      `organisation Last Ltd (${id}): chain broken at event 5: events 5 to 5 are missing (4 events intact before it)`,
    );
    expect(run.out).toContain('installation: 8 events, chain intact');
    expect(run.err).toMatch(/broken in 2 chains of 3/);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('on a PostgreSQL server', () => {
  it('creates a user with --database-url and verifies the trail there', async () => {
    const empty = await createEmptyPostgresDatabase(process.env.TEST_DATABASE_URL ?? '');
    try {
      const created = await certa(
        ['user', 'create', '--email', 'pg@example.com', '--name', 'Pg', '--org', 'Pg Ltd', '--role', 'owner'].concat([
          '--password-stdin',
          '--database-url',
          empty.url,
        ]),
        password,
      );
      expect(created.code).toBe(0);
      const verified = await certa(['audit-trail', 'verify', '--database-url', empty.url]);
      expect(verified.code).toBe(0);
      expect(verified.out).toMatch(
        /^installation: 1 event, chain intact, latest hash \w+\norganisation Pg Ltd .*: 2 events, chain intact, latest hash \w+$/,
      );
      const database = await openPostgresDatabase(empty.url);
      try {
        const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from user_account`);
        expect(row?.n).toBe(1);
      } finally {
        await database.close();
      }
    } finally {
      await empty.drop();
    }
  });
});
