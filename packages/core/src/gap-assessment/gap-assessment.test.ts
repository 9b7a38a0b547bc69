import { describe, expect, it } from 'vitest';
import {
  answerFor,
  computePriority,
  documentationFinding,
  maturityGap,
  notApplicableProblem,
  priorityOverrideProblem,
  roundScore,
  statusWeights,
  type PriorityInput,
  type PriorityRule,
  type Priority,
} from './gap-assessment.ts';

describe('status weights', () => {
  it('count implemented 1, partially implemented 0.5, not implemented 0 and leave the rest out', () => {
    expect(statusWeights).toEqual({
      implemented: 1,
      partially_implemented: 0.5,
      not_implemented: 0,
      not_applicable: null,
      not_assessed: null,
    });
  });
});

describe('roundScore', () => {
  it.each([
    [6.25, 6.3],
    [-6.25, -6.3],
    [0.05, 0.1],
    [6.24, 6.2],
    [200 / 3, 66.7],
    [0.1 + 0.2, 0.3],
    [12.35, 12.4],
    [57.14285714, 57.1],
    [-0.04, 0],
    [100, 100],
  ])('rounds %s half away from zero to %s', (value, expected) => {
    expect(roundScore(value)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundScore(-0.04), 0)).toBe(true);
  });
});

describe('maturityGap', () => {
  it.each([
    [1, 4, 3],
    [3, 3, 0],
    [4, 2, 0],
    [0, 5, 5],
    [null, 3, null],
    [2, undefined, null],
  ])('from %s to target %s is %s', (current, target, expected) => {
    expect(maturityGap(current, target)).toBe(expected);
  });
});

describe('notApplicableProblem', () => {
  it.each([
    ['4.1', true, 'justified', /clauses 4 to 10 are all mandatory/],
    ['10.2', true, undefined, /cannot be not applicable/],
    ['A.7.4', false, '', /justification/],
    ['A.7.4', false, '   ', /justification/],
    ['A.7.4', false, null, /justification/],
  ] as const)('refuses %s (clause: %s, justification %j)', (refId, clause, justification, message) => {
    expect(notApplicableProblem(refId, clause, justification)).toMatch(message);
  });

  it('accepts an Annex A control excluded with a justification', () => {
    expect(notApplicableProblem('A.7.4', false, 'We have no premises of our own')).toBeNull();
  });
});

describe('priorityOverrideProblem', () => {
  it.each([
    ['high', 'Regulator asked', null],
    ['low', '', 'needs a reason'],
    ['medium', undefined, 'needs a reason'],
    [null, undefined, null],
  ] as const)('priority %s with reason %j', (priority, reason, problem) => {
    const result = priorityOverrideProblem(priority, reason);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

describe('documentationFinding', () => {
  it.each([
    [{ status: 'implemented', documentation: 'approved' }, 'approved'],
    [{ status: 'implemented', documentation: 'draft' }, 'draft'],
    [{ status: 'not_implemented' }, 'missing'],
    [{ status: 'partially_implemented' }, 'not_recorded'],
    [{ status: 'implemented' }, 'not_recorded'],
    [undefined, 'not_recorded'],
  ] as const)('of %j is %s', (answer, expected) => {
    expect(documentationFinding(answer)).toBe(expected);
  });
});

describe('answerFor', () => {
  it('never returns inherited properties for references such as "constructor"', () => {
    expect(answerFor({}, 'constructor')).toBeUndefined();
    expect(answerFor({ 'A.5.1': { status: 'implemented' } }, 'A.5.1')).toEqual({ status: 'implemented' });
  });
});

const base = { kind: 'control', documentedInformationRequired: false } as const;

describe('computePriority', () => {
  it.each<[string, PriorityInput, Priority | null, PriorityRule | null]>([
    [
      'a clause not implemented',
      { ...base, kind: 'clause_requirement', status: 'not_implemented' },
      'high',
      'clause_not_implemented',
    ],
    [
      'an implemented clause whose required document is missing',
      {
        ...base,
        kind: 'clause_requirement',
        status: 'implemented',
        documentedInformationRequired: true,
        documentation: 'missing',
      },
      'high',
      'required_documentation_missing',
    ],
    [
      'a control whose required document is missing',
      { ...base, status: 'partially_implemented', documentedInformationRequired: true, documentation: 'missing' },
      'high',
      'required_documentation_missing',
    ],
    [
      'a control not implemented, no target recorded (3 assumed)',
      { ...base, status: 'not_implemented' },
      'high',
      'control_not_implemented',
    ],
    [
      'a control not implemented with target 3',
      { ...base, status: 'not_implemented', targetMaturity: 3 },
      'high',
      'control_not_implemented',
    ],
    [
      'a clause partially implemented',
      { ...base, kind: 'clause_requirement', status: 'partially_implemented' },
      'medium',
      'clause_partially_implemented',
    ],
    [
      'a control not implemented with target 2 and gap 2',
      { ...base, status: 'not_implemented', maturity: 0, targetMaturity: 2 },
      'medium',
      'large_maturity_gap',
    ],
    [
      'a control partially implemented with gap 3',
      { ...base, status: 'partially_implemented', maturity: 1, targetMaturity: 4 },
      'medium',
      'large_maturity_gap',
    ],
    [
      'an implemented control whose required document is a draft',
      { ...base, status: 'implemented', documentedInformationRequired: true, documentation: 'draft' },
      'medium',
      'required_documentation_draft',
    ],
    [
      'a control not implemented with target 1',
      { ...base, status: 'not_implemented', maturity: 0, targetMaturity: 1 },
      'low',
      'other_gap',
    ],
    [
      'a control partially implemented with gap 1',
      { ...base, status: 'partially_implemented', maturity: 2, targetMaturity: 3 },
      'low',
      'other_gap',
    ],
    [
      'an implemented control with a maturity gap',
      { ...base, status: 'implemented', maturity: 2, targetMaturity: 4 },
      'low',
      'other_gap',
    ],
    [
      'an implemented control whose required document is not recorded',
      { ...base, status: 'implemented', documentedInformationRequired: true },
      'low',
      'other_gap',
    ],
    [
      'an implemented control without gap',
      { ...base, status: 'implemented', maturity: 4, targetMaturity: 3 },
      null,
      null,
    ],
    [
      'an implemented control with its document approved',
      { ...base, status: 'implemented', documentedInformationRequired: true, documentation: 'approved' },
      null,
      null,
    ],
    ['a control not applicable', { ...base, status: 'not_applicable', maturity: 0, targetMaturity: 5 }, null, null],
    ['a requirement not assessed', { ...base, kind: 'clause_requirement', status: 'not_assessed' }, null, null],
    ['a heading', { ...base, kind: 'heading', status: 'not_implemented' }, null, null],
  ])('gives %s priority %s', (_name, input, priority, rule) => {
    const result = computePriority(input);
    expect(result).toMatchObject({ computed: priority, effective: priority, rule, overridden: false });
    expect(result.reason === null).toBe(rule === null);
  });

  it('lets an override with a reason win, keeping the computed priority', () => {
    const result = computePriority({
      ...base,
      status: 'not_implemented',
      override: { priority: 'low', reason: 'Compensating control in place' },
    });
    expect(result).toEqual({
      computed: 'high',
      effective: 'low',
      rule: 'control_not_implemented',
      reason: 'Compensating control in place',
      overridden: true,
    });
  });

  it('ignores an override without a reason', () => {
    const result = computePriority({ ...base, status: 'not_implemented', override: { priority: 'low', reason: ' ' } });
    expect(result).toMatchObject({ computed: 'high', effective: 'high', overridden: false });
  });

  it('gives a priority to a requirement with no gap when the assessor sets one', () => {
    const result = computePriority({
      ...base,
      status: 'implemented',
      override: { priority: 'medium', reason: 'Audit focus this year' },
    });
    expect(result).toMatchObject({ computed: null, effective: 'medium', rule: null, overridden: true });
  });
});
