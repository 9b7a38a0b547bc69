import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { genericReport, workedExampleReport } from '../sample-gap-report.ts';
import { renderDocx } from './render-docx.ts';

async function textOf(bytes: Uint8Array): Promise<string> {
  // mammoth ends each paragraph and table cell with blank lines: one line break is enough to read it.
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\n+/g, '\n');
}

describe('renderDocx', () => {
  let bytes: Uint8Array;
  let text: string;

  beforeAll(async () => {
    bytes = await renderDocx(workedExampleReport());
    text = await textOf(bytes);
  });

  it('writes a Word document with the cover and every section in order', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
    // Each after the one before (the contents list the headings first).
    let position = 0;
    for (const heading of [
      'Prepared with Certa',
      'Executive summary\nExample Cloud Ltd is not ready',
      'Scope and method\nScope',
      'Results\nConformity by clause',
      'Top gaps\nThe 5 most pressing',
      'Roadmap to certification\nLaid out backwards',
      'Appendix: every requirement\nAll 123',
    ]) {
      position = text.indexOf(heading, position);
      expect(position, heading).toBeGreaterThan(0);
    }
  });

  it('holds the headline figures, the score tables, the gaps, the roadmap and every requirement', () => {
    const cells = text.replace(/\n/g, ' | ');
    expect(cells).toContain('Overall conformity | 57.1% | over 7 assessed requirements');
    expect(cells).toContain('Clause 6 Planning | 0% | 20% | 0 / 3');
    expect(cells).toContain('6.1.2 | Information security risk assessment | Not implemented | High');
    expect(cells).toContain('WP-03 | Risk assessment and treatment | Risk assessment: criteria, method and results');
    expect(cells).toContain('A.8.34 | Protection of information systems during audit testing | Not assessed');
  });

  it('renders a report of another framework', async () => {
    const generic = await textOf(await renderDocx(genericReport()));
    expect(generic).toContain('Conformity by group');
    expect(generic).toContain('LOOSE-1');
  });
});
