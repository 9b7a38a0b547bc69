import {
  conformityStatuses,
  documentationStates,
  efforts,
  gapWorkbookHeaders,
  gapWorkbookValuesOf,
  maturityLevels,
  priorities,
  type GapReport,
} from '@certa/core';
import type ExcelJS from 'exceljs';
import { requirementGroups } from '../labels.ts';
import { styleHeader, type SheetColumn } from './xlsx-sheet.ts';

/**
 * Columns of the Requirements sheet, the workbook's offline-work register: one row per assessable
 * requirement, the answer fields named as in the answers file; status and the lists use its values.
 */
export const requirementColumns: readonly SheetColumn[] = [
  { header: gapWorkbookHeaders.ref, key: 'ref', width: 10 },
  { header: 'Title', key: 'title', width: 42 },
  { header: 'Group', key: 'group', width: 8 },
  { header: gapWorkbookHeaders.status, key: 'status', width: 22 },
  { header: gapWorkbookHeaders.maturity, key: 'maturity', width: 10 },
  { header: gapWorkbookHeaders.targetMaturity, key: 'target', width: 9 },
  { header: gapWorkbookHeaders.documentation, key: 'documentation', width: 15 },
  { header: 'Priority', key: 'priority', width: 10 },
  { header: gapWorkbookHeaders.effort, key: 'effort', width: 8 },
  { header: gapWorkbookHeaders.owner, key: 'owner', width: 16 },
  { header: gapWorkbookHeaders.gap, key: 'gap', width: 45 },
  { header: gapWorkbookHeaders.recommendation, key: 'recommendation', width: 45 },
  { header: 'Evidence', key: 'evidence', width: 30 },
  { header: gapWorkbookHeaders.notes, key: 'notes', width: 30 },
  { header: gapWorkbookHeaders.justification, key: 'justification', width: 36 },
];

interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function list(values: readonly (string | number)[], prompt: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Not in the list',
    error: prompt,
  };
}

const validations: Readonly<Record<string, ExcelJS.DataValidation>> = {
  status: list(conformityStatuses, `Choose one of: ${conformityStatuses.join(', ')}`),
  maturity: list(maturityLevels, 'A whole number from 0 to 5'),
  target: list(maturityLevels, 'A whole number from 0 to 5'),
  documentation: list(documentationStates, `Choose one of: ${documentationStates.join(', ')}`),
  priority: list(priorities, `Choose one of: ${priorities.join(', ')}`),
  effort: list(efforts, `Choose one of: ${efforts.join(', ')}`),
};

/** Adds the Requirements sheet: every assessable requirement, frozen header, filters and value lists. */
export function addRequirementsSheet(workbook: ExcelJS.Workbook, report: GapReport): void {
  const sheet = workbook.addWorksheet('Requirements', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = requirementColumns.map((column) => ({
    ...column,
    style: { alignment: { vertical: 'top', wrapText: column.width > 20 } },
  }));
  const groupOf = requirementGroups(report);
  sheet.addRows(
    report.requirements.map((row) => {
      const values = gapWorkbookValuesOf(row);
      return [
        row.refId,
        row.title,
        groupOf(row.refId),
        values.status,
        values.maturity,
        values.targetMaturity,
        values.documentation,
        row.priority,
        values.effort,
        values.owner,
        values.gap,
        values.recommendation,
        row.evidence.join('\n') || null,
        values.notes,
        values.justification,
      ];
    }),
  );
  styleHeader(sheet, requirementColumns.length, report.requirements.length);
  // One validation per column range. exceljs types only the per-cell form, whose writer sorts addresses as
  // text (D10 before D2) and writes overlapping ranges that Excel repairs; the range form is written as is.
  const { dataValidations } = sheet as unknown as RangeValidations;
  const last = report.requirements.length + 1;
  requirementColumns.forEach((column, index) => {
    const validation = validations[column.key];
    const letter = sheet.getColumn(index + 1).letter;
    if (validation) dataValidations.add(`${letter}2:${letter}${last}`, validation);
  });
}
