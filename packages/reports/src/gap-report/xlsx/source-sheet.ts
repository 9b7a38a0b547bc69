import {
  gapWorkbookFormat,
  gapWorkbookInfoSheet,
  gapWorkbookValuesOf,
  type GapReport,
  type GapWorkbookSource,
} from '@certa/core';
import type ExcelJS from 'exceljs';

/**
 * Adds the hidden sheet that ties the workbook to its stored assessment: the assessment's id and
 * reference, when it was exported, and each requirement's answer version and values at that moment, so
 * an import can tell the edits made in the workbook from changes made in Certa since (three-way merge).
 */
export function addSourceSheet(workbook: ExcelJS.Workbook, report: GapReport, source: GapWorkbookSource): void {
  const sheet = workbook.addWorksheet(gapWorkbookInfoSheet, { state: 'hidden' });
  sheet.columns = [
    { key: 'a', width: 16 },
    { key: 'b', width: 40 },
    { key: 'c', width: 80 },
  ];
  sheet.addRows([
    ['Key', 'Value'],
    ['format', gapWorkbookFormat],
    ['assessmentId', source.assessmentId],
    ['reference', source.reference],
    ['exportedAt', source.exportedAt],
    [],
    ['Ref', 'Version', 'Exported values'],
    ...report.requirements.map((row) => [
      row.refId,
      source.versions[row.refId] ?? 0,
      JSON.stringify(gapWorkbookValuesOf(row)),
    ]),
  ]);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(7).font = { bold: true };
}
