import { describe, expect, it } from 'vitest';
import type { MappingRelationship } from '../framework/framework-import.ts';
import { pickGapAnswerFields, unansweredGapAnswer, type GapAnswerFields } from './assessment.ts';
import type { ConformityStatus } from './gap-assessment.ts';
import {
  carryOverAnswers,
  countPendingOrigins,
  invertMappingRelationship,
  mappedAnswers,
  mappedStatus,
  type PrefillSource,
  type PrefillTarget,
} from './prefill.ts';

const blank: GapAnswerFields = pickGapAnswerFields(unansweredGapAnswer('a', 'r'));
const source = (requirementId: string, refId: string, fields: Partial<GapAnswerFields>): PrefillSource => ({
  ...blank,
  ...fields,
  requirementId,
  refId,
});
const target = (
  requirementId: string,
  refId: string,
  kind: PrefillTarget['node']['kind'] = 'control',
): PrefillTarget => ({
  requirementId,
  node: { refId, kind, assessable: kind !== 'heading' },
});

describe('carrying answers over from a previous assessment', () => {
  const previous = [
    source('old-1', 'A.5.1', {
      status: 'implemented',
      maturity: 3,
      targetMaturity: 4,
      documentation: 'approved',
      gap: 'Policy not yet signed',
      recommendation: 'Sign it',
      owner: 'CISO',
      effort: 'S',
      notes: 'Seen in the interview',
      priorityOverride: { priority: 'high', reason: 'Board asked' },
    }),
    source('old-2', 'A.7.4', { status: 'not_applicable', justification: 'No premises of our own' }),
    source('old-3', '4.1', { status: 'partially_implemented' }),
    source('old-4', 'A.8.8', {}),
  ];

  it('copies every field but a hand-set priority, by requirement id, and marks each carried over and pending', () => {
    const result = carryOverAnswers(
      'prev',
      previous,
      [target('old-1', 'A.5.1'), target('old-3', '4.1', 'clause_requirement')],
      'id',
    );
    expect(result).toEqual([
      {
        requirementId: 'old-1',
        fields: {
          status: 'implemented',
          maturity: 3,
          targetMaturity: 4,
          documentation: 'approved',
          justification: null,
          gap: 'Policy not yet signed',
          recommendation: 'Sign it',
          owner: 'CISO',
          priorityOverride: null,
          effort: 'S',
          notes: 'Seen in the interview',
        },
        origin: {
          kind: 'carried_over',
          assessmentId: 'prev',
          requirementId: 'old-1',
          relationship: null,
          pending: true,
        },
      },
      expect.objectContaining({
        requirementId: 'old-3',
        fields: expect.objectContaining({ status: 'partially_implemented' }),
      }),
    ]);
  });

  it.each([
    ['matches by reference across versions of the framework', 'refId', target('new-1', 'A.5.1'), 'implemented'],
    ['ignores a reference when matching by id', 'id', target('new-1', 'A.5.1'), undefined],
    ['keeps a justified exclusion of a control', 'refId', target('new-2', 'A.7.4'), 'not_applicable'],
    [
      'turns an exclusion of what is now a clause back to not assessed',
      'refId',
      target('new-2', 'A.7.4', 'clause_requirement'),
      'not_assessed',
    ],
    ['skips headings', 'refId', target('new-1', 'A.5.1', 'heading'), undefined],
    ['skips an answer nobody touched', 'refId', target('new-4', 'A.8.8'), undefined],
    ['skips a requirement the previous assessment did not have', 'refId', target('new-9', 'A.8.99'), undefined],
  ] as const)('%s', (_name, match, node, expected) => {
    const [result] = carryOverAnswers('prev', previous, [node], match);
    expect(result?.fields.status).toBe(expected);
  });
});

describe('pre-filling through mappings', () => {
  it.each<[MappingRelationship, ConformityStatus, ConformityStatus | null]>([
    ['equal', 'implemented', 'implemented'],
    ['equal', 'partially_implemented', 'partially_implemented'],
    ['equal', 'not_implemented', 'not_implemented'],
    ['superset', 'implemented', 'implemented'],
    ['subset', 'implemented', 'partially_implemented'],
    ['subset', 'partially_implemented', 'partially_implemented'],
    ['subset', 'not_implemented', 'not_implemented'],
    ['intersect', 'implemented', 'partially_implemented'],
    ['equal', 'not_applicable', null],
    ['superset', 'not_assessed', null],
    ['intersect', 'not_applicable', null],
  ])('%s from a source %s suggests %s', (relationship, status, expected) => {
    expect(mappedStatus(relationship, status)).toBe(expected);
  });

  const answers = [
    source('s-1', 'AC-1', { status: 'implemented', maturity: 4, owner: 'IT', gap: 'none' }),
    source('s-2', 'AC-2', { status: 'partially_implemented', maturity: 2 }),
    source('s-3', 'AC-3', { status: 'not_applicable', justification: 'n/a' }),
    source('s-4', 'AC-4', { status: 'implemented', maturity: 5 }),
  ];

  it('copies status and maturity for equal, records the source and relationship, and copies nothing else', () => {
    const result = mappedAnswers(
      'src',
      answers,
      [{ sourceRequirementId: 's-1', targetRequirementId: 't-1', relationship: 'equal' }],
      [target('t-1', 'A.5.15')],
    );
    expect(result).toEqual([
      {
        requirementId: 't-1',
        fields: { ...blank, status: 'implemented', maturity: 4 },
        origin: { kind: 'mapped', assessmentId: 'src', requirementId: 's-1', relationship: 'equal', pending: true },
      },
    ]);
  });

  it('suggests partially implemented without maturity for a subset', () => {
    const [result] = mappedAnswers(
      'src',
      answers,
      [{ sourceRequirementId: 's-4', targetRequirementId: 't-1', relationship: 'subset' }],
      [target('t-1', 'A.5.15')],
    );
    expect(result?.fields).toMatchObject({ status: 'partially_implemented', maturity: null });
  });

  it('takes the most conservative of several sources and records the first source giving it', () => {
    const [result] = mappedAnswers(
      'src',
      answers,
      [
        { sourceRequirementId: 's-1', targetRequirementId: 't-1', relationship: 'equal' },
        { sourceRequirementId: 's-2', targetRequirementId: 't-1', relationship: 'equal' },
        { sourceRequirementId: 's-4', targetRequirementId: 't-1', relationship: 'intersect' },
      ],
      [target('t-1', 'A.5.15')],
    );
    expect(result?.fields.status).toBe('partially_implemented');
    expect(result?.origin).toMatchObject({ requirementId: 's-2', relationship: 'equal' });
    expect(result?.fields.maturity).toBe(2);
  });

  it('never carries not applicable across frameworks, nor fills headings or unmapped requirements', () => {
    const result = mappedAnswers(
      'src',
      answers,
      [
        { sourceRequirementId: 's-3', targetRequirementId: 't-1', relationship: 'equal' },
        { sourceRequirementId: 's-1', targetRequirementId: 't-2', relationship: 'equal' },
      ],
      [target('t-1', 'A.7.4'), target('t-2', 'A', 'heading'), target('t-3', 'A.5.1')],
    );
    expect(result).toEqual([]);
  });

  it.each<[MappingRelationship, MappingRelationship]>([
    ['equal', 'equal'],
    ['subset', 'superset'],
    ['superset', 'subset'],
    ['intersect', 'intersect'],
  ])('reads %s backwards as %s', (relationship, inverted) => {
    expect(invertMappingRelationship(relationship)).toBe(inverted);
  });

  it('counts the answers still pending', () => {
    const pending = {
      kind: 'mapped',
      assessmentId: null,
      requirementId: null,
      relationship: null,
      pending: true,
    } as const;
    expect(
      countPendingOrigins([{ origin: pending }, { origin: { ...pending, pending: false } }, { origin: null }, {}]),
    ).toBe(1);
  });
});
