import { iso27001AssessmentNodes, type AnswersByRef, type GapReport } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { requirementGroups, gapReportFileName, readableDate } from './labels.ts';
import { readinessStatement, urgentGaps } from './narrative.ts';
import { fullIso27001Report, genericReport, iso27001Report, workedExampleReport } from './sample-gap-report.ts';

const implemented = { status: 'implemented', documentation: 'approved', maturity: 3, targetMaturity: 3 } as const;

/** Every requirement implemented with approved documents, then the given answers. */
function allImplementedBut(answers: AnswersByRef = {}): GapReport {
  const base = Object.fromEntries(
    iso27001AssessmentNodes()
      .filter((node) => node.assessable)
      .map((node) => [node.refId, implemented]),
  );
  return iso27001Report({ ...base, ...answers });
}

const annexAPartial = Object.fromEntries(
  iso27001AssessmentNodes()
    .filter((node) => node.assessable && node.refId.startsWith('A.'))
    .map((node) => [node.refId, { ...implemented, status: 'partially_implemented' as const, maturity: 2 }]),
);

describe('readinessStatement', () => {
  it.each([
    ['nothing is assessed', iso27001Report({}), /^No requirement has been assessed yet/],
    [
      'a mandatory clause is not implemented',
      allImplementedBut({ '4.1': { status: 'not_implemented' }, '4.2': { status: 'not_implemented' } }),
      /^Acme Ltd is not ready for certification yet: 2 mandatory management-system requirements are not implemented, each of which/,
    ],
    [
      'a high-priority gap remains in Annex A',
      allImplementedBut({ 'A.5.7': { status: 'not_implemented' } }),
      /^Acme Ltd is on its way but not ready for certification yet, with 1 high-priority gap\.$/,
    ],
    [
      'required documented information is a draft',
      allImplementedBut({ '5.2': { ...implemented, documentation: 'draft' } }),
      /with 1 item of required documented information not yet approved\.$/,
    ],
    [
      'conformity is low without high gaps',
      allImplementedBut(annexAPartial),
      /with an overall conformity of 62\.2%\.$/,
    ],
    ['everything assessed is in place', allImplementedBut(), /^Acme Ltd looks close to ready for certification/],
  ])('judges readiness when %s', (_, report, verdict) => {
    expect(readinessStatement(report)[0]).toMatch(verdict);
  });

  it('warns that a partial assessment gives a partial picture', () => {
    expect(readinessStatement(workedExampleReport())).toContain(
      'Only 5.7% of the applicable requirements were assessed, so the picture stays partial until the rest are rated.',
    );
  });

  it('says whether the roadmap fits before the target date', () => {
    expect(readinessStatement(workedExampleReport()).at(-1)).toBe(
      'The roadmap fits before the target certification date of 1 December 2026 if work starts by 7 July 2026.',
    );
    expect(readinessStatement(fullIso27001Report()).at(-1)).toMatch(
      /^The roadmap needs 75 weeks but only 52 remain before the target date of 1 March 2027/,
    );
  });
});

describe('urgentGaps', () => {
  it('lists the first three gaps with why they are urgent and one full stop per sentence', () => {
    expect(urgentGaps(workedExampleReport())[0]).toEqual({
      requirement: '6.1.2 Information security risk assessment',
      text: ': a mandatory management-system requirement is not implemented. Recommendation: Define risk criteria and run a first risk assessment.',
    });
  });
});

describe('labels', () => {
  it('finds the group of every requirement, ISO/IEC 27001 or not', () => {
    const iso = requirementGroups(workedExampleReport());
    expect(['4.1', '9.2.1', 'A.5.7', 'A.8.34'].map(iso)).toEqual(['4', '9', 'A.5', 'A.8']);
    const generic = requirementGroups(genericReport());
    expect(['AC-1', 'AC-2(1)', 'IR-1', 'LOOSE-1'].map(generic)).toEqual(['AC', 'AC', 'IR', '']);
  });

  it('writes dates the way a cover page does and leaves other text alone', () => {
    expect(readableDate('2026-01-15')).toBe('15 January 2026');
    expect(readableDate('2026-02-30')).toBe('2026-02-30');
    expect(readableDate('soon')).toBe('soon');
  });

  it('names the downloaded file <org>-gap-assessment-<date>.<ext>', () => {
    expect(gapReportFileName(workedExampleReport(), 'pdf')).toBe('example-cloud-ltd-gap-assessment-2026-01-15.pdf');
  });
});
