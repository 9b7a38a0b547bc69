import type { ImportProblem, ParsedImport } from '@certa/core';
import { assertImportSize, decodeText, rejectImport } from '../text-formats.ts';
import { isBlankRecord, readCsvRecords } from './csv-records.ts';
import { metadataKey, metadataKeys, type SheetMetadata } from './framework-columns.ts';
import { frameworkFromSheet, type SheetRow } from './framework-rows.ts';
import { findSheet, loadWorkbook, sheetRows } from './xlsx-cells.ts';

/** The text of a preamble line: Excel quotes a cell holding a delimiter and pads the line with empty cells. */
function commentText(line: string): string {
  const quoted = /^"((?:[^"]|"")*)"/.exec(line);
  return quoted ? (quoted[1] ?? '').replace(/""/g, '"') : line.replace(/[,;]+\s*$/, '');
}

/** Splits the `# key: value` preamble from a framework CSV; returns the metadata and how many lines it used. */
function readPreamble(text: string): { metadata: SheetMetadata; lines: number; rest: string } {
  const metadata: SheetMetadata = {};
  let offset = 0;
  let lines = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end === -1 ? text.length : end).replace(/\r$/, '');
    const comment = commentText(line.trim());
    if (comment.replace(/[,;]/g, '').trim() !== '' && !comment.startsWith('#')) break;
    const pair = /^#\s*([A-Za-z]+)\s*:(.*)$/.exec(comment);
    const key = pair ? metadataKey(pair[1] ?? '') : undefined;
    const value = pair?.[2]?.trim() ?? '';
    // Any other comment is the user's own note and is read past.
    if (key && value !== '') metadata[key] = value;
    lines += 1;
    offset = end === -1 ? text.length : end + 1;
  }
  return { metadata, lines, rest: text.slice(offset) };
}

/** Reads a framework CSV: an optional `# key: value` preamble, a header row, then one requirement per row. */
export function parseFrameworkCsv(bytes: Uint8Array, fileName: string): ParsedImport {
  assertImportSize(bytes, fileName);
  const { metadata, lines, rest } = readPreamble(decodeText(bytes, fileName));
  const records = readCsvRecords(rest, fileName, lines).filter((record) => !isBlankRecord(record.cells));
  const [header, ...rows] = records;
  if (!header)
    return rejectImport(fileName, [{ location: fileName, message: 'No header row: expected ref_id, title, …' }]);
  return frameworkFromSheet({
    fileName,
    format: 'csv',
    metadata,
    headerWhere: `line ${header.line}`,
    header: header.cells,
    rows: rows.map((record): SheetRow => ({ where: `line ${record.line}`, cells: record.cells })),
  });
}

/**
 * Reads a framework XLSX: requirements from the `Requirements` sheet (else the first sheet), metadata
 * from an optional `Framework` sheet of key/value rows. The zip is checked for bombs before it is opened.
 */
export async function parseFrameworkXlsx(bytes: Uint8Array, fileName: string): Promise<ParsedImport> {
  const workbook = await loadWorkbook(bytes, fileName);
  const metadata: SheetMetadata = {};
  const problems: ImportProblem[] = [];
  const frameworkSheet = findSheet(workbook, 'Framework');
  if (frameworkSheet)
    for (const { row, cells } of sheetRows(frameworkSheet)) {
      const [rawKey = '', rawValue = ''] = cells;
      if (['', 'key'].includes(rawKey.trim().toLowerCase())) continue;
      const key = metadataKey(rawKey);
      if (key === undefined)
        problems.push({
          location: `${fileName}: sheet ${frameworkSheet.name}, row ${row}`,
          message: `unknown key "${rawKey.trim()}"; the known keys are ${metadataKeys.join(', ')}`,
        });
      else if (rawValue.trim() !== '') metadata[key] = rawValue.trim();
    }
  if (problems.length > 0) rejectImport(fileName, problems);
  const sheet =
    findSheet(workbook, 'Requirements') ??
    workbook.worksheets.find((candidate) => !['framework', 'help'].includes(candidate.name.trim().toLowerCase()));
  if (!sheet)
    return rejectImport(fileName, [{ location: fileName, message: 'The workbook has no Requirements sheet' }]);
  const rows = sheetRows(sheet).filter(({ cells }) => !isBlankRecord(cells));
  const [header, ...data] = rows;
  const where = (row: number): string => `sheet ${sheet.name}, row ${row}`;
  if (!header)
    return rejectImport(fileName, [
      { location: `${fileName}: sheet ${sheet.name}`, message: 'No header row: expected ref_id, title, …' },
    ]);
  return frameworkFromSheet({
    fileName,
    format: 'xlsx',
    metadata,
    headerWhere: where(header.row),
    header: header.cells,
    rows: data.map(({ row, cells }) => ({ where: where(row), cells })),
  });
}
