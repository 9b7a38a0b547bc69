import {
  DomainError,
  gapAnswerFileEntrySchema,
  gapAnswersFileSchema,
  isDomainError,
  type GapAnswersFile,
  type ImportProblem,
} from '@certa/core';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { assertImportSize, decodeText, jsonPointer, parseJsonSafely, parseYamlSafely } from '../text-formats.ts';

/** An answers file read and validated, with a way to point back into it. */
export interface ParsedGapAnswers {
  fileName: string;
  answers: GapAnswersFile;
  /** Whether the file names its framework (otherwise the built-in ISO/IEC 27001:2022 is assumed). */
  frameworkDeclared: boolean;
  /** Line (1-based) of a path into the file: a map key's own line, else the nearest enclosing key's; null if unknown. */
  lineOf: (path: readonly PropertyKey[]) => number | null;
  /** `answers.yaml: line 12` for a path, or the file name and a JSON pointer when the line is unknown. */
  locate: (path: readonly PropertyKey[]) => string;
}

/** Refuses an answers file with every problem found: `validation_failed`, nothing produced. */
export function rejectGapAnswers(fileName: string, problems: ImportProblem[]): never {
  const first = problems[0];
  const summary =
    problems.length === 1 && first
      ? `${first.location}: ${first.message}`
      : `${fileName}: ${problems.length} problems, the first: ${first?.location ?? fileName}: ${first?.message ?? ''}`;
  throw new DomainError('validation_failed', `${summary.replace(/\.+$/, '')}. Nothing was produced.`, { problems });
}

/** A map key as the file spells it: `5.10` stays `5.10` even though YAML reads it as the number 5.1. */
function keyText(key: unknown): string {
  if (isScalar(key)) {
    if (typeof key.value === 'string') return key.value;
    if (typeof key.source === 'string') return key.source;
    return String(key.value);
  }
  return String(key);
}

/** Maps paths of the parsed value to lines of the text. */
function lineLocator(document: Document, counter: LineCounter): (path: readonly PropertyKey[]) => number | null {
  return (path) => {
    const lineAt = (node: unknown): number | null =>
      isNode(node) && node.range ? counter.linePos(node.range[0]).line : null;
    let node: unknown = document.contents;
    let line = lineAt(node) ?? 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => keyText(item.key) === String(segment));
        if (!pair) return line;
        line = lineAt(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
        line = lineAt(node) ?? line;
      } else return line;
    }
    return line;
  };
}

/** Renames the answers YAML read as numbers or booleans back to the keys as written. */
function restoreAnswerKeys(value: unknown, document: Document): unknown {
  const answers = (value as { answers?: unknown } | null)?.answers;
  const map = document.get('answers', true);
  if (!isMap(map) || answers === null || typeof answers !== 'object' || Array.isArray(answers)) return value;
  const written = new Map(
    map.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), keyText(pair.key)]),
  );
  const renamed = Object.fromEntries(Object.entries(answers).map(([key, entry]) => [written.get(key) ?? key, entry]));
  return { ...(value as object), answers: renamed };
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  array: 'a list',
  object: 'a map',
  record: 'a map',
};

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map';
  return JSON.stringify(input);
}

const topFields = Object.keys(gapAnswersFileSchema.shape);
const answerFields = Object.keys(gapAnswerFileEntrySchema.shape);

/** Where a path points, for the message: `A.5.1 maturity`, `organization`. */
function subject(path: readonly PropertyKey[]): string {
  const parts = path[0] === 'answers' && path.length > 1 ? path.slice(1) : path;
  return parts.map(String).join(' ');
}

function problemsOf(issue: z.core.$ZodIssue, locate: ParsedGapAnswers['locate']): ImportProblem[] {
  const path = issue.path;
  const about = subject(path);
  const prefix = about === '' ? '' : `${about}: `;
  if (issue.code === 'unrecognized_keys') {
    const allowed = path.length === 0 ? topFields : answerFields;
    return issue.keys.map((key) => ({
      location: locate([...path, key]),
      message: `${prefix}unknown field "${key}" (allowed: ${allowed.join(', ')})`,
    }));
  }
  const found = describe(issue.input);
  let message: string = issue.message;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined)
    message = 'is required';
  else if (issue.code === 'invalid_type')
    message = `expected ${typeNames[issue.expected] ?? issue.expected}, found ${found}`;
  else if (issue.code === 'invalid_value')
    message = `expected one of ${issue.values.map(String).join(', ')}, found ${found}`;
  else if (issue.code === 'invalid_format' && issue.format === 'date')
    message = `expected a date written YYYY-MM-DD, found ${found}`;
  else if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number')
    message = `expected a whole number from 0 to 5, found ${found}`;
  else if (issue.code === 'too_small' && (issue.origin === 'string' || issue.origin === 'array'))
    message = 'must not be empty';
  return [{ location: locate(path), message: `${prefix}${message}` }];
}

/**
 * Runs one of the shared guarded readers, restating its refusal for an answers file: "nothing was produced",
 * and the line and column of a syntax error where the reader could not tell them.
 */
function assertProducible<T>(read: () => T, text: string | null, fileName: string): T {
  try {
    return read();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const problems = (error.details as { problems?: ImportProblem[] } | undefined)?.problems;
    if (!problems)
      throw new DomainError(error.code, error.message.replace(/Nothing was imported\.$/, 'Nothing was produced.'));
    const [first] = problems;
    if (text !== null && problems.length === 1 && first && !/: line \d+/.test(first.location)) {
      const position = parseDocument(text, { uniqueKeys: true }).errors[0]?.linePos?.[0];
      if (position)
        return rejectGapAnswers(fileName, [
          { location: `${fileName}: line ${position.line}, column ${position.col}`, message: first.message },
        ]);
    }
    return rejectGapAnswers(fileName, problems);
  }
}

function parseText(text: string, fileName: string): unknown {
  // JSON is also YAML; the JSON reader only gives better messages, so a .yaml file always goes to YAML.
  const json = /\.json$/i.test(fileName) || (!/\.ya?ml$/i.test(fileName) && text.trimStart().startsWith('{'));
  return json ? parseJsonSafely(text, fileName) : parseYamlSafely(text, fileName);
}

/**
 * Reads a compliance-as-code answers file (YAML or JSON) and validates it with the core schema, refusing
 * it with every problem located by line. Reference ids are checked later, against the framework.
 */
export function parseGapAnswers(bytes: Uint8Array, fileName: string): ParsedGapAnswers {
  assertProducible(() => assertImportSize(bytes, fileName), null, fileName);
  const text = assertProducible(() => decodeText(bytes, fileName), null, fileName);
  let value = assertProducible(() => parseText(text, fileName), text, fileName);
  const counter = new LineCounter();
  // Only for locating problems: the value itself came from the guarded readers above.
  const document = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  value = restoreAnswerKeys(value, document);
  const lineOf = lineLocator(document, counter);
  const locate = (path: readonly PropertyKey[]) => {
    const line = lineOf(path);
    return line === null ? `${fileName}: ${jsonPointer(path)}` : `${fileName}: line ${line}`;
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return rejectGapAnswers(fileName, [
      {
        location: fileName,
        message: `expected a map with organization, scope, date and answers, found ${describe(value)}`,
      },
    ]);
  const result = gapAnswersFileSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => problemsOf(issue, locate));
    const lineNumber = (problem: ImportProblem) => Number(/line (\d+)$/.exec(problem.location)?.[1] ?? 0);
    return rejectGapAnswers(
      fileName,
      problems.sort((a, b) => lineNumber(a) - lineNumber(b)),
    );
  }
  return { fileName, answers: result.data, frameworkDeclared: Object.hasOwn(value, 'framework'), lineOf, locate };
}
