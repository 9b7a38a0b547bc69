import type { GapReport, GapWorkbookSource } from '@certa/core';
import ExcelJS from 'exceljs';
import { phaseLabels } from '../labels.ts';
import { addRequirementsSheet } from './requirements-sheet.ts';
import { addSourceSheet } from './source-sheet.ts';
import { addScoresSheet, addSummarySheet } from './summary-sheets.ts';
import { addTableSheet, type SheetColumn } from './xlsx-sheet.ts';

function columnsOf(spec: readonly (readonly [string, number])[]): SheetColumn[] {
  return spec.map(([header, width]) => ({ header, key: header.toLowerCase().replace(/ /g, '_'), width }));
}

const gapColumns = columnsOf([
  ['Ref', 10],
  ['Title', 40],
  ['Group', 8],
  ['Status', 22],
  ['Priority', 10],
  ['Why this priority', 40],
  ['Overridden', 11],
  ['Gap size', 9],
  ['Maturity', 10],
  ['Target', 9],
  ['Maturity gap', 12],
  ['Documentation', 15],
  ['Effort', 8],
  ['Owner', 16],
  ['Gap', 45],
  ['Recommendation', 45],
]);

const roadmapColumns = columnsOf([
  ['ID', 8],
  ['Kind', 14],
  ['Phase', 26],
  ['Title', 44],
  ['Closes', 30],
  ['Effort', 8],
  ['Effort points', 12],
  ['Weeks', 8],
  ['Owner', 16],
  ['Start', 12],
  ['Due', 12],
  ['Rationale', 70],
]);

function gapRows(report: GapReport): unknown[][] {
  return report.gaps.map((gap) => [
    gap.refId,
    gap.title,
    gap.group,
    gap.status,
    gap.priority,
    gap.priorityReason,
    gap.priorityOverridden ? 'yes' : 'no',
    gap.gapSize,
    gap.maturity.current,
    gap.maturity.target,
    gap.maturity.gap,
    gap.documentation,
    gap.effort,
    gap.owner,
    gap.gap,
    gap.recommendation,
  ]);
}

const utcDate = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

/** Options of the XLSX rendering. */
export interface XlsxOptions {
  /** The stored assessment the report comes from: the workbook can then be edited offline and imported back. */
  source?: GapWorkbookSource;
}

/**
 * Renders a gap report as an XLSX: Summary, Scores, Requirements (for offline work), Gaps and Roadmap, plus
 * a hidden sheet naming the stored assessment when `source` is given.
 */
export async function renderXlsx(report: GapReport, options: XlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Certa';
  workbook.title = `Gap assessment: ${report.organization}`;
  addSummarySheet(workbook, report);
  if (options.source) {
    const { reference, exportedAt } = options.source;
    workbook
      .getWorksheet('Summary')
      ?.addRow([
        'Exported from Certa',
        `Assessment ${reference}, exported ${exportedAt}. Edit the Requirements sheet offline, then import the workbook back from the assessment's Report menu.`,
      ]);
  }
  addScoresSheet(workbook, report);
  addRequirementsSheet(workbook, report);
  addTableSheet(workbook, 'Gaps', gapColumns, gapRows(report));
  addTableSheet(
    workbook,
    'Roadmap',
    roadmapColumns,
    report.roadmap.map((item) => [
      item.id,
      item.kind === 'milestone' ? 'milestone' : 'work package',
      phaseLabels[item.phase],
      item.title,
      item.refIds.join(', '),
      item.effort,
      item.effortPoints,
      item.durationWeeks,
      item.owner,
      utcDate(item.start),
      utcDate(item.due),
      item.rationale,
    ]),
    { start: 'yyyy-mm-dd', due: 'yyyy-mm-dd' },
  );
  if (options.source) addSourceSheet(workbook, report, options.source);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
