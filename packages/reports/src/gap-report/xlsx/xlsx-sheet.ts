import type ExcelJS from 'exceljs';
import { accentColour } from '../labels.ts';

/** One column of a sheet: its header, key and width in characters. */
export interface SheetColumn {
  header: string;
  key: string;
  width: number;
}

/** Number format of percentages stored as fractions (0.571 shows as 57.1%). */
export const percentFormat = '0.0%';

/** A 0–100 score as the fraction Excel formats as a percentage; null stays empty. */
export function fraction(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 1000;
}

/** Bold white header on the accent colour, and filters over the header and `rows` data rows. */
export function styleHeader(sheet: ExcelJS.Worksheet, columnCount: number, rows: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (let column = 1; column <= columnCount; column += 1)
    header.getCell(column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${accentColour}` } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows, 1) + 1, column: columnCount } };
}

/** Adds a sheet with a frozen, filtered header row, the columns and the rows. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly unknown[])[],
  formats: Readonly<Record<string, string>> = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    ...column,
    style: {
      alignment: { vertical: 'top', wrapText: column.width > 30 },
      ...(formats[column.key] ? { numFmt: formats[column.key] } : {}),
    },
  }));
  sheet.addRows(rows.map((row) => [...row]));
  styleHeader(sheet, columns.length, rows.length);
  return sheet;
}
