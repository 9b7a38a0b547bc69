import { describe, expect, it } from 'vitest';
import { renderGapReportMarkdown } from './markdown.ts';
import { genericReport, workedExampleReport } from './sample-gap-report.ts';

describe('renderGapReportMarkdown', () => {
  it('writes the headline figures, the tables by clause and theme, the top gaps, the roadmap and the appendix', () => {
    const markdown = renderGapReportMarkdown(workedExampleReport());
    expect(markdown).toMatch(/^# Gap assessment: Example Cloud Ltd\n/);
    expect(markdown).toContain('| Overall | 57.1% | 5.7% | 1.9 → 3.3 |');
    expect(markdown).toContain('| Clause 6 Planning | 0% | 20% |');
    expect(markdown).toContain('| A.8 Technological controls | 50% |');
    expect(markdown).toContain('2 of 26 required approved (7.7%)');
    expect(markdown).toMatch(/^\| 6\.1\.2 \| Information security risk assessment \| Not implemented \| high \|/m);
    expect(markdown).toContain('must start by 2026-07-07; 24 weeks to spare.');
    expect(markdown).toMatch(/^\| A\.7\.4 \| Physical security monitoring \| Not applicable \|.*co-working space \|$/m);
  });

  it('groups another framework by its top-level headings and says the roadmap has no dates', () => {
    const markdown = renderGapReportMarkdown(genericReport());
    expect(markdown).toMatch(/^## By group$/m);
    expect(markdown).toContain('| AC Access control | 75% |');
    expect(markdown).toContain('No target certification date was given, so the work packages have no dates.');
    expect(markdown).not.toMatch(/^## By clause$/m);
  });

  it('escapes table separators and line breaks in free text', () => {
    const report = workedExampleReport();
    const row = report.requirements.find((requirement) => requirement.refId === '4.3');
    if (row) row.recommendation = 'Keep | it\nshort';
    expect(renderGapReportMarkdown(report)).toContain('| Keep \\| it short |');
  });
});
