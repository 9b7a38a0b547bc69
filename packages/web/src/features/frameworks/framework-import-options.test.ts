import { ApiError, type FrameworkImportReport } from '@certa/client';
import { describe, expect, it } from 'vitest';
import { describeReport, formatLabel, importProblemsOf, reportHasChanges } from './framework-import-options.ts';

const nist = {
  slug: 'nist-sp-800-53',
  version: '5.1.1',
  name: 'NIST SP 800-53 HIGH',
  publisher: 'NIST',
  requirementCount: 388,
  assessableCount: 370,
  withdrawnCount: 0,
  parameterCount: 700,
  status: 'new' as const,
  frameworkId: null,
};

function report(overrides: Partial<FrameworkImportReport>): FrameworkImportReport {
  return {
    fileName: 'catalog.json',
    format: 'oscal',
    sha256: 'a'.repeat(64),
    dryRun: true,
    frameworks: [],
    resolvedAgainst: null,
    mappingSets: [],
    attributes: null,
    warnings: [],
    ...overrides,
  };
}

describe('framework import options', () => {
  it('reads every problem of a refused file, and nothing from other errors', () => {
    const problems = [
      { location: 'bad.json: /', message: 'Found root key "foo"; expected an OSCAL catalog or profile' },
      { location: 'bad.json: line 3', message: 'Title is empty' },
    ];
    expect(
      importProblemsOf(new ApiError('validation_failed', 'The file cannot be imported', 400, { problems })),
    ).toEqual(problems);
    expect(importProblemsOf(new ApiError('forbidden', 'Not allowed', 403))).toEqual([]);
    expect(importProblemsOf(new ApiError('validation_failed', 'Bad', 400, { problems: [{ where: 1 }] }))).toEqual([]);
    expect(importProblemsOf(new Error('offline'))).toEqual([]);
  });

  it('says what an import creates in one sentence', () => {
    expect(describeReport(report({ frameworks: [nist] }))).toBe('1 new framework with 388 requirements.');
    expect(
      describeReport(
        report({
          frameworks: [{ ...nist, status: 'unchanged' }],
          mappingSets: [{ source: 'ACME', target: 'ISO/IEC 27001:2022', count: 3, status: 'new' }],
        }),
      ),
    ).toBe('1 framework already in the library and 1 mapping set with 3 mappings.');
    expect(
      describeReport(report({ attributes: { frameworkId: nist.slug, requirementCount: 93, valueCount: 600 } })),
    ).toBe('600 attribute values on 93 requirements.');
    expect(describeReport(report({}))).toBe('Nothing to import.');
  });

  it('knows when a file holds nothing new', () => {
    expect(reportHasChanges(report({ frameworks: [nist] }))).toBe(true);
    expect(reportHasChanges(report({ frameworks: [{ ...nist, status: 'unchanged' }] }))).toBe(false);
  });

  it('names source formats in words', () => {
    expect(formatLabel('ciso-assistant')).toBe('CISO Assistant');
    expect(formatLabel('something-else')).toBe('something-else');
  });
});
