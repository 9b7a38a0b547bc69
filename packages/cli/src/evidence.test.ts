import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvidenceDetail, EvidenceSummary, EvidenceVerifyReport } from '@certa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/run-cli.ts';

const password = 'a long enough password';
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let root: string;
let data: string;

/** Writes a file into the test folder and returns its path. */
function write(name: string, content: string | Buffer): string {
  const file = join(root, name);
  writeFileSync(file, content);
  return file;
}

const evidencePath = (folder: string, bytes: Uint8Array) =>
  join(folder, 'evidence', sha(bytes).slice(0, 2), sha(bytes));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'certa-evidence-cli-'));
  data = join(root, 'data');
  expect((await runCliCaptured(['migrate', '--data', data])).code).toBe(0);
  const user = await runCliCaptured(
    [
      'user',
      'create',
      '--data',
      data,
      '--email',
      'owner@acme.example',
      '--name',
      'Olivia Owner',
      '--org',
      'Acme Ltd',
      '--role',
      'owner',
      '--password-stdin',
    ],
    {},
    password,
  );
  expect(user.code, user.err).toBe(0);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('certa evidence add and list', () => {
  it('adds a file as a new item typed by its content and lists it', async () => {
    const policy = write('policy.txt', 'Information security policy\n\nApproved by the board.\n');
    const added = await runCliCaptured([
      'evidence',
      'add',
      policy,
      '--title',
      'Information security policy',
      '--owner',
      'CISO',
      '--review-by',
      '2020-01-31',
      '--data',
      data,
    ]);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toMatch(
      /^Added EV-\d{4} "Information security policy": policy\.txt \(text\/plain, 52 bytes, sha256 [0-9a-f]{64}\)$/,
    );
    const screenshot = write('mfa.pdf', png);
    const json = await runCliCaptured([
      'evidence',
      'add',
      screenshot,
      '--title',
      'MFA settings',
      '--kind',
      'screenshot',
      '--json',
      '--data',
      data,
    ]);
    expect(json.code, json.err).toBe(0);
    const detail = JSON.parse(json.out) as EvidenceDetail;
    expect(detail).toMatchObject({ kind: 'screenshot', currentVersion: 1 });
    expect(detail.latestFile).toMatchObject({ fileName: 'mfa.pdf', mediaType: 'image/png', sha256: sha(png) });
    expect(readFileSync(evidencePath(data, png))).toEqual(png);

    const list = await runCliCaptured(['evidence', 'list', '--json', '--data', data]);
    expect(list.code, list.err).toBe(0);
    const items = JSON.parse(list.out) as EvidenceSummary[];
    expect(items.map((item) => item.title)).toEqual(
      expect.arrayContaining(['Information security policy', 'MFA settings']),
    );
    expect(items.find((item) => item.title === 'Information security policy')?.stale).toBe(true);
    const stale = await runCliCaptured(['evidence', 'list', '--stale', '--data', data]);
    expect(stale.out.split('\n')).toHaveLength(1);
    expect(stale.out).toMatch(
      /^EV-\d{4}\tdocument\tdraft, stale since 2020-01-31\tInformation security policy\tv1 policy\.txt/,
    );
  }, 120_000);

  it.each([
    [['--kind', 'photo'], 2, /Invalid --kind "photo"/],
    [['--kind', 'link'], 2, /link item carries no file/],
    [['--review-by', '31/01/2026'], 2, /Invalid --review-by: Use a date written YYYY-MM-DD/],
    [['--evidence-max-mb', '0.000001'], 2, /over the .* evidence limit\. Nothing was stored/],
    [['--org', 'Nobody Ltd'], 4, /No organisation named "Nobody Ltd"/],
    [['--as', 'someone@else.example'], 4, /is not a member/],
  ])(
    'refuses %j with exit code %i and adds nothing',
    async (flags, code, message) => {
      const file = write('refused.txt', 'some text\n');
      const before = JSON.parse(
        (await runCliCaptured(['evidence', 'list', '--json', '--data', data])).out,
      ) as unknown[];
      const run = await runCliCaptured(['evidence', 'add', file, '--title', 'Refused', '--data', data, ...flags]);
      expect(run.code).toBe(code);
      expect(run.err).toMatch(message);
      const after = JSON.parse((await runCliCaptured(['evidence', 'list', '--json', '--data', data])).out) as unknown[];
      expect(after).toHaveLength(before.length);
    },
    120_000,
  );

  it('refuses a missing or empty file', async () => {
    expect((await runCliCaptured(['evidence', 'add', join(root, 'nope'), '--title', 'X', '--data', data])).code).toBe(
      4,
    );
    const empty = write('empty.txt', '');
    const run = await runCliCaptured(['evidence', 'add', empty, '--title', 'X', '--data', data]);
    expect(run).toMatchObject({ code: 2 });
    expect(run.err).toMatch(/is empty/);
  });
});

describe('certa evidence verify, backup and restore', () => {
  it('reports every file intact, and after a backup restores the files byte for byte into a fresh data folder', async () => {
    const report = await runCliCaptured(['evidence', 'verify', '--json', '--data', data]);
    expect(report.code, report.err).toBe(0);
    expect(JSON.parse(report.out) as EvidenceVerifyReport).toMatchObject({ ok: true, problems: [] });
    expect((JSON.parse(report.out) as EvidenceVerifyReport).checked).toBeGreaterThanOrEqual(2);

    const archive = join(root, 'with-evidence.backup');
    const backup = await runCliCaptured(['backup', archive, '--data', data]);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/, \d+ evidence files \(\d+ bytes\), schema/);
    const restored = join(root, 'restored');
    const restore = await runCliCaptured(['restore', archive, '--data', restored]);
    expect(restore.code, restore.err).toBe(0);
    expect(restore.out).toMatch(/and \d+ evidence files from/);
    expect(readFileSync(evidencePath(restored, png))).toEqual(png);
    const verified = await runCliCaptured(['evidence', 'verify', '--data', restored]);
    expect(verified.code, verified.err).toBe(0);
    expect(verified.out).toMatch(/evidence files checked in .*: all intact$/);
    const list = JSON.parse((await runCliCaptured(['evidence', 'list', '--json', '--data', restored])).out);
    expect(list).toEqual(JSON.parse((await runCliCaptured(['evidence', 'list', '--json', '--data', data])).out));
  }, 180_000);

  it('detects a tampered file and a deleted one, naming the versions that use them', async () => {
    const folder = join(root, 'tamper');
    const archive = join(root, 'for-tamper.backup');
    expect((await runCliCaptured(['backup', archive, '--data', data])).code).toBe(0);
    expect((await runCliCaptured(['restore', archive, '--data', folder])).code).toBe(0);
    const text = write('note.txt', 'a note that will be deleted\n');
    const added = await runCliCaptured(['evidence', 'add', text, '--title', 'Note', '--data', folder]);
    const reference = /Added (EV-\d{4})/.exec(added.out)?.[1];
    writeFileSync(evidencePath(folder, png), Buffer.from(png).fill(0x41));
    rmSync(evidencePath(folder, readFileSync(text)));

    const human = await runCliCaptured(['evidence', 'verify', '--data', folder]);
    expect(human.code).toBe(1);
    expect(human.out).toContain(`${sha(png)}: altered (its bytes no longer match); used by EV-`);
    expect(human.out).toContain(`${sha(readFileSync(text))}: missing; used by ${reference} v1`);
    expect(human.err).toMatch(/^certa: 2 of \d+ evidence files are missing or damaged; restore them from a backup$/);
    const json = await runCliCaptured(['evidence', 'verify', '--json', '--data', folder]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as EvidenceVerifyReport;
    expect(report.ok).toBe(false);
    expect(report.problems.map((problem) => problem.problem).sort()).toEqual(['altered', 'missing']);

    // A backup of a damaged store still runs, warns, and leaves the damaged files out.
    const partial = await runCliCaptured(['backup', join(root, 'partial.backup'), '--data', folder]);
    expect(partial.code).toBe(0);
    expect(partial.err.split('\n')).toHaveLength(2);
    expect(partial.err).toMatch(/is damaged and is not in the archive/);
  }, 180_000);
});
