import type ExcelJS from 'exceljs';

// exceljs is large: loaded on first use, so commands and servers that never touch a workbook start faster.
/** The exceljs module, imported on first use. */
export const loadExcelJs = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
import { assertImportSize, rejectImport } from '../text-formats.ts';
import { assertZipWithinLimits } from '../zip-guard.ts';

/** The text a cell shows: rich text joined, a hyperlink's text, a formula's last result, a date as ISO. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('error' in value) return value.error;
  return '';
}

/** Reads an XLSX after the size and zip-bomb checks; refuses bytes exceljs cannot read as a workbook. */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  assertImportSize(bytes, fileName);
  assertZipWithinLimits(bytes, fileName);
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    rejectImport(fileName, [{ location: fileName, message: `Not a readable XLSX workbook: ${reason}` }]);
  }
  return workbook;
}

/** A worksheet found by name, ignoring case. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name.toLowerCase());
}

/** Every non-empty row of a worksheet as text cells (column A first), with its row number. */
export function sheetRows(sheet: ExcelJS.Worksheet): { row: number; cells: string[] }[] {
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}
