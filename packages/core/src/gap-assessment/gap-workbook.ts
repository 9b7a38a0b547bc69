import type { AssessmentNode } from './assessment-nodes.ts';
import {
  applyGapAnswerPatch,
  gapAnswerProblems,
  type GapAnswerFields,
  type GapAnswerPatch,
  type GapAssessmentAnswer,
} from './assessment.ts';
import {
  conformityStatuses,
  documentationStates,
  efforts,
  type ConformityStatus,
  type DocumentationState,
  type Effort,
} from './gap-assessment.ts';

// The offline workbook (the XLSX gap report rendered from a stored assessment) is written by @certa/reports
// and read back by @certa/interop; this file is the contract both follow, and the pure merge rules.

/** The answer fields the Requirements sheet carries and an import may change, in sheet order. */
export const gapWorkbookFields = [
  'status',
  'maturity',
  'targetMaturity',
  'documentation',
  'effort',
  'owner',
  'gap',
  'recommendation',
  'notes',
  'justification',
] as const satisfies readonly (keyof GapAnswerFields)[];

/** One field of the offline workbook. */
export type GapWorkbookField = (typeof gapWorkbookFields)[number];

/** The values of one requirement's row, as the workbook holds them. */
export type GapWorkbookValues = Pick<GapAnswerFields, GapWorkbookField>;

/** The header of each field's column in the Requirements sheet (the sheet is found by these, not by position). */
export const gapWorkbookHeaders: Readonly<Record<'ref' | GapWorkbookField, string>> = {
  ref: 'Ref',
  status: 'Status',
  maturity: 'Maturity',
  targetMaturity: 'Target',
  documentation: 'Documentation',
  effort: 'Effort',
  owner: 'Owner',
  gap: 'Gap',
  recommendation: 'Recommendation',
  notes: 'Notes',
  justification: 'Justification',
};

/** Longest text each text field accepts (the same limits as the answer form and the API). */
export const gapWorkbookTextLimits: Readonly<
  Record<'owner' | 'gap' | 'recommendation' | 'notes' | 'justification', number>
> = {
  owner: 200,
  gap: 4000,
  recommendation: 4000,
  notes: 10_000,
  justification: 4000,
};

/** Name of the hidden sheet that ties a workbook to its assessment. */
export const gapWorkbookInfoSheet = 'Certa';

/** What the hidden sheet says its format is. */
export const gapWorkbookFormat = 'certa-gap-workbook/1';

/** The stored assessment a workbook was exported from, and each requirement as it was exported. */
export interface GapWorkbookSource {
  assessmentId: string;
  reference: string;
  /** When the workbook was exported (ISO timestamp). */
  exportedAt: string;
  /** Version of each requirement's answer at export, by reference (0 when never answered). */
  versions: Readonly<Record<string, number>>;
}

/** The values of a report row as the workbook writes them: documentation `not_recorded` is an empty cell. */
export function gapWorkbookValuesOf(row: {
  status: ConformityStatus;
  maturity: number | null;
  target: number | null;
  documentation: DocumentationState | 'not_recorded' | null;
  effort: Effort | null;
  owner: string | null;
  gap: string | null;
  recommendation: string | null;
  notes: string | null;
  justification: string | null;
}): GapWorkbookValues {
  return {
    status: row.status,
    maturity: row.maturity,
    targetMaturity: row.target,
    documentation: row.documentation === 'not_recorded' ? null : row.documentation,
    effort: row.effort,
    owner: row.owner,
    gap: row.gap,
    recommendation: row.recommendation,
    notes: row.notes,
    justification: row.justification,
  };
}

/** A cell value as an import compares it: text trimmed with Windows line ends made plain, empty as null. */
export function normalizeGapWorkbookValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

/** Reads a status as people type it: `partially implemented`, `Partially-Implemented` → `partially_implemented`. */
export function parseConformityStatus(text: string): ConformityStatus | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (conformityStatuses as readonly string[]).includes(key) ? (key as ConformityStatus) : undefined;
}

/** Reads a documentation state, ignoring case. */
export function parseDocumentationState(text: string): DocumentationState | undefined {
  const key = text.trim().toLowerCase();
  return (documentationStates as readonly string[]).includes(key) ? (key as DocumentationState) : undefined;
}

/** Reads an effort size, ignoring case. */
export function parseEffort(text: string): Effort | undefined {
  const key = text.trim().toUpperCase();
  return (efforts as readonly string[]).includes(key) ? (key as Effort) : undefined;
}

/** Where a problem of a workbook is: sheet, row and column (letter and header), and the requirement. */
export interface GapWorkbookProblem {
  /** What kind of problem: a value that is not allowed, an unknown or repeated requirement, a rule of the standard, the workbook itself, or a change made in Certa since the export. */
  kind: 'value' | 'reference' | 'duplicate' | 'rule' | 'workbook' | 'conflict';
  sheet: string | null;
  /** Row number as the spreadsheet shows it (1 is the header), null for the whole workbook. */
  row: number | null;
  /** Column letter, e.g. `D`. */
  column: string | null;
  /** Column header, e.g. `Status`. */
  header: string | null;
  refId: string | null;
  message: string;
}

/** One requirement row read from the workbook. */
export interface GapWorkbookRow {
  row: number;
  refId: string;
  values: GapWorkbookValues;
  /** The row's values when it was exported (from the hidden sheet), null when the sheet does not list it. */
  exported: GapWorkbookValues | null;
  /** The answer's version when it was exported, null when unknown. */
  exportedVersion: number | null;
  /** Column letter of each field, to point at the cell to fix. */
  columns: Readonly<Record<GapWorkbookField, string>>;
}

/** One answer an import changes. */
export interface GapWorkbookChange {
  refId: string;
  /** The fields that change, in sheet order. */
  fields: GapWorkbookField[];
  patch: GapAnswerPatch;
  /** The version the change is written on. */
  version: number;
  next: GapAnswerFields;
}

/** What an import would do: the answers that change and how many rows change nothing, or every problem. */
export interface GapWorkbookPlan {
  changes: GapWorkbookChange[];
  unchanged: number;
  problems: GapWorkbookProblem[];
}

const same = (left: unknown, right: unknown) => normalizeGapWorkbookValue(left) === normalizeGapWorkbookValue(right);

/**
 * Plans an import by a three-way comparison of each row with what was exported and what is stored now:
 * a field counts as edited only when the workbook differs from its exported value (so a row nobody touched
 * never undoes a change made in Certa meanwhile), and an edited field that was also changed in Certa since
 * the export, to another value, is a conflict — reported on its cell, never overwritten. The merged answer
 * must still follow the rules of the standard (`gapAnswerProblems`).
 */
export function planGapWorkbookImport(
  rows: readonly GapWorkbookRow[],
  nodes: ReadonlyMap<string, Pick<AssessmentNode, 'refId' | 'kind'>>,
  current: ReadonlyMap<string, GapAssessmentAnswer>,
  sheet: string,
): GapWorkbookPlan {
  const plan: GapWorkbookPlan = { changes: [], unchanged: 0, problems: [] };
  for (const row of rows) {
    const node = nodes.get(row.refId);
    const stored = current.get(row.refId);
    if (!node || !stored) continue;
    const at = (field: GapWorkbookField) => ({
      sheet,
      row: row.row,
      column: row.columns[field],
      header: gapWorkbookHeaders[field],
      refId: row.refId,
    });
    const patch: GapAnswerPatch = {};
    const conflicts: GapWorkbookProblem[] = [];
    for (const field of gapWorkbookFields) {
      const mine = row.values[field];
      const exported = row.exported ? row.exported[field] : stored[field];
      if (same(mine, exported) || same(mine, stored[field])) continue;
      if (row.exported && !same(stored[field], exported))
        conflicts.push({
          ...at(field),
          kind: 'conflict',
          message: `${row.refId} ${gapWorkbookHeaders[field]} was changed in Certa after this workbook was exported (now ${JSON.stringify(stored[field])}, exported ${JSON.stringify(exported)}): download a fresh workbook, or set this cell back`,
        });
      else Object.assign(patch, { [field]: mine });
    }
    if (conflicts.length > 0) {
      plan.problems.push(...conflicts);
      continue;
    }
    const fields = gapWorkbookFields.filter((field) => Object.hasOwn(patch, field));
    if (fields.length === 0) {
      plan.unchanged += 1;
      continue;
    }
    const next = applyGapAnswerPatch(stored, patch);
    const issues = gapAnswerProblems(node, next);
    if (issues.length > 0) {
      for (const issue of issues) {
        const field = (gapWorkbookFields as readonly string[]).includes(issue.path)
          ? (issue.path as GapWorkbookField)
          : 'status';
        plan.problems.push({ ...at(field), kind: 'rule', message: issue.message });
      }
      continue;
    }
    plan.changes.push({ refId: row.refId, fields, patch, version: stored.version, next });
  }
  return plan;
}
