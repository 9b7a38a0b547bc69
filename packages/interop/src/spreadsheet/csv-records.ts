import { parse } from 'csv-parse/sync';
import { rejectImport } from '../text-formats.ts';

/** One CSV record with the line of the file it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Comma, or semicolon when the header line uses only semicolons (Excel in many European locales). */
function delimiterOf(headerLine: string): ',' | ';' {
  return !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
}

/**
 * Parses CSV text into records with the line each starts on; `linesBefore` lines of the file were
 * already consumed (a comment preamble). Blank lines are skipped; malformed CSV is refused.
 */
export function readCsvRecords(text: string, fileName: string, linesBefore = 0): CsvRecord[] {
  const headerLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let rows: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    rows = parse(text, {
      delimiter: delimiterOf(headerLine),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const message = (error instanceof Error ? error.message : String(error))
      .replace(/^[^:]*: /, '')
      .replace(/ at line \d+/, '');
    return rejectImport(fileName, [
      { location: line ? `${fileName}: line ${line + linesBefore}` : fileName, message: `Not valid CSV: ${message}` },
    ]);
  }
  // csv-parse reports the line a record ends on; a quoted cell may span lines, so count from the previous end.
  let previousEnd = 0;
  let previousEmpty = 0;
  return rows.map(({ record, info }) => {
    const line = previousEnd + (info.empty_lines - previousEmpty) + 1;
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { line: line + linesBefore, cells: record.map(unguardFormula) };
  });
}

const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Guards a cell against formula injection when the CSV is opened in a spreadsheet: a value starting
 * with `=`, `+`, `-`, `@`, tab or carriage return (or with apostrophes before one) gets one more `'`.
 */
export function guardFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Undoes guardFormula, so exported CSV reads back to the same text. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

/** Whether every cell of a record is blank (a spreadsheet's padding row). */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
