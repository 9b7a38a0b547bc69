import { describe, expect, it } from 'vitest';
import { gapAnswersFileSchema, gapAnswersJsonSchema, requirementAnswerFromFile } from './gap-answers.schemas.ts';

const file = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  organization: 'Acme Ltd',
  scope: 'The SaaS platform',
  date: '2026-01-15',
  answers,
  ...extra,
});

const issuesOf = (value: unknown) =>
  gapAnswersFileSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('/'), issue.code]) ?? [];

describe('the answers file schema', () => {
  it('accepts a complete file and defaults the framework to ISO/IEC 27001:2022', () => {
    const parsed = gapAnswersFileSchema.parse(
      file(
        {
          'A.5.1': {
            status: 'implemented',
            maturity: 3,
            target: 4,
            documentation: 'approved',
            owner: 'CISO',
            evidence: ['POL-001 v2'],
            effort: 'S',
            priority: 'low',
            priorityReason: 'Already audited',
            gap: 'Not reviewed this year',
            recommendation: 'Review annually',
            notes: null,
          },
          'A.7.4': { status: 'not_applicable', justification: 'No premises' },
        },
        { targetCertificationDate: '2026-12-01', assessors: ['Jane Doe'] },
      ),
    );
    expect(parsed.framework).toBe('iso27001-2022');
    expect(requirementAnswerFromFile(parsed.answers['A.5.1'] ?? { status: 'not_assessed' })).toMatchObject({
      status: 'implemented',
      maturity: 3,
      targetMaturity: 4,
      evidence: ['POL-001 v2'],
      notes: null,
    });
  });

  it.each([
    ['an unknown field', { 'A.5.1': { status: 'implemented', colour: 'red' } }, 'answers/A.5.1', 'unrecognized_keys'],
    ['an unknown status', { 'A.5.1': { status: 'done' } }, 'answers/A.5.1/status', 'invalid_value'],
    ['a missing status', { 'A.5.1': { maturity: 2 } }, 'answers/A.5.1/status', 'invalid_value'],
    ['maturity 6', { 'A.5.1': { status: 'implemented', maturity: 6 } }, 'answers/A.5.1/maturity', 'too_big'],
    ['maturity 2.5', { 'A.5.1': { status: 'implemented', target: 2.5 } }, 'answers/A.5.1/target', 'invalid_type'],
    [
      'not applicable without justification',
      { 'A.7.4': { status: 'not_applicable' } },
      'answers/A.7.4/status',
      'custom',
    ],
    [
      'not applicable with a blank justification',
      { 'A.7.4': { status: 'not_applicable', justification: '  ' } },
      'answers/A.7.4/justification',
      'too_small',
    ],
    [
      'a priority without a reason',
      { 'A.5.1': { status: 'not_implemented', priority: 'high' } },
      'answers/A.5.1/priority',
      'custom',
    ],
    [
      'an effort outside S–XL',
      { 'A.5.1': { status: 'not_implemented', effort: 'XXL' } },
      'answers/A.5.1/effort',
      'invalid_value',
    ],
  ])('refuses %s', (_name, answers, path, code) => {
    expect(issuesOf(file(answers))).toContainEqual([path, code]);
  });

  it.each([
    ['an impossible date', { date: '2026-02-30' }, 'date'],
    ['a target before the assessment', { targetCertificationDate: '2025-12-01' }, 'targetCertificationDate'],
    ['an unknown top-level field', { colour: 'red' }, ''],
    ['a blank organisation', { organization: ' ' }, 'organization'],
  ])('refuses %s', (_name, extra, path) => {
    expect(issuesOf(file({}, extra)).map(([where]) => where)).toContain(path);
  });
});

describe('gapAnswersJsonSchema', () => {
  const schema = gapAnswersJsonSchema() as {
    $schema: string;
    required: string[];
    properties: Record<string, { default?: unknown; additionalProperties?: Record<string, unknown> }>;
  };

  it('is a draft 2020-12 schema of the file, the framework optional with its default', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['organization', 'scope', 'date', 'answers']);
    expect(schema.properties.framework?.default).toBe('iso27001-2022');
  });

  it('describes an answer strictly, with the cross-field rules as if/then', () => {
    const answer = schema.properties.answers?.additionalProperties as {
      additionalProperties: boolean;
      required: string[];
      allOf: { then: { required: string[] } }[];
    };
    expect(answer.additionalProperties).toBe(false);
    expect(answer.required).toEqual(['status']);
    expect(answer.allOf.map((rule) => rule.then.required)).toEqual([['justification'], ['priorityReason']]);
  });
});
