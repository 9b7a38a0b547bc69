import { DomainError, maxImportFileBytes, maxImportNesting, type ImportProblem } from '@certa/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYamlDocument } from 'yaml';

/** Throws the one error every refused import raises: `validation_failed` with the problems found. */
export function rejectImport(fileName: string, problems: ImportProblem[]): never {
  const first = problems[0];
  const summary =
    problems.length === 1 && first
      ? `${first.location}: ${first.message}`
      : `${fileName}: ${problems.length} problems, the first: ${first?.location ?? fileName}: ${first?.message ?? ''}`;
  throw new DomainError('validation_failed', `${summary.replace(/\.+$/, '')}. Nothing was imported.`, { problems });
}

/** Refuses files over the import size limit before anything reads them. */
export function assertImportSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.byteLength > maxImportFileBytes)
    throw new DomainError(
      'payload_too_large',
      `${fileName}: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB is over the ${maxImportFileBytes / 1024 / 1024} MB import limit. Nothing was imported.`,
    );
  if (bytes.byteLength === 0) rejectImport(fileName, [{ location: fileName, message: 'The file is empty' }]);
}

/** Decodes UTF-8 text (a byte-order mark is dropped); refuses bytes that are not UTF-8. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return rejectImport(fileName, [
      { location: fileName, message: 'Expected UTF-8 text; the file is binary or in another encoding' },
    ]);
  }
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Deepest nesting of `{`/`[` in JSON or flow YAML text, ignoring brackets inside strings. */
function bracketDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let deepest = 0;
  let deepestAt = 0;
  let quote: string | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote !== null) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"') quote = char;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        deepestAt = index;
        if (deepest > maxImportNesting) break;
      }
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return { depth: deepest, offset: deepestAt };
}

/** Deepest nesting of an already parsed value, walked without recursion. */
function valueDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > maxImportNesting) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function tooDeep(fileName: string, where: string): ImportProblem[] {
  return [{ location: `${fileName}: ${where}`, message: `Nested more than ${maxImportNesting} levels deep; refused` }];
}

/** Parses JSON text, refusing syntax errors (with line and column) and excessive nesting. */
export function parseJsonSafely(text: string, fileName: string): unknown {
  const { depth, offset } = bracketDepth(text);
  if (depth > maxImportNesting) {
    const { line, column } = lineAndColumn(text, offset);
    rejectImport(fileName, tooDeep(fileName, `line ${line}, column ${column}`));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(text, Number(position[1])) : null;
    return rejectImport(fileName, [
      {
        location: where ? `${fileName}: line ${where.line}, column ${where.column}` : fileName,
        message: `Not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}`,
      },
    ]);
  }
}

/** Parses YAML text, refusing syntax errors (with line), alias bombs and excessive nesting. */
export function parseYamlSafely(text: string, fileName: string): unknown {
  const { depth, offset } = bracketDepth(text);
  if (depth > maxImportNesting) {
    const { line, column } = lineAndColumn(text, offset);
    rejectImport(fileName, tooDeep(fileName, `line ${line}, column ${column}`));
  }
  let value: unknown;
  try {
    value = parseYamlDocument(text, { maxAliasCount: 100, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    const linePos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const reason =
      error instanceof ReferenceError || /alias/i.test(message ?? '')
        ? 'Too many YAML aliases (a resource exhaustion attack); refused'
        : error instanceof RangeError
          ? `Nested too deeply; refused`
          : `Not valid YAML: ${message}`;
    return rejectImport(fileName, [
      { location: linePos ? `${fileName}: line ${linePos.line}, column ${linePos.col}` : fileName, message: reason },
    ]);
  }
  if (valueDepth(value) > maxImportNesting) rejectImport(fileName, tooDeep(fileName, 'document'));
  return value;
}

/** Deepest element nesting of XML text, skipping comments, CDATA, processing instructions and declarations. */
function elementDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let deepest = 0;
  let deepestAt = 0;
  let index = text.indexOf('<');
  while (index !== -1 && index < text.length) {
    if (text.startsWith('<!--', index)) index = text.indexOf('-->', index) + 3;
    else if (text.startsWith('<![CDATA[', index)) index = text.indexOf(']]>', index) + 3;
    else if (text.startsWith('<?', index) || text.startsWith('<!', index)) index = text.indexOf('>', index) + 1;
    else if (text.startsWith('</', index)) {
      depth -= 1;
      index = text.indexOf('>', index) + 1;
    } else {
      const end = text.indexOf('>', index);
      if (end === -1) break;
      if (text[end - 1] !== '/') {
        depth += 1;
        if (depth > deepest) {
          deepest = depth;
          deepestAt = index;
          if (deepest > maxImportNesting) break;
        }
      }
      index = end + 1;
    }
    if (index <= 0) break;
    index = text.indexOf('<', index);
  }
  return { depth: deepest, offset: deepestAt };
}

/** An XML element as parsed with document order preserved (fast-xml-parser `preserveOrder`). */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * Parses XML text with document order preserved. Refuses any DOCTYPE (so no entity expansion can
 * happen: OSCAL never needs one), malformed XML (with line and column) and excessive nesting.
 */
export function parseXmlSafely(text: string, fileName: string): XmlNode[] {
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text);
  if (doctype) {
    const { line, column } = lineAndColumn(text, doctype.index);
    rejectImport(fileName, [
      {
        location: `${fileName}: line ${line}, column ${column}`,
        message: 'XML with a DOCTYPE or entity declarations is refused (entity expansion is never processed)',
      },
    ]);
  }
  const { depth, offset } = elementDepth(text);
  if (depth > maxImportNesting) {
    const { line, column } = lineAndColumn(text, offset);
    rejectImport(fileName, tooDeep(fileName, `line ${line}, column ${column}`));
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    rejectImport(fileName, [
      {
        location: `${fileName}: line ${valid.err.line}, column ${valid.err.col}`,
        message: `Not well-formed XML: ${valid.err.msg}`,
      },
    ]);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  return parser.parse(text) as XmlNode[];
}

/** JSON pointer (RFC 6901) of a path of keys and indexes. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? '/'
    : path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
