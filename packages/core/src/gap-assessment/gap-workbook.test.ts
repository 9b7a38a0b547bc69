import { describe, expect, it } from 'vitest';
import type { AssessmentNode } from './assessment-nodes.ts';
import { unansweredGapAnswer, type GapAssessmentAnswer } from './assessment.ts';
import {
  gapWorkbookFields,
  gapWorkbookValuesOf,
  normalizeGapWorkbookValue,
  parseConformityStatus,
  planGapWorkbookImport,
  type GapWorkbookField,
  type GapWorkbookRow,
  type GapWorkbookValues,
} from './gap-workbook.ts';

const nodes = new Map<string, Pick<AssessmentNode, 'refId' | 'kind'>>([
  ['5.2', { refId: '5.2', kind: 'clause_requirement' }],
  ['A.5.1', { refId: 'A.5.1', kind: 'control' }],
]);

const stored = (refId: string, fields: Partial<GapAssessmentAnswer> = {}): GapAssessmentAnswer => ({
  ...unansweredGapAnswer('assessment', `req-${refId}`),
  status: 'partially_implemented',
  maturity: 2,
  owner: 'CISO',
  version: 3,
  ...fields,
});

const valuesOf = (answer: GapAssessmentAnswer): GapWorkbookValues =>
  Object.fromEntries(gapWorkbookFields.map((field) => [field, answer[field]])) as unknown as GapWorkbookValues;

const columns = Object.fromEntries(
  gapWorkbookFields.map((field, index) => [field, String.fromCharCode(68 + index)]),
) as Record<GapWorkbookField, string>;

function row(refId: string, exported: GapAssessmentAnswer, edits: Partial<GapWorkbookValues>): GapWorkbookRow {
  return {
    row: 2,
    refId,
    values: { ...valuesOf(exported), ...edits },
    exported: valuesOf(exported),
    exportedVersion: exported.version,
    columns,
  };
}

const plan = (rows: GapWorkbookRow[], current: GapAssessmentAnswer[]) =>
  planGapWorkbookImport(
    rows,
    nodes,
    new Map(current.map((answer, index) => [rows[index]?.refId ?? '', answer])),
    'Requirements',
  );

describe('planGapWorkbookImport', () => {
  it('changes only the fields edited in the workbook, on the stored version', () => {
    const answer = stored('5.2');
    const result = plan([row('5.2', answer, { status: 'implemented', notes: 'Approved in March' })], [answer]);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([
      expect.objectContaining({
        refId: '5.2',
        fields: ['status', 'notes'],
        patch: { status: 'implemented', notes: 'Approved in March' },
        version: 3,
      }),
    ]);
    expect(result.changes[0]?.next).toMatchObject({ status: 'implemented', maturity: 2, owner: 'CISO' });
  });

  it('counts a row nobody edited as unchanged, even when Certa changed it since the export', () => {
    const exported = stored('5.2');
    const now = stored('5.2', { status: 'implemented', version: 4 });
    expect(plan([row('5.2', exported, {})], [now])).toEqual({ changes: [], unchanged: 1, problems: [] });
  });

  it('merges an edit of one field with a change of another made in Certa since the export', () => {
    const exported = stored('5.2');
    const now = stored('5.2', { owner: 'Olivia', version: 4 });
    const result = plan([row('5.2', exported, { maturity: 3 })], [now]);
    expect(result.changes[0]).toMatchObject({
      fields: ['maturity'],
      version: 4,
      next: { maturity: 3, owner: 'Olivia' },
    });
  });

  it('reports a conflict on the cell when the same field was changed in Certa to another value', () => {
    const exported = stored('5.2');
    const now = stored('5.2', { status: 'not_implemented', version: 4 });
    const result = plan([row('5.2', exported, { status: 'implemented' })], [now]);
    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'conflict', row: 2, column: 'D', header: 'Status', refId: '5.2' }),
    ]);
    expect(result.problems[0]?.message).toMatch(/changed in Certa after this workbook was exported/);
  });

  it('accepts an edit that already matches what Certa holds now', () => {
    const exported = stored('5.2');
    const now = stored('5.2', { status: 'implemented', version: 4 });
    expect(plan([row('5.2', exported, { status: 'implemented' })], [now])).toMatchObject({ changes: [], unchanged: 1 });
  });

  it('applies the rules of the standard to the merged answer', () => {
    const exported = stored('A.5.1', { justification: 'Kept for the record' });
    const now = stored('A.5.1', { justification: null, version: 4 });
    // The workbook sets not_applicable; meanwhile Certa cleared the justification the row still shows.
    const result = plan([row('A.5.1', exported, { status: 'not_applicable' })], [now]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'rule',
        header: 'Justification',
        message: 'A.5.1 is not applicable: say why in a justification',
      }),
    ]);
  });

  it('does not take a documentation state the report derived (missing) as an edit', () => {
    const answer = stored('5.2', { status: 'not_implemented', documentation: null });
    const exported = gapWorkbookValuesOf({
      status: 'not_implemented',
      maturity: 2,
      target: null,
      documentation: 'missing',
      effort: null,
      owner: 'CISO',
      gap: null,
      recommendation: null,
      notes: null,
      justification: null,
    });
    const edited: GapWorkbookRow = { ...row('5.2', answer, {}), exported, values: { ...exported, gap: 'No method' } };
    expect(plan([edited], [answer]).changes[0]).toMatchObject({ fields: ['gap'], next: { documentation: null } });
  });
});

describe('workbook values', () => {
  it.each([
    ['  text \r\n more ', 'text \n more'],
    ['', null],
    [undefined, null],
    [3, 3],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeGapWorkbookValue(input)).toBe(expected);
  });

  it.each([
    ['Partially implemented', 'partially_implemented'],
    ['NOT-APPLICABLE', 'not_applicable'],
    ['done', undefined],
  ])('reads the status %j', (input, expected) => {
    expect(parseConformityStatus(input)).toBe(expected);
  });
});
