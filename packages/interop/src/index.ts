// Parsers and writers of other formats (OSCAL, CISO Assistant libraries, CSV/XLSX) to and from core types.
export { detectImportFormat, parseFrameworkFile, storedToImportedFramework } from './framework-file.ts';
export { assertImportSize, rejectImport } from './text-formats.ts';
export { assertZipWithinLimits } from './zip-guard.ts';
export type { ExportableFramework } from './export-model.ts';
export { parseOscal, resolveOscalProfile, toOscalCatalog, certaOscalNamespace } from './oscal/index.ts';
export { parseCisoAssistantLibrary } from './ciso-assistant/index.ts';
export {
  attributeTemplateCsv,
  frameworkTemplateCsv,
  frameworkTemplateXlsx,
  parseAttributeCsv,
  parseFrameworkCsv,
  parseFrameworkXlsx,
  toFrameworkCsv,
  toFrameworkXlsx,
} from './spreadsheet/index.ts';
export { parseGapAnswers, rejectGapAnswers, type ParsedGapAnswers } from './gap-answers/index.ts';
export {
  parseGapWorkbook,
  type GapWorkbookContext,
  type GapWorkbookOrigin,
  type ParsedGapWorkbook,
} from './gap-workbook/index.ts';
