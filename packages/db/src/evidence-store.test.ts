import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvidenceStore, parseEvidenceMaxMegabytes, resolveEvidenceRoot } from './evidence-store.ts';

let root: string;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const text = (value: string) => new TextEncoder().encode(value);
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'certa-evidence-store-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the evidence store', () => {
  it('stores a streamed file under its hash, typed by its content', async () => {
    const store = createEvidenceStore({ root: join(root, 'a') });
    const bytes = text('%PDF-1.7\nhello\n');
    const stored = await store.put(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]));
    expect(stored).toEqual({
      sha256: sha(bytes),
      sizeBytes: bytes.length,
      mediaType: 'application/pdf',
      created: true,
    });
    expect(store.pathOf(stored.sha256)).toBe(join(root, 'a', stored.sha256.slice(0, 2), stored.sha256));
    expect(new Uint8Array(readFileSync(store.pathOf(stored.sha256)))).toEqual(bytes);
    expect(await store.sizeOf(stored.sha256)).toBe(bytes.length);
  });

  it('keeps one copy of the same bytes', async () => {
    const store = createEvidenceStore({ root: join(root, 'b') });
    const bytes = text('same bytes');
    expect((await store.put(bytes)).created).toBe(true);
    expect((await store.put(Readable.from([bytes]))).created).toBe(false);
    expect(filesUnder(join(root, 'b')).map((entry) => entry.name)).toEqual([sha(bytes)]);
  });

  it('replaces a damaged copy when the same bytes arrive again', async () => {
    const store = createEvidenceStore({ root: join(root, 'c') });
    const bytes = text('precious');
    await store.put(bytes);
    writeFileSync(store.pathOf(sha(bytes)), 'PRECIOUS');
    expect(await store.check(sha(bytes), bytes.length)).toBe('altered');
    expect((await store.put(bytes)).created).toBe(true);
    expect(await store.check(sha(bytes), bytes.length)).toBe('ok');
  });

  it('refuses a file past the limit, declared or streamed, and leaves nothing behind', async () => {
    const store = createEvidenceStore({ root: join(root, 'd'), maxBytes: 10 });
    await expect(store.put(text('x'), { declaredSize: 11 })).rejects.toMatchObject({ code: 'payload_too_large' });
    await expect(store.put(Readable.from([text('123456'), text('78901')]))).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    await expect(store.put(new Uint8Array(0))).rejects.toMatchObject({ code: 'validation_failed' });
    expect(existsSync(join(root, 'd')) ? filesUnder(join(root, 'd')) : []).toEqual([]);
    expect((await store.put(text('1234567890'))).sizeBytes).toBe(10);
  });

  it('tells intact, missing, altered and resized files apart', async () => {
    const store = createEvidenceStore({ root: join(root, 'e') });
    const one = text('one');
    const two = text('two');
    await store.put(one);
    await store.put(two);
    expect(await store.check(sha(one), one.length)).toBe('ok');
    expect(await store.check(sha(one), one.length + 1)).toBe('size_mismatch');
    writeFileSync(store.pathOf(sha(two)), 'TWO');
    expect(await store.check(sha(two), two.length)).toBe('altered');
    writeFileSync(store.pathOf(sha(two)), 'twotwo');
    expect(await store.check(sha(two), two.length)).toBe('size_mismatch');
    await store.remove(sha(two));
    expect(await store.check(sha(two), two.length)).toBe('missing');
    expect(await store.sizeOf(sha(two))).toBeUndefined();
  });

  it('accepts restored bytes only when they match their hash, and never a name that is not a hash', async () => {
    const store = createEvidenceStore({ root: join(root, 'f') });
    const bytes = text('restored');
    await expect(store.putExpected(sha(text('other')), bytes)).rejects.toThrow(/damaged/);
    expect(existsSync(store.pathOf(sha(text('other'))))).toBe(false);
    await store.putExpected(sha(bytes), bytes);
    expect(await store.check(sha(bytes), bytes.length)).toBe('ok');
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/not a SHA-256/);
  });
});

describe('evidence store configuration', () => {
  it('uses the explicit folder, else the data folder, else none', () => {
    expect(resolveEvidenceRoot({ evidenceDir: '/srv/evidence', dataDir: '/data' })).toBe('/srv/evidence');
    expect(resolveEvidenceRoot({ dataDir: '/data' })).toBe(join('/data', 'evidence'));
    expect(resolveEvidenceRoot({})).toBeUndefined();
  });

  it.each([
    [undefined, 50 * 1024 * 1024],
    ['10', 10 * 1024 * 1024],
    ['0.5', 512 * 1024],
  ])('reads a limit of %s MB', (value, bytes) => {
    expect(parseEvidenceMaxMegabytes(value)).toBe(bytes);
  });

  it.each(['0', '-1', 'ten', '1e3'])('refuses a limit of %s', (value) => {
    expect(() => parseEvidenceMaxMegabytes(value)).toThrow(/Invalid evidence size limit/);
  });
});
