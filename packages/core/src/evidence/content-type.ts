/** The media type given to bytes that match no known format. */
export const unknownMediaType = 'application/octet-stream';

/** Media types of the Office Open XML formats, by the folder their zip holds. */
const officeTypes = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
] as const;

/** How many bytes from the start (and end) of a file content detection reads. */
export const contentSniffBytes = 64 * 1024;

/** What content detection is given: the first bytes, and for large files the last bytes and the size. */
export interface ContentSample {
  /** The first bytes of the file (up to `contentSniffBytes`), or all of it. */
  head: Uint8Array;
  /** The last bytes of the file, when `head` does not hold all of it (zip directories live at the end). */
  tail?: Uint8Array;
  /** Size of the whole file; defaults to the length of `head` (head is the whole file). */
  size?: number;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const readUint16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const readUint32 = (bytes: Uint8Array, at: number) => (readUint16(bytes, at) | (readUint16(bytes, at + 2) << 16)) >>> 0;

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Names in a zip's central directory, when the directory lies inside `tail` (which ends the file). */
function centralDirectoryNames(tail: Uint8Array, size: number): string[] | undefined {
  const tailStart = size - tail.length;
  // The end-of-directory record is 22 bytes plus a comment of at most 65535.
  for (let at = tail.length - 22; at >= Math.max(0, tail.length - 22 - 0xffff); at -= 1) {
    if (!startsWith(tail, [0x50, 0x4b, 0x05, 0x06], at)) continue;
    const entries = readUint16(tail, at + 10);
    const directoryOffset = readUint32(tail, at + 16) - tailStart;
    if (directoryOffset < 0) return undefined;
    const names: string[] = [];
    let cursor = directoryOffset;
    for (let entry = 0; entry < entries; entry += 1) {
      if (!startsWith(tail, [0x50, 0x4b, 0x01, 0x02], cursor)) break;
      const nameLength = readUint16(tail, cursor + 28);
      const extraLength = readUint16(tail, cursor + 30);
      const commentLength = readUint16(tail, cursor + 32);
      names.push(latin1(tail.subarray(cursor + 46, cursor + 46 + nameLength)));
      cursor += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return undefined;
}

/** Names of the zip entries whose local headers lie in `head` (a fallback when the directory is out of reach). */
function localHeaderNames(head: Uint8Array): string[] {
  const names: string[] = [];
  let cursor = 0;
  while (startsWith(head, [0x50, 0x4b, 0x03, 0x04], cursor)) {
    const flags = readUint16(head, cursor + 6);
    const compressedSize = readUint32(head, cursor + 18);
    const nameLength = readUint16(head, cursor + 26);
    const extraLength = readUint16(head, cursor + 28);
    names.push(latin1(head.subarray(cursor + 30, cursor + 30 + nameLength)));
    // With a data descriptor the size is unknown here: stop after this entry.
    if ((flags & 0x08) !== 0) break;
    cursor += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

function zipType(sample: Required<ContentSample>): string {
  const names = centralDirectoryNames(sample.tail, sample.size) ?? localHeaderNames(sample.head);
  for (const [folder, type] of officeTypes) {
    if (names.some((name) => name.startsWith(folder))) return type;
  }
  return 'application/zip';
}

/**
 * The text of `head` when it is valid UTF-8 without NUL characters, else undefined. When the head is not
 * the whole file, a multi-byte character cut at its end is dropped rather than held against it.
 */
function utf8Text(head: Uint8Array, complete: boolean): string | undefined {
  const codePoints: number[] = [];
  let index = 0;
  while (index < head.length) {
    const first = head[index] ?? 0;
    if (first === 0) return undefined;
    if (first < 0x80) {
      codePoints.push(first);
      index += 1;
      continue;
    }
    const length = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 && first < 0xe0 ? 2 : 0;
    if (length === 0 || first > 0xf4) return undefined;
    if (index + length > head.length) {
      if (complete) return undefined;
      // Cut by the end of the sample: what is there must still be continuation bytes.
      for (let next = index + 1; next < head.length; next += 1)
        if (((head[next] ?? 0) & 0xc0) !== 0x80) return undefined;
      break;
    }
    let codePoint = first & (0xff >> (length + 1));
    for (let next = index + 1; next < index + length; next += 1) {
      const byte = head[next] ?? 0;
      if ((byte & 0xc0) !== 0x80) return undefined;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    const smallest = [0, 0, 0x80, 0x800, 0x10000][length] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not valid UTF-8.
    if (codePoint < smallest || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return undefined;
    codePoints.push(codePoint);
    index += length;
  }
  let text = '';
  for (let start = 0; start < codePoints.length; start += 8192)
    text += String.fromCodePoint(...codePoints.slice(start, start + 8192));
  return text;
}

const htmlStart = /^<(!doctype\s+html|html|head|body|script|iframe|style|title|meta)[\s>/]/i;

function looksLikeCsv(text: string, complete: boolean): boolean {
  const lines = text.split(/\r?\n/);
  if (!complete) lines.pop(); // the last line may be cut
  const rows = lines.filter((line) => line.trim() !== '').slice(0, 20);
  if (rows.length < 2) return false;
  for (const separator of [',', ';', '\t']) {
    const counts = rows.map((row) => row.split(separator).length - 1);
    if (counts[0] !== undefined && counts[0] > 0 && counts.every((count) => count === counts[0])) return true;
  }
  return false;
}

function textType(text: string, complete: boolean): string {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (htmlStart.test(trimmed)) return 'text/html';
  if (trimmed.startsWith('<?xml') || trimmed.startsWith('<')) {
    if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(trimmed)) return 'text/html';
    if (/<svg[\s>]/i.test(trimmed.slice(0, 1024))) return 'image/svg+xml';
    if (trimmed.startsWith('<?xml')) return 'application/xml';
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (!complete) return 'application/json';
    try {
      JSON.parse(trimmed);
      return 'application/json';
    } catch {
      // not JSON after all: plain text (or CSV) below
    }
  }
  return looksLikeCsv(trimmed, complete) ? 'text/csv' : 'text/plain';
}

/**
 * The media type of a file judged from its content alone, never from its name: PDF, PNG, JPEG, GIF, WebP,
 * the Office Open XML formats (docx, xlsx, pptx, told apart by the folders inside the zip), zip, gzip,
 * JSON, XML, HTML, SVG, CSV and plain text (valid UTF-8 without NUL), else `application/octet-stream`.
 */
export function detectMediaType(sample: ContentSample): string {
  const head = sample.head;
  const size = sample.size ?? head.length;
  const complete = head.length >= size;
  const tail = sample.tail ?? head;
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
    return zipType({ head, tail, size });
  if (startsWith(head, [0x1f, 0x8b])) return 'application/gzip';
  if (head.length === 0) return unknownMediaType;
  const text = utf8Text(head, complete);
  return text === undefined ? unknownMediaType : textType(text, complete);
}

/** The Content-Type header for a stored media type: text types say they are UTF-8. */
export function contentTypeHeader(mediaType: string): string {
  return mediaType.startsWith('text/') || mediaType === 'application/json' || mediaType === 'application/xml'
    ? `${mediaType}; charset=utf-8`
    : mediaType;
}
