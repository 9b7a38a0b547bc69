import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './xlsx-cells.ts';
import type { ExportableFramework } from '../export-model.ts';
import { guardFormula } from './csv-records.ts';
import { columnHelp, exportOnlyColumns, formatAttributes, frameworkSheetColumns } from './framework-columns.ts';

/** What a framework spreadsheet holds, independent of CSV or XLSX. */
export interface FrameworkSheetContent {
  /** Metadata rows in order (`name`, `version`, …). */
  metadata: [string, string][];
  columns: string[];
  rows: string[][];
}

const columnWidths: Record<string, number> = {
  ref_id: 14,
  parent_ref_id: 14,
  title: 40,
  kind: 18,
  assessable: 11,
  description: 60,
  guidance: 60,
  typical_evidence: 45,
  objectives: 45,
  attributes: 30,
  withdrawn: 11,
};

function lines(values: readonly string[] | undefined): string {
  return (values ?? []).join('\n');
}

/** The rows and metadata of a stored framework, with Certa guidance columns when it has any. */
export function frameworkSheetContent({ framework, requirements }: ExportableFramework): FrameworkSheetContent {
  const refIdById = new Map(requirements.map((requirement) => [requirement.id, requirement.refId]));
  const withGuidance = requirements.some((requirement) => requirement.certaGuidance !== null);
  const withWithdrawn = requirements.some((requirement) => requirement.withdrawn);
  const columns: string[] = [
    ...frameworkSheetColumns.filter((column) => column !== 'withdrawn' || withWithdrawn),
    ...(withGuidance ? exportOnlyColumns : []),
  ];
  const rows = requirements.map((requirement) => {
    const guidance = requirement.certaGuidance;
    const documented = guidance?.documentedInformation;
    const values: Record<string, string> = {
      ref_id: requirement.refId,
      parent_ref_id: requirement.parentId === null ? '' : (refIdById.get(requirement.parentId) ?? ''),
      title: requirement.title,
      kind: requirement.kind,
      assessable: requirement.assessable ? 'yes' : 'no',
      description: requirement.description ?? '',
      guidance: requirement.guidance ?? '',
      typical_evidence: requirement.typicalEvidence ?? lines(guidance?.typicalEvidence),
      objectives: requirement.objectives ?? '',
      attributes: formatAttributes(requirement.attributes),
      withdrawn: requirement.withdrawn ? 'yes' : 'no',
      meaning: guidance?.meaning ?? '',
      auditor_questions: lines(guidance?.auditorQuestions),
      common_gaps: lines(guidance?.commonGaps),
      documented_information_required: documented
        ? `${documented.required ? 'yes' : 'no'}${documented.note ? `: ${documented.note}` : ''}`
        : '',
    };
    return columns.map((column) => values[column] ?? '');
  });
  const metadata: [string, string][] = [
    ['name', framework.name],
    ['version', framework.version],
    ['publisher', framework.publisher],
    ['licence', framework.licenceNote],
    ['description', framework.description ?? ''],
  ];
  return { metadata, columns, rows };
}

/** Writes sheet content as CSV: a `# key: value` preamble, the header, the rows (formula-guarded). */
export function writeFrameworkCsv(content: FrameworkSheetContent): string {
  const preamble = content.metadata
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => `# ${key}: ${value.replace(/\s+/g, ' ').trim()}\n`)
    .join('');
  return preamble + stringify([content.columns, ...content.rows.map((row) => row.map(guardFormula))]);
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** Writes sheet content as an XLSX with `Framework` and `Requirements` sheets, and `Help` when asked. */
export async function writeFrameworkXlsx(content: FrameworkSheetContent, withHelp = false): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Certa';
  const frameworkSheet = workbook.addWorksheet('Framework');
  frameworkSheet.columns = [
    { header: 'key', key: 'key', width: 16 },
    { header: 'value', key: 'value', width: 80, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const [key, value] of content.metadata) frameworkSheet.addRow([key, value]);
  styleHeader(frameworkSheet);

  const requirements = workbook.addWorksheet('Requirements');
  requirements.columns = content.columns.map((column) => ({
    header: column,
    key: column,
    width: columnWidths[column] ?? 50,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  requirements.addRows(content.rows);
  styleHeader(requirements);

  if (withHelp) {
    const help = workbook.addWorksheet('Help');
    help.columns = [
      { header: 'column', key: 'column', width: 34 },
      { header: 'meaning', key: 'meaning', width: 110, style: { alignment: { wrapText: true } } },
    ];
    for (const column of frameworkSheetColumns) help.addRow([column, columnHelp[column]]);
    help.addRow([]);
    help.addRow(['Framework sheet', 'One row per key: name, version, publisher, licence, description.']);
    styleHeader(help);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Exports a framework as CSV that imports back to the same tree (guidance columns are export only). */
export function toFrameworkCsv(input: ExportableFramework): string {
  return writeFrameworkCsv(frameworkSheetContent(input));
}

/** Exports a framework as an XLSX workbook (Framework and Requirements sheets) that imports back to the same tree. */
export async function toFrameworkXlsx(input: ExportableFramework): Promise<Uint8Array> {
  return writeFrameworkXlsx(frameworkSheetContent(input));
}
