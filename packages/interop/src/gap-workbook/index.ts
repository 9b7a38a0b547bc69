// The offline gap workbook (the XLSX of a stored assessment) read back for import.
export {
  parseGapWorkbook,
  type GapWorkbookContext,
  type GapWorkbookOrigin,
  type ParsedGapWorkbook,
} from './gap-workbook.ts';
