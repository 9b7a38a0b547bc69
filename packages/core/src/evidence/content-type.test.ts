import { describe, expect, it } from 'vitest';
import { contentTypeHeader, detectMediaType } from './content-type.ts';

/** UTF-8 bytes of a string (core has no TextEncoder: it runs without DOM or Node types). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return out;
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? utf8(part) : part)));

const u16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)];

/** A stored (uncompressed) zip holding the named entries; `padding` bytes of content make it large. */
function zip(names: string[], padding = 0): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const [index, name] of names.entries()) {
    const nameBytes = utf8(name);
    const content = index === 0 ? new Array<number>(padding).fill(0x41) : [0x41];
    const offset = local.length;
    local.push(
      ...[0x50, 0x4b, 0x03, 0x04],
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(content.length),
      ...u32(content.length),
      ...u16(nameBytes.length),
      ...u16(0),
      ...nameBytes,
    );
    for (const byte of content) local.push(byte);
    central.push(
      ...[0x50, 0x4b, 0x01, 0x02],
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(content.length),
      ...u32(content.length),
      ...u16(nameBytes.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...nameBytes,
    );
  }
  const end = [
    ...[0x50, 0x4b, 0x05, 0x06],
    ...u16(0),
    ...u16(0),
    ...u16(names.length),
    ...u16(names.length),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return new Uint8Array(local.concat(central, end));
}

const officeNames = (folder: string) => ['[Content_Types].xml', '_rels/.rels', `${folder}document.xml`];

describe('detectMediaType', () => {
  it.each<[string, Uint8Array, string]>([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'image/jpeg'],
    ['a GIF 89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['a GIF 87a', bytes('GIF87a', [1, 0, 1, 0]), 'image/gif'],
    ['a WebP', bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a RIFF that is not WebP', bytes('RIFF', [36, 0, 0, 0], 'WAVEfmt '), 'application/octet-stream'],
    [
      'a Word document',
      zip(officeNames('word/')),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['an Excel workbook', zip(officeNames('xl/')), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [
      'a PowerPoint deck',
      zip(officeNames('ppt/')),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    ['a plain zip', zip(['notes.txt', 'photos/one.jpg']), 'application/zip'],
    ['an empty zip', zip([]), 'application/zip'],
    ['gzip', bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), 'application/gzip'],
    ['a JSON object', bytes('  {"controls": [1, 2]}\n'), 'application/json'],
    ['a JSON array', bytes('[{"a":1}]'), 'application/json'],
    ['text starting with a brace that is not JSON', bytes('{ this is a note }'), 'text/plain'],
    ['XML', bytes('<?xml version="1.0"?><catalog/>'), 'application/xml'],
    ['HTML with a doctype', bytes('<!DOCTYPE html><html><body>x</body></html>'), 'text/html'],
    ['an HTML fragment', bytes('\n  <script>alert(1)</script>'), 'text/html'],
    ['XHTML', bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>'), 'text/html'],
    ['SVG', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    ['CSV', bytes('user,role,reviewed\nana,admin,yes\nbo,viewer,no\n'), 'text/csv'],
    ['semicolon CSV', bytes('user;role\nana;admin\n'), 'text/csv'],
    ['plain text', bytes('Information security policy\n\nVersion 1.2, approved by the board.'), 'text/plain'],
    ['UTF-8 text with a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'Sécurité – 情報'), 'text/plain'],
    ['text with a NUL', bytes('abc', [0], 'def'), 'application/octet-stream'],
    ['invalid UTF-8', bytes([0xc3, 0x28, 0x41]), 'application/octet-stream'],
    ['an overlong UTF-8 form', bytes([0xc0, 0xaf]), 'application/octet-stream'],
    ['a UTF-16 surrogate in UTF-8', bytes([0xed, 0xa0, 0x80]), 'application/octet-stream'],
    ['emoji', bytes('Review passed 🚀\n'), 'text/plain'],
    ['random binary', bytes([0x00, 0x01, 0x02, 0xfe, 0xff]), 'application/octet-stream'],
    ['nothing', new Uint8Array(0), 'application/octet-stream'],
  ])('recognises %s', (_name, content, expected) => {
    expect(detectMediaType({ head: content })).toBe(expected);
  });

  it('ignores what the file is called: a PNG is a PNG whatever its name', () => {
    expect(detectMediaType({ head: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) })).toBe('image/png');
  });

  it('reads the zip directory from the tail of a large file', () => {
    const whole = zip(['[Content_Types].xml', 'xl/workbook.xml'], 200_000);
    const head = whole.subarray(0, 1024);
    const tail = whole.subarray(whole.length - 1024);
    expect(detectMediaType({ head, tail, size: whole.length })).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // Without the tail, the local headers in the head still show the folders they can reach.
    expect(detectMediaType({ head, size: whole.length, tail: new Uint8Array(0) })).toBe('application/zip');
  });

  it('accepts a head of text cut inside a multi-byte character', () => {
    const text = bytes('Sécurité '.repeat(10));
    const cut = text.subarray(0, 2); // "S" and half of "é"
    expect(detectMediaType({ head: cut, size: text.length })).toBe('text/plain');
    expect(detectMediaType({ head: cut })).toBe('application/octet-stream');
  });
});

describe('contentTypeHeader', () => {
  it.each([
    ['text/plain', 'text/plain; charset=utf-8'],
    ['text/csv', 'text/csv; charset=utf-8'],
    ['application/json', 'application/json; charset=utf-8'],
    ['image/png', 'image/png'],
    ['application/pdf', 'application/pdf'],
  ])('declares %s as %s', (type, header) => {
    expect(contentTypeHeader(type)).toBe(header);
  });
});
