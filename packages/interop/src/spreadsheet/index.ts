// Framework and ISO/IEC 27002 attribute spreadsheets (CSV and XLSX), read, written and templated.
export { attributeCsvColumns, attributeTemplateCsv, parseAttributeCsv } from './attribute-sheet.ts';
export { exportOnlyColumns, frameworkSheetColumns, type FrameworkSheetColumn } from './framework-columns.ts';
export { toFrameworkCsv, toFrameworkXlsx } from './framework-export.ts';
export { parseFrameworkCsv, parseFrameworkXlsx } from './framework-sheet.ts';
export { frameworkTemplateCsv, frameworkTemplateXlsx } from './framework-template.ts';
