import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { genericReport, workedExampleReport } from '../sample-gap-report.ts';
import { renderPdf } from './render-pdf.ts';

describe('renderPdf', () => {
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    bytes = await renderPdf(workedExampleReport());
    pages = (await extractText(new Uint8Array(bytes), { mergePages: false })).text;
  });

  it('writes a PDF with a cover, the contents and every section in order', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const text = pages.join('\n');
    expect(pages[0]).toContain('Gap assessment');
    expect(pages[0]).toContain('Example Cloud Ltd');
    expect(pages[0]).toContain('Prepared with Certa');
    expect(pages[0]).toContain('15 January 2026');
    expect(pages[1]).toMatch(/^Contents/);
    const sections = [
      'Executive summary',
      'Scope and method',
      'Results',
      'Top gaps',
      'Roadmap to certification',
      'Appendix: every requirement',
    ];
    const starts = sections.map((section) => pages.findIndex((page) => page.startsWith(section)));
    expect(starts.every((start) => start > 1)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(text).toContain('Example Cloud Ltd is not ready for certification yet');
    expect(text).toContain('Clause 6 Planning');
  });

  it('numbers every page but the cover and names the organisation and date in the footer', () => {
    expect(pages[0]).not.toMatch(/Page 1 of/);
    pages.slice(1).forEach((page, index) => {
      expect(page).toContain(`Page ${index + 2} of ${pages.length}`);
      expect(page).toContain('Example Cloud Ltd · Gap assessment · 15 January 2026');
    });
  });

  it('draws the charts as text-bearing vectors and lists the gaps, the roadmap and every requirement', () => {
    // Table cells wrap: compare with the white space of the extracted text flattened.
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Current maturity (mean)');
    expect(text).toContain('A.5 Organizational controls');
    expect(text).toContain('6.1.2 Information security risk assessment Not implemented High 0 / 3 L CISO');
    expect(text).toContain('WP-03 Risk assessment and treatment Risk assessment: criteria, method and results');
    expect(text).toContain('Excluded: No premises of our own; the office is a managed co-working space');
    expect(text).toContain('A.8.34 Protection of information systems during audit testing Not assessed');
  });

  it('repeats the appendix header on each of its landscape pages', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const appendix = pages.findIndex((page) => page.startsWith('Appendix'));
    for (let index = appendix; index < pages.length; index += 1) {
      const [, , width, height] = (await pdf.getPage(index + 1)).view;
      expect(width).toBeGreaterThan(height ?? 0);
      expect(pages[index]).toMatch(/Ref\s+Requirement\s+Status\s+Maturity/);
    }
  });

  it('renders a report of another framework by its groups, without a radar below three groups', async () => {
    const { text } = await extractText(await renderPdf(genericReport()), { mergePages: true });
    expect(text).toContain('Conformity by group');
    expect(text).toContain('AC Access control');
    expect(text).not.toContain('Current maturity (mean)');
    expect(text).toContain('No target certification date was given');
  });
});
