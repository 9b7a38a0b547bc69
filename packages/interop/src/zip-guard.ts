import { DomainError, type ImportProblem } from '@certa/core';
import { Inflate } from 'fflate';
import { rejectImport } from './text-formats.ts';

/** How much a zip (an XLSX workbook) may hold before it is refused as a possible zip bomb. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the decompressed sizes of all entries, in bytes. */
  maxTotalBytes: number;
  /** Highest decompressed/compressed ratio of an entry larger than `ratioAppliesAboveBytes`. */
  maxRatio: number;
  ratioAppliesAboveBytes: number;
}

/** The limits every XLSX import is held to. */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAboveBytes: 1024 * 1024,
};

/** One entry as the central directory (what spreadsheet readers follow) locates it. */
interface ZipEntry {
  name: string;
  method: number;
  headerStart: number;
  dataStart: number;
  dataEnd: number;
}

const chunkBytes = 16 * 1024;

/** Thrown inside the inflate callback to stop decompressing as soon as a limit is crossed. */
class LimitCrossed extends Error {}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function tooLarge(fileName: string, message: string): never {
  const problems: ImportProblem[] = [{ location: fileName, message }];
  throw new DomainError('payload_too_large', `${fileName}: ${message}. Nothing was imported.`, { problems });
}

/** Reads the central directory, refusing anything a well-formed XLSX never contains. */
function readEntries(bytes: Uint8Array, fileName: string, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 2 ** 32;
  const malformed = (detail: string): never =>
    rejectImport(fileName, [{ location: fileName, message: `Not an XLSX workbook: ${detail}` }]);
  if (bytes.byteLength < 22 || u32(0) !== 0x04034b50) return malformed('the file is not a zip archive');

  let eocd = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at -= 1)
    if (u32(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  if (eocd === -1) return malformed('the zip has no central directory');
  let count = u16(eocd + 10);
  let directoryStart = u32(eocd + 16);
  if (count === 0xffff || directoryStart === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== 0x07064b50) return malformed('a zip64 directory without its locator');
    const record = u64(locator + 8);
    if (record + 56 > bytes.byteLength || u32(record) !== 0x06064b50) return malformed('a broken zip64 directory');
    count = u64(record + 32);
    directoryStart = u64(record + 48);
  }
  // Counted from the directory before reading it, so a million-entry directory costs nothing.
  if (count > limits.maxEntries)
    tooLarge(fileName, `The workbook has ${count} zip entries, more than ${limits.maxEntries} (a zip bomb?); refused`);

  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.byteLength || u32(at) !== 0x02014b50) return malformed('a broken central directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    let compressed = u32(at + 20);
    let headerStart = u32(at + 42);
    const zip64Fields = [u32(at + 24) === 0xffffffff, compressed === 0xffffffff, headerStart === 0xffffffff];
    if (zip64Fields.some(Boolean)) {
      // Zip64 extra field (0x0001): the 8-byte values present are, in order, sizes then offset.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd && u16(extra) !== 0x0001) extra += 4 + u16(extra + 2);
      if (extra + 4 > extraEnd) return malformed('a zip64 entry without its sizes');
      let field = extra + 4;
      const next = (): number => {
        const value = u64(field);
        field += 8;
        return value;
      };
      if (zip64Fields[0]) next();
      if (zip64Fields[1]) compressed = next();
      if (zip64Fields[2]) headerStart = next();
    }
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (headerStart + 30 > bytes.byteLength || u32(headerStart) !== 0x04034b50)
      return malformed(`entry "${name}" points outside the archive`);
    const dataStart = headerStart + 30 + u16(headerStart + 26) + u16(headerStart + 28);
    const dataEnd = dataStart + compressed;
    if (dataEnd > bytes.byteLength) return malformed(`entry "${name}" runs past the end of the file`);
    entries.push({ name, method: u16(at + 10), headerStart, dataStart, dataEnd });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  // Overlapping entries let one compressed stream be expanded many times over (the "better zip bomb").
  const byPosition = [...entries].sort((left, right) => left.headerStart - right.headerStart);
  byPosition.forEach((entry, index) => {
    const previous = byPosition[index - 1];
    if (previous && entry.headerStart < previous.dataEnd)
      malformed(`entries "${previous.name}" and "${entry.name}" overlap (a zip bomb?)`);
  });
  return entries;
}

/**
 * Refuses an XLSX (a zip) that is not a zip, has too many entries, or decompresses to too much or at
 * too high a ratio; sizes are measured by streaming decompression, never taken from the headers.
 */
export function assertZipWithinLimits(bytes: Uint8Array, fileName: string, limits: Partial<ZipLimits> = {}): void {
  const limit: ZipLimits = { ...defaultZipLimits, ...limits };
  const entries = readEntries(bytes, fileName, limit);
  let total = 0;
  for (const entry of entries) {
    const compressed = entry.dataEnd - entry.dataStart;
    if (entry.method === 0) {
      total += compressed;
    } else if (entry.method === 8) {
      let expanded = 0;
      const inflate = new Inflate((chunk) => {
        expanded += chunk.length;
        total += chunk.length;
        // The ratio only grows as more output arrives, so crossing it early is already final.
        if (total > limit.maxTotalBytes)
          throw new LimitCrossed(
            `The workbook decompresses to more than ${megabytes(limit.maxTotalBytes)} (a zip bomb?); refused`,
          );
        if (expanded > limit.ratioAppliesAboveBytes && expanded / Math.max(compressed, 1) > limit.maxRatio)
          throw new LimitCrossed(
            `Entry "${entry.name}" expands more than ${limit.maxRatio} times (a zip bomb?); refused`,
          );
      });
      try {
        for (let at = entry.dataStart; at < entry.dataEnd; at += chunkBytes)
          inflate.push(bytes.subarray(at, Math.min(at + chunkBytes, entry.dataEnd)), at + chunkBytes >= entry.dataEnd);
        if (compressed === 0) inflate.push(new Uint8Array(0), true);
      } catch (error) {
        if (error instanceof LimitCrossed) tooLarge(fileName, error.message);
        rejectImport(fileName, [
          { location: fileName, message: `Not an XLSX workbook: entry "${entry.name}" is not valid compressed data` },
        ]);
      }
    } else {
      rejectImport(fileName, [
        {
          location: fileName,
          message: `Not an XLSX workbook: entry "${entry.name}" uses compression method ${entry.method}`,
        },
      ]);
    }
    if (total > limit.maxTotalBytes)
      tooLarge(
        fileName,
        `The workbook decompresses to more than ${megabytes(limit.maxTotalBytes)} (a zip bomb?); refused`,
      );
  }
}
