import { DomainError, type ImportProblem } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { parseGapAnswers } from './gap-answers.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The error a refused file raises. */
function refusal(text: string | Uint8Array, fileName = 'answers.yaml'): DomainError {
  try {
    parseGapAnswers(typeof text === 'string' ? bytes(text) : text, fileName);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const problemsOf = (error: DomainError) => (error.details as { problems: ImportProblem[] }).problems;

const header = 'organization: Acme Ltd\nscope: The SaaS platform\ndate: 2026-01-15\n';

describe('parseGapAnswers', () => {
  it('reads a YAML file and points back to the line of each answer', () => {
    const parsed = parseGapAnswers(
      bytes(
        `${header}answers:\n  4.1:\n    status: implemented\n  A.5.1: { status: partially_implemented, maturity: 2 }\n`,
      ),
      'answers.yaml',
    );
    expect(parsed.answers).toMatchObject({
      framework: 'iso27001-2022',
      organization: 'Acme Ltd',
      answers: { '4.1': { status: 'implemented' }, 'A.5.1': { status: 'partially_implemented', maturity: 2 } },
    });
    expect(parsed.frameworkDeclared).toBe(false);
    expect(parsed.lineOf(['answers', '4.1'])).toBe(5);
    expect(parsed.locate(['answers', 'A.5.1', 'maturity'])).toBe('answers.yaml: line 7');
    expect(parsed.locate(['answers', 'A.5.1', 'owner'])).toBe('answers.yaml: line 7');
  });

  it('keeps keys as written even where YAML reads them as numbers (5.10 is not 5.1)', () => {
    const parsed = parseGapAnswers(bytes(`${header}answers:\n  5.10: { status: implemented }\n`), 'a.yml');
    expect(Object.keys(parsed.answers.answers)).toEqual(['5.10']);
    expect(parsed.locate(['answers', '5.10'])).toBe('a.yml: line 5');
  });

  it('reads a JSON file with lines, and notices a declared framework', () => {
    const text = JSON.stringify(
      {
        framework: 'nist-csf',
        organization: 'A',
        scope: 'B',
        date: '2026-01-15',
        answers: { 'GV.OC-01': { status: 'implemented' } },
      },
      null,
      2,
    );
    const parsed = parseGapAnswers(bytes(text), 'answers.json');
    expect(parsed.frameworkDeclared).toBe(true);
    expect(parsed.answers.framework).toBe('nist-csf');
    expect(parsed.locate(['answers', 'GV.OC-01'])).toBe('answers.json: line 7');
  });

  it('refuses a file with every problem, each on its line, in line order', () => {
    const error = refusal(
      `${header.replace('2026-01-15', '2026-02-30')}colour: blue\nanswers:\n  A.5.1:\n    status: done\n    maturity: 7\n  A.7.4:\n    status: not_applicable\n  A.8.1:\n    maturity: 2\n    extra: 1\n  A.8.2:\n    status: not_implemented\n    priority: high\n`,
    );
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(
      /^answers\.yaml: 8 problems, the first: answers\.yaml: line 3: date: .*Nothing was produced\.$/,
    );
    expect(problemsOf(error)).toEqual([
      { location: 'answers.yaml: line 3', message: 'date: expected a date written YYYY-MM-DD, found "2026-02-30"' },
      {
        location: 'answers.yaml: line 4',
        message: expect.stringMatching(/^unknown field "colour" \(allowed: \$schema, framework/),
      },
      {
        location: 'answers.yaml: line 7',
        message: expect.stringMatching(/^A\.5\.1 status: expected one of not_assessed, .*found "done"$/),
      },
      { location: 'answers.yaml: line 8', message: 'A.5.1 maturity: expected a whole number from 0 to 5, found 7' },
      {
        location: 'answers.yaml: line 10',
        message: 'A.7.4 status: not_applicable needs a justification saying why',
      },
      { location: 'answers.yaml: line 11', message: 'A.8.1 status: is required' },
      {
        location: 'answers.yaml: line 13',
        message: expect.stringMatching(/^A\.8\.1: unknown field "extra" \(allowed: status, maturity/),
      },
      {
        location: 'answers.yaml: line 16',
        message: expect.stringMatching(/^A\.8\.2 priority: A priority set by hand needs a reason/),
      },
    ]);
  });

  it.each([
    ['broken YAML', `${header}answers: [a`, 'answers.yaml', /^answers\.yaml: line \d+, column \d+: Not valid YAML/],
    ['broken JSON', '{ "organization": ', 'answers.json', /^answers\.json: line 1, column \d+: Not valid JSON/],
    ['an empty file', '', 'answers.yaml', /^answers\.yaml: The file is empty/],
    [
      'a list instead of a map',
      '- a\n- b\n',
      'answers.yaml',
      /expected a map with organization, scope, date and answers, found a list/,
    ],
    [
      'a duplicated answer',
      `${header}answers:\n  A.5.1: { status: implemented }\n  A.5.1: { status: implemented }\n`,
      'answers.yaml',
      /line 6.*unique/i,
    ],
    [
      'answers that are not a map',
      `${header}answers:\n`,
      'answers.yaml',
      /line 4: answers: expected a map, found an empty value/,
    ],
  ])('refuses %s and says nothing was produced', (_name, text, fileName, message) => {
    const error = refusal(text, fileName);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was produced\.$/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x41])).message).toMatch(/Expected UTF-8 text/);
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 12 },
        (_, index) =>
          `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [*${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}]`,
      ),
    ];
    expect(refusal(bomb.join('\n')).message).toMatch(/alias/i);
  });
});
