import {
  gapWorkbookFields,
  gapWorkbookFormat,
  gapWorkbookHeaders,
  gapWorkbookInfoSheet,
  isDomainError,
  type AssessmentNode,
  type GapWorkbookProblem,
  type GapWorkbookValues,
} from '@certa/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseGapWorkbook } from './gap-workbook.ts';

const assessment = { id: '6f1c1f5e-4b0a-4d57-9f1e-2d3c4b5a6978', reference: 'GA-2026-03' };

const nodes: Pick<AssessmentNode, 'refId' | 'kind' | 'assessable'>[] = [
  { refId: '5', kind: 'heading', assessable: false },
  { refId: '5.2', kind: 'clause_requirement', assessable: true },
  { refId: '6.1.2', kind: 'clause_requirement', assessable: true },
  { refId: 'A.5.1', kind: 'control', assessable: true },
  { refId: 'A.7.4', kind: 'control', assessable: true },
];

// The Requirements sheet as the renderer writes it (header order of @certa/reports, with columns the
// import ignores: Title, Group, Priority, Evidence).
const headers = [
  gapWorkbookHeaders.ref,
  'Title',
  'Group',
  gapWorkbookHeaders.status,
  gapWorkbookHeaders.maturity,
  gapWorkbookHeaders.targetMaturity,
  gapWorkbookHeaders.documentation,
  'Priority',
  gapWorkbookHeaders.effort,
  gapWorkbookHeaders.owner,
  gapWorkbookHeaders.gap,
  gapWorkbookHeaders.recommendation,
  'Evidence',
  gapWorkbookHeaders.notes,
  gapWorkbookHeaders.justification,
];

type Row = [
  ref: string,
  status: unknown,
  maturity?: unknown,
  target?: unknown,
  documentation?: unknown,
  effort?: unknown,
  owner?: unknown,
  gap?: unknown,
  recommendation?: unknown,
  notes?: unknown,
  justification?: unknown,
];

const exportedRows: Row[] = [
  ['5.2', 'partially_implemented', 2, 3, 'draft', 'M', 'CISO', 'Policy not approved', 'Board approval', null, null],
  ['6.1.2', 'not_implemented', null, null, 'missing', null, null, null, null, null, null],
  ['A.5.1', 'implemented', 3, 3, 'approved', null, null, null, null, 'Checked in March', null],
  ['A.7.4', 'not_applicable', null, null, null, null, null, null, null, null, 'No premises of our own'],
];

const valuesOf = ([
  ,
  status,
  maturity,
  target,
  documentation,
  effort,
  owner,
  gap,
  recommendation,
  notes,
  justification,
]: Row) =>
  ({
    status,
    maturity: maturity ?? null,
    targetMaturity: target ?? null,
    documentation: documentation ?? null,
    effort: effort ?? null,
    owner: owner ?? null,
    gap: gap ?? null,
    recommendation: recommendation ?? null,
    notes: notes ?? null,
    justification: justification ?? null,
  }) as GapWorkbookValues;

interface BuildOptions {
  rows?: Row[];
  origin?: { id: string; reference: string } | null;
  /** Rows written above the header row. */
  preamble?: string[];
  headers?: string[];
  /** Sheets added before the Requirements sheet. */
  before?: string[];
}

async function buildWorkbook(options: BuildOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const name of options.before ?? []) workbook.addWorksheet(name).addRow(['Figure', 'Value']);
  const sheet = workbook.addWorksheet('My edits');
  for (const line of options.preamble ?? []) sheet.addRow([line]);
  sheet.addRow(options.headers ?? headers);
  for (const [
    ref,
    status,
    maturity,
    target,
    documentation,
    effort,
    owner,
    gap,
    recommendation,
    notes,
    justification,
  ] of options.rows ?? exportedRows)
    sheet.addRow([
      ref,
      'Title',
      '5',
      status,
      maturity,
      target,
      documentation,
      'high',
      effort,
      owner,
      gap,
      recommendation,
      'evidence',
      notes,
      justification,
    ]);
  const origin = options.origin === undefined ? assessment : options.origin;
  if (origin) {
    const info = workbook.addWorksheet(gapWorkbookInfoSheet, { state: 'hidden' });
    info.addRows([
      ['Key', 'Value'],
      ['format', gapWorkbookFormat],
      ['assessmentId', origin.id],
      ['reference', origin.reference],
      ['exportedAt', '2026-01-15T09:00:00.000Z'],
      [],
      ['Ref', 'Version', 'Exported values'],
      ...exportedRows.map((row, index) => [row[0], index + 1, JSON.stringify(valuesOf(row))]),
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const parse = async (bytes: Uint8Array) => parseGapWorkbook(bytes, 'edited.xlsx', { nodes, assessment });
const locate = (problem: GapWorkbookProblem) =>
  `${problem.kind} ${problem.row ?? '-'}${problem.column ?? ''} ${problem.header ?? ''}: ${problem.message}`;

describe('parseGapWorkbook', () => {
  it('finds the requirements sheet by its header row and reads every row with its exported values', async () => {
    const parsed = await parse(await buildWorkbook({ before: ['Summary', 'Scores'], preamble: ['Edited offline'] }));
    expect(parsed.problems).toEqual([]);
    expect(parsed).toMatchObject({
      sheet: 'My edits',
      origin: { assessmentId: assessment.id, reference: 'GA-2026-03' },
    });
    expect(parsed.rows.map((row) => [row.refId, row.row, row.exportedVersion])).toEqual([
      ['5.2', 3, 1],
      ['6.1.2', 4, 2],
      ['A.5.1', 5, 3],
      ['A.7.4', 6, 4],
    ]);
    const policy = parsed.rows[0];
    expect(policy?.values).toEqual(valuesOf(exportedRows[0] as Row));
    expect(policy?.exported).toEqual(policy?.values);
    expect(policy?.columns).toMatchObject({ status: 'D', targetMaturity: 'F', notes: 'N', justification: 'O' });
  });

  it('reads values as people type them: labels for statuses, numbers as text, any case, empty cells as nothing', async () => {
    const parsed = await parse(
      await buildWorkbook({
        rows: [
          [
            '5.2',
            'Partially implemented',
            '3',
            ' 4 ',
            'Approved',
            'xl',
            '  Olivia ',
            '',
            null,
            'line one\r\nline two',
            null,
          ],
        ],
      }),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]?.values).toEqual({
      status: 'partially_implemented',
      maturity: 3,
      targetMaturity: 4,
      documentation: 'approved',
      effort: 'XL',
      owner: 'Olivia',
      gap: null,
      recommendation: null,
      notes: 'line one\nline two',
      justification: null,
    });
  });

  it('reports every problem with its row and column (letter and header)', async () => {
    const parsed = await parse(
      await buildWorkbook({
        rows: [
          ['5.2', 'done'],
          ['6.1.2', 'not_applicable', null, null, null, null, null, null, null, null, 'We do not do risk'],
          ['A.5.1', 'implemented', 7, 'three', 'final', 'XXL'],
          ['A.7.4', 'not_applicable'],
          ['A.7.4', 'implemented'],
          ['A.9.9', 'implemented'],
          ['5', 'implemented'],
          ['', 'implemented'],
          ['5.2', 'implemented'],
          ['A.5.1', 'implemented', null, null, null, null, 'x'.repeat(201)],
        ],
      }),
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map(locate)).toEqual([
      'value 2D Status: 5.2 Status: "done" is not a status: use not_assessed, not_implemented, partially_implemented, implemented or not_applicable',
      'rule 3D Status: 6.1.2 is a management-system requirement: clauses 4 to 10 are all mandatory and cannot be not applicable',
      'value 4E Maturity: A.5.1 Maturity: "7" is not a maturity level: use a whole number from 0 to 5, or leave it empty',
      'value 4F Target: A.5.1 Target: "three" is not a maturity level: use a whole number from 0 to 5, or leave it empty',
      'value 4G Documentation: A.5.1 Documentation: "final" is not a documentation state: use missing, draft or approved, or leave it empty',
      'value 4I Effort: A.5.1 Effort: "XXL" is not an effort: use S, M, L or XL, or leave it empty',
      'rule 5O Justification: A.7.4 is not applicable: say why in a justification',
      'duplicate 6A Ref: A.7.4 is already on row 5: keep one row per requirement',
      'reference 7A Ref: "A.9.9" is not a requirement of this assessment\'s framework',
      'reference 8A Ref: 5 is a heading or withdrawn: it cannot be assessed',
      'reference 9A Ref: The row has answers but no reference: put the requirement reference back',
      'duplicate 10A Ref: 5.2 is already on row 2: keep one row per requirement',
      'duplicate 11A Ref: A.5.1 is already on row 4: keep one row per requirement',
    ]);
    expect(parsed.problems.every((problem) => problem.sheet === 'My edits')).toBe(true);
  });

  it('reports text longer than the answer form allows', async () => {
    const parsed = await parse(
      await buildWorkbook({ rows: [['A.5.1', 'implemented', null, null, null, null, 'x'.repeat(201)]] }),
    );
    expect(parsed.problems.map(locate)).toEqual([
      'value 2J Owner: A.5.1 Owner: is 201 characters long; at most 200 are allowed',
    ]);
  });

  it('refuses a workbook exported from another assessment, or not from an assessment at all', async () => {
    const foreign = await parse(await buildWorkbook({ origin: { id: crypto.randomUUID(), reference: 'GA-2025-07' } }));
    expect(foreign.rows).toEqual([]);
    expect(foreign.problems.map((problem) => [problem.kind, problem.message])).toEqual([
      [
        'workbook',
        "edited.xlsx belongs to assessment GA-2025-07, not to GA-2026-03: import it into its own assessment, or download GA-2026-03's workbook",
      ],
    ]);
    const offline = await parse(await buildWorkbook({ origin: null }));
    expect(offline.problems[0]?.message).toMatch(/was not exported from a Certa assessment/);
  });

  it('names the columns a Requirements sheet lacks', async () => {
    const parsed = await parse(
      await buildWorkbook({ headers: headers.filter((header) => header !== 'Notes' && header !== 'Effort') }),
    );
    expect(parsed.problems.map((problem) => problem.message)).toEqual([
      'The header row of sheet My edits lacks the columns Effort, Notes: put them back as exported',
    ]);
  });

  it('refuses bytes that are not a workbook with a workbook problem', async () => {
    const error = await parse(new TextEncoder().encode('Ref,Status\n5.2,implemented\n')).catch(
      (caught: unknown) => caught,
    );
    expect(isDomainError(error) && error.code).toBe('validation_failed');
    const details = (error as { details: { problems: GapWorkbookProblem[] } }).details;
    expect(details.problems[0]).toMatchObject({
      kind: 'workbook',
      row: null,
      message: expect.stringMatching(/not a zip/),
    });
  });

  it('reads every field the import can change', () => {
    expect(Object.keys(gapWorkbookHeaders).filter((key) => key !== 'ref')).toEqual([...gapWorkbookFields]);
  });
});
