import {
  DomainError,
  gapWorkbookFields,
  gapWorkbookFormat,
  gapWorkbookHeaders,
  gapWorkbookInfoSheet,
  isDomainError,
  normalizeGapWorkbookValue,
  notApplicableProblem,
  type AssessmentNode,
  type GapWorkbookField,
  type GapWorkbookProblem,
  type GapWorkbookRow,
  type GapWorkbookValues,
  type ImportProblem,
} from '@certa/core';
import type ExcelJS from 'exceljs';
import { cellText, findSheet, loadWorkbook } from '../spreadsheet/xlsx-cells.ts';
import { readField, type Cell } from './workbook-cells.ts';

/** What the reader checks a workbook against: the assessment's requirements, and the assessment itself. */
export interface GapWorkbookContext {
  nodes: readonly Pick<AssessmentNode, 'refId' | 'kind' | 'assessable'>[];
  /** The assessment the workbook is imported into: a workbook of another one is refused. */
  assessment?: { id: string; reference: string };
}

/** Where a workbook came from, as its hidden sheet says. */
export interface GapWorkbookOrigin {
  assessmentId: string;
  reference: string;
  exportedAt: string | null;
}

/** An offline workbook read back: its requirement rows, where it came from, and every problem found. */
export interface ParsedGapWorkbook {
  fileName: string;
  /** Name of the sheet the requirement rows were read from. */
  sheet: string;
  origin: GapWorkbookOrigin | null;
  rows: GapWorkbookRow[];
  problems: GapWorkbookProblem[];
}

const headerScanRows = 10;
const columnHeaders = Object.entries(gapWorkbookHeaders) as [keyof typeof gapWorkbookHeaders, string][];

const headerKey = (text: string) => text.trim().toLowerCase();

/** The column number of each header in a row, when the row holds every column of the Requirements sheet. */
function headerColumns(row: ExcelJS.Row): Map<string, number> {
  const found = new Map<string, number>();
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const key = headerKey(cellText(cell.value));
    if (key !== '' && !found.has(key)) found.set(key, column);
  });
  return found;
}

interface RequirementsSheet {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  columns: Record<keyof typeof gapWorkbookHeaders, number>;
}

/** Finds the Requirements sheet by its header row (any sheet, any of its first rows), not by position. */
function findRequirementsSheet(workbook: ExcelJS.Workbook): RequirementsSheet | { missing: string[]; sheet: string } {
  let closest: { missing: string[]; sheet: string } = {
    missing: columnHeaders.map(([, header]) => header),
    sheet: '',
  };
  for (const sheet of workbook.worksheets) {
    if (sheet.name === gapWorkbookInfoSheet) continue;
    for (let rowNumber = 1; rowNumber <= Math.min(headerScanRows, sheet.rowCount); rowNumber += 1) {
      const found = headerColumns(sheet.getRow(rowNumber));
      if (!found.has(headerKey(gapWorkbookHeaders.ref))) continue;
      const missing = columnHeaders.filter(([, header]) => !found.has(headerKey(header))).map(([, header]) => header);
      if (missing.length === 0) {
        const columns = Object.fromEntries(
          columnHeaders.map(([key, header]) => [key, found.get(headerKey(header)) ?? 0]),
        ) as RequirementsSheet['columns'];
        return { sheet, headerRow: rowNumber, columns };
      }
      if (missing.length < closest.missing.length) closest = { missing, sheet: sheet.name };
    }
  }
  return closest;
}

/** Reads the hidden sheet: the assessment the workbook belongs to, and each requirement as exported. */
function readOrigin(workbook: ExcelJS.Workbook): {
  origin: GapWorkbookOrigin | null;
  exported: Map<string, { version: number | null; values: GapWorkbookValues | null }>;
} {
  const exported = new Map<string, { version: number | null; values: GapWorkbookValues | null }>();
  const sheet = findSheet(workbook, gapWorkbookInfoSheet);
  if (!sheet) return { origin: null, exported };
  const keys = new Map<string, string>();
  let table = false;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const [first, second, third] = [1, 2, 3].map((column) => cellText(row.getCell(column).value).trim());
    if (first === 'Ref' && second === 'Version') {
      table = true;
      return;
    }
    if (!table) {
      if (first) keys.set(first, second ?? '');
      return;
    }
    if (!first) return;
    const version = Number(second);
    let values: GapWorkbookValues | null = null;
    try {
      const parsed = JSON.parse(third ?? '') as unknown;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
        values = Object.fromEntries(
          gapWorkbookFields.map((field) => [
            field,
            normalizeGapWorkbookValue((parsed as Record<string, unknown>)[field]),
          ]),
        ) as unknown as GapWorkbookValues;
    } catch {
      values = null;
    }
    exported.set(first, { version: Number.isInteger(version) ? version : null, values });
  });
  const assessmentId = keys.get('assessmentId');
  if (keys.get('format') !== gapWorkbookFormat || !assessmentId) return { origin: null, exported: new Map() };
  return {
    origin: { assessmentId, reference: keys.get('reference') ?? '', exportedAt: keys.get('exportedAt') || null },
    exported,
  };
}

/** Restates a refusal of the shared readers (not a zip, not a workbook, zip bomb) in the workbook's problem shape. */
async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbook(bytes, fileName);
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'validation_failed') throw error;
    const problems = (error.details as { problems?: ImportProblem[] } | undefined)?.problems ?? [];
    throw new DomainError('validation_failed', error.message, {
      problems: problems.map((problem): GapWorkbookProblem => ({
        kind: 'workbook',
        sheet: null,
        row: null,
        column: null,
        header: null,
        refId: null,
        message: problem.message,
      })),
    });
  }
}

const workbookProblem = (message: string, sheet: string | null = null): GapWorkbookProblem => ({
  kind: 'workbook',
  sheet,
  row: null,
  column: null,
  header: null,
  refId: null,
  message,
});

/**
 * Reads an offline gap workbook (the XLSX of a stored assessment, edited in a spreadsheet) after the size
 * and zip-bomb checks: finds the Requirements sheet by its header row, reads each requirement's row into
 * typed values, and lists every problem with its row and column — unknown or repeated references, values
 * outside the lists, and not_applicable where ISO/IEC 27001:2022 forbids it or without a justification.
 * A workbook exported from another assessment is refused as a whole.
 */
export async function parseGapWorkbook(
  bytes: Uint8Array,
  fileName: string,
  context: GapWorkbookContext,
): Promise<ParsedGapWorkbook> {
  const workbook = await openWorkbook(bytes, fileName);
  const { origin, exported } = readOrigin(workbook);
  const result: ParsedGapWorkbook = { fileName, sheet: '', origin, rows: [], problems: [] };
  const expected = context.assessment;
  if (expected && !origin) {
    result.problems.push(
      workbookProblem(
        `${fileName} was not exported from a Certa assessment (it has no hidden "${gapWorkbookInfoSheet}" sheet): download the XLSX from ${expected.reference}'s Report menu, edit that workbook and import it`,
      ),
    );
    return result;
  }
  if (expected && origin && origin.assessmentId !== expected.id) {
    result.problems.push(
      workbookProblem(
        `${fileName} belongs to assessment ${origin.reference || origin.assessmentId}, not to ${expected.reference}: import it into its own assessment, or download ${expected.reference}'s workbook`,
      ),
    );
    return result;
  }
  const found = findRequirementsSheet(workbook);
  if (!('headerRow' in found)) {
    result.problems.push(
      workbookProblem(
        found.sheet === ''
          ? `${fileName} has no Requirements sheet: no sheet has a header row with ${columnHeaders.map(([, header]) => header).join(', ')}`
          : `The header row of sheet ${found.sheet} lacks the column${found.missing.length > 1 ? 's' : ''} ${found.missing.join(', ')}: put ${found.missing.length > 1 ? 'them' : 'it'} back as exported`,
        found.sheet || null,
      ),
    );
    return result;
  }
  const { sheet, headerRow, columns } = found;
  result.sheet = sheet.name;
  const nodes = new Map(context.nodes.map((node) => [node.refId, node]));
  const letter = (column: number) => sheet.getColumn(column).letter;
  const columnLetters = Object.fromEntries(gapWorkbookFields.map((field) => [field, letter(columns[field])])) as Record<
    GapWorkbookField,
    string
  >;
  const seen = new Map<string, number>();
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cellOf = (column: number): Cell => {
      const value = row.getCell(column).value;
      return { value, text: cellText(value) };
    };
    const refId = cellOf(columns.ref).text.trim();
    const blank = [columns.ref, ...gapWorkbookFields.map((field) => columns[field])].every(
      (column) => cellOf(column).text.trim() === '',
    );
    if (blank) continue;
    const problemAt = (
      kind: GapWorkbookProblem['kind'],
      column: number,
      message: string,
      header: string,
    ): GapWorkbookProblem => ({
      kind,
      sheet: sheet.name,
      row: rowNumber,
      column: letter(column),
      header,
      refId: refId || null,
      message,
    });
    const refProblem = (kind: GapWorkbookProblem['kind'], message: string) =>
      result.problems.push(problemAt(kind, columns.ref, message, gapWorkbookHeaders.ref));
    const node = nodes.get(refId);
    if (refId === '') {
      refProblem('reference', 'The row has answers but no reference: put the requirement reference back');
      continue;
    }
    if (!node) {
      refProblem('reference', `"${refId}" is not a requirement of this assessment's framework`);
      continue;
    }
    if (!node.assessable) {
      refProblem('reference', `${refId} is a heading or withdrawn: it cannot be assessed`);
      continue;
    }
    const first = seen.get(refId);
    if (first !== undefined) {
      refProblem('duplicate', `${refId} is already on row ${first}: keep one row per requirement`);
      continue;
    }
    seen.set(refId, rowNumber);
    const values: Record<string, unknown> = {};
    let valid = true;
    for (const field of gapWorkbookFields) {
      const read = readField(field, cellOf(columns[field]));
      if ('problem' in read) {
        valid = false;
        result.problems.push(
          problemAt(
            'value',
            columns[field],
            `${refId} ${gapWorkbookHeaders[field]}: ${read.problem}`,
            gapWorkbookHeaders[field],
          ),
        );
      } else values[field] = read.value;
    }
    if (!valid) continue;
    const typed = values as unknown as GapWorkbookValues;
    if (typed.status === 'not_applicable') {
      const isClause = node.kind === 'clause_requirement';
      const problem = notApplicableProblem(refId, isClause, typed.justification);
      if (problem) {
        const field = isClause ? 'status' : 'justification';
        result.problems.push(problemAt('rule', columns[field], problem, gapWorkbookHeaders[field]));
        continue;
      }
    }
    const snapshot = exported.get(refId);
    result.rows.push({
      row: rowNumber,
      refId,
      values: typed,
      exported: snapshot?.values ?? null,
      exportedVersion: snapshot?.version ?? null,
      columns: columnLetters,
    });
  }
  if (result.rows.length === 0 && result.problems.length === 0)
    result.problems.push(workbookProblem(`Sheet ${sheet.name} has no requirement rows`, sheet.name));
  return result;
}
