import { DomainError } from '@certa/core';
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { frameworkTemplateXlsx } from './spreadsheet/index.ts';
import { assertZipWithinLimits } from './zip-guard.ts';

interface RawEntry {
  name: string;
  /** The bytes stored for the entry: already compressed when `method` is 8. */
  stored: Uint8Array;
  method: number;
  /** The decompressed size the headers claim (a bomb lies here). */
  claimedSize: number;
}

/** Writes a zip by hand, so a test can make headers lie or entries overlap. */
function handMadeZip(entries: RawEntry[], options: { allPointAtFirst?: boolean } = {}): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  const offsets: number[] = [];
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(8, entry.method, true);
    header.setUint32(18, entry.stored.length, true);
    header.setUint32(22, entry.claimedSize, true);
    header.setUint16(26, name.length, true);
    offsets.push(offset);
    parts.push(new Uint8Array(header.buffer), name, entry.stored);
    offset += 30 + name.length + entry.stored.length;
  }
  entries.forEach((entry, index) => {
    const name = encoder.encode(entry.name);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, entry.method, true);
    record.setUint32(20, entry.stored.length, true);
    record.setUint32(24, entry.claimedSize, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, options.allPointAtFirst ? 0 : (offsets[index] ?? 0), true);
    directory.push(new Uint8Array(record.buffer), name);
  });
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...directory, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the zip to be refused');
}

const megabyteOfZeros = deflateSync(new Uint8Array(1024 * 1024), { level: 9 });

describe('assertZipWithinLimits', () => {
  it('accepts a workbook written by exceljs', async () => {
    const bytes = Buffer.from(await frameworkTemplateXlsx());
    expect(() => assertZipWithinLimits(bytes, 'template.xlsx')).not.toThrow();
  });

  it('refuses bytes that are not a zip', () => {
    const error = refusal(() => assertZipWithinLimits(new TextEncoder().encode('ref_id,title\nA,B\n'), 'fake.xlsx'));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('fake.xlsx: Not an XLSX workbook: the file is not a zip archive. Nothing was imported.');
  });

  it('refuses a workbook that decompresses to more than 200 MB even when every header claims it is empty', () => {
    const entries = Array.from({ length: 210 }, (_, index) => ({
      name: `xl/worksheets/sheet${index}.xml`,
      stored: megabyteOfZeros,
      method: 8,
      claimedSize: 0,
    }));
    const error = refusal(() => assertZipWithinLimits(handMadeZip(entries), 'bomb.xlsx'));
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toBe(
      'bomb.xlsx: The workbook decompresses to more than 200 MB (a zip bomb?); refused. Nothing was imported.',
    );
  });

  it('refuses an entry over 1 MB that expands more than 200 times', () => {
    const zip = zipSync({ 'xl/sharedStrings.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const error = refusal(() => assertZipWithinLimits(zip, 'ratio.xlsx'));
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toContain('Entry "xl/sharedStrings.xml" expands more than 200 times (a zip bomb?)');
  });

  it('accepts a small entry that compresses very well', () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(512 * 1024) }, { level: 9 });
    expect(() => assertZipWithinLimits(zip, 'small.xlsx')).not.toThrow();
  });

  it('refuses more than 10,000 entries', () => {
    const files = Object.fromEntries(Array.from({ length: 10_001 }, (_, index) => [`f${index}`, new Uint8Array(0)]));
    const error = refusal(() => assertZipWithinLimits(zipSync(files), 'many.xlsx'));
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toContain('10001 zip entries, more than 10000');
  });

  it('applies lower limits when given', async () => {
    const bytes = await frameworkTemplateXlsx();
    expect(refusal(() => assertZipWithinLimits(bytes, 't.xlsx', { maxTotalBytes: 4096 })).message).toContain(
      'decompresses to more than 4 KB',
    );
    expect(refusal(() => assertZipWithinLimits(bytes, 't.xlsx', { maxEntries: 3 })).code).toBe('payload_too_large');
  });

  it('refuses entries that overlap, which would let one stream be expanded many times', () => {
    const entries = ['a.xml', 'b.xml', 'c.xml'].map((name) => ({
      name,
      stored: megabyteOfZeros,
      method: 8,
      claimedSize: 1024 * 1024,
    }));
    const error = refusal(() => assertZipWithinLimits(handMadeZip(entries, { allPointAtFirst: true }), 'overlap.xlsx'));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('overlap (a zip bomb?)');
  });

  it('refuses an entry with a compression method XLSX never uses, and corrupt compressed data', () => {
    const lzma = handMadeZip([{ name: 'a.xml', stored: new Uint8Array(10), method: 14, claimedSize: 10 }]);
    expect(refusal(() => assertZipWithinLimits(lzma, 'lzma.xlsx')).message).toContain('uses compression method 14');
    const corrupt = handMadeZip([
      { name: 'a.xml', stored: new Uint8Array([0xff, 0xff, 0xff]), method: 8, claimedSize: 1 },
    ]);
    expect(refusal(() => assertZipWithinLimits(corrupt, 'corrupt.xlsx')).message).toContain(
      'entry "a.xml" is not valid compressed data',
    );
  });
});
