import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GapReport } from '@certa/core';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/run-cli.ts';

const example = fileURLToPath(new URL('../test/fixtures/gap/answers.yaml', import.meta.url));
const lowProfile = fileURLToPath(
  new URL('../../../../shared/data/oscal/nist/NIST_SP-800-53_rev5_LOW-baseline_profile.json', import.meta.url),
);
const header = 'organization: Acme Ltd\nscope: Everything\ndate: 2026-01-15\n';

let root: string;

/** Writes a file into the test folder and returns its path. */
function write(name: string, text: string): string {
  const file = join(root, name);
  writeFileSync(file, text);
  return file;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'certa-gap-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('certa gap run on the worked example', () => {
  let report: GapReport;

  beforeAll(async () => {
    const run = await runCliCaptured(['gap', 'run', example, '--format', 'json']);
    expect(run).toMatchObject({ code: 0, err: '' });
    report = JSON.parse(run.out) as GapReport;
  });

  it('prints the scores computed by hand in docs/scoring.md', () => {
    expect(report.framework).toEqual({ slug: 'iso27001-2022', version: '2022', name: 'ISO/IEC 27001:2022' });
    expect(report).toMatchObject({ organization: 'Example Cloud Ltd', date: '2026-01-15' });
    expect(report.scores.overall).toMatchObject({
      conformity: 57.1,
      coverage: 5.7,
      maturity: { current: 1.9, target: 3.3, gap: 1.4 },
    });
    expect(report.scores.managementSystem).toMatchObject({ conformity: 62.5, coverage: 13.3 });
    expect(report.scores.annexA).toMatchObject({ conformity: 50, coverage: 3.3 });
    expect(report.scores.byClause['6']).toMatchObject({ conformity: 0, coverage: 20 });
    expect(report.scores.byTheme['A.5']).toMatchObject({ conformity: 50, coverage: 5.4 });
    expect(report.documentedInformation).toMatchObject({ required: 26, approved: 2, completeness: 7.7 });
  });

  it('lists the gaps by priority and the roadmap with its dates', () => {
    expect(report.gaps.map((gap) => [gap.refId, gap.priority])).toEqual([
      ['6.1.2', 'high'],
      ['A.5.7', 'medium'],
      ['A.8.8', 'medium'],
      ['5.2', 'medium'],
      ['7.2', 'low'],
    ]);
    expect(report.roadmap.map((item) => [item.id, item.refIds.join(' '), item.start, item.due])).toEqual([
      ['WP-01', '5.2', '2026-07-07', '2026-07-21'],
      ['WP-02', '7.2', '2026-07-21', '2026-08-04'],
      ['WP-03', '6.1.2', '2026-08-04', '2026-09-01'],
      ['WP-04', 'A.8.8', '2026-09-01', '2026-09-08'],
      ['WP-05', 'A.5.7', '2026-09-08', '2026-09-22'],
      ['MS-1', '', '2026-09-22', '2026-10-06'],
      ['MS-2', '', '2026-10-06', '2026-10-13'],
      ['MS-3', '', '2026-10-20', '2026-10-20'],
      ['MS-4', '', '2026-12-01', '2026-12-01'],
    ]);
    expect(report.requirements).toHaveLength(123);
  });

  it('writes a Markdown report with the headline figures, tables, roadmap and appendix', async () => {
    const run = await runCliCaptured(['gap', 'run', example]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^# Gap assessment: Example Cloud Ltd$/m);
    expect(run.out).toContain('| Overall | 57.1% | 5.7% | 1.9 → 3.3 |');
    expect(run.out).toContain('| Clause 6 Planning | 0% | 20% |');
    expect(run.out).toContain('| A.8 Technological controls | 50% |');
    expect(run.out).toContain('2 of 26 required approved (7.7%)');
    expect(run.out).toMatch(/^\| 6\.1\.2 \| Information security risk assessment \| Not implemented \| high \|/m);
    expect(run.out).toMatch(/^## Roadmap to certification$/m);
    expect(run.out).toContain('must start by 2026-07-07');
    expect(run.out).toMatch(/^\| A\.7\.4 \| Physical security monitoring \| Not applicable \|.*co-working space \|$/m);
  });

  it.each([
    ['50', 0],
    ['57.1', 0],
    ['57.2', 1],
    ['100', 1],
  ])('with --fail-under %s exits %i', async (threshold, code) => {
    const run = await runCliCaptured(['gap', 'run', example, '--format', 'json', '--fail-under', threshold]);
    expect(run.code).toBe(code);
    expect(JSON.parse(run.out)).toHaveProperty('scores');
    if (code === 1) expect(run.err).toBe(`certa: Overall conformity 57.1% is below --fail-under ${threshold}`);
    else expect(run.err).toBe('');
  });

  it('writes the report to --out and nothing to standard output', async () => {
    const out = join(root, 'report.md');
    const run = await runCliCaptured(['gap', 'run', example, '--out', out]);
    expect(run).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^# Gap assessment: Example Cloud Ltd\n/);
  });
});

describe('certa gap run to PDF, DOCX and XLSX', () => {
  it('writes a PDF whose text holds the organisation, the executive summary, a clause row and a gap', async () => {
    const out = join(root, 'report.pdf');
    const run = await runCliCaptured(['gap', 'run', example, '--format', 'pdf', '--out', out]);
    expect(run).toMatchObject({ code: 0, out: '', err: `Wrote ${out}` });
    const bytes = new Uint8Array(readFileSync(out));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const { text } = await extractText(bytes, { mergePages: true });
    expect(text).toContain('Example Cloud Ltd');
    expect(text).toContain('Executive summary');
    expect(text).toContain('Clause 6 Planning');
    expect(text).toContain('6.1.2');
    expect(text).toContain('Information security risk assessment');
  });

  it('writes a DOCX with the same sections and rows', async () => {
    const out = join(root, 'report.docx');
    const run = await runCliCaptured(['gap', 'run', example, '--format', 'docx', '--out', out]);
    expect(run).toMatchObject({ code: 0, out: '' });
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(value).toContain('Example Cloud Ltd');
    expect(value).toContain('Executive summary');
    expect(value).toContain('Clause 6 Planning');
    expect(value).toContain('6.1.2');
  });

  it('writes an XLSX whose Requirements sheet has a row per assessable requirement', async () => {
    const out = join(root, 'report.xlsx');
    const run = await runCliCaptured(['gap', 'run', example, '--format', 'xlsx', '--out', out]);
    expect(run).toMatchObject({ code: 0, out: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Scores',
      'Requirements',
      'Gaps',
      'Roadmap',
    ]);
    const requirements = workbook.getWorksheet('Requirements');
    expect(requirements?.rowCount).toBe(123 + 1);
    const row = requirements?.getColumn(1).values.indexOf('6.1.2') ?? -1;
    expect(requirements?.getRow(row).values).toEqual(
      expect.arrayContaining(['6.1.2', 'Information security risk assessment', 'not_implemented', 'CISO']),
    );
    expect(workbook.getWorksheet('Gaps')?.getCell('A2').value).toBe('6.1.2');
  });

  it('takes the format from a .pdf, .docx or .xlsx --out when --format is not given', async () => {
    const out = join(root, 'implicit.xlsx');
    expect(await runCliCaptured(['gap', 'run', example, '--out', out])).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('still applies --fail-under after writing a binary report', async () => {
    const out = join(root, 'failing.pdf');
    const run = await runCliCaptured(['gap', 'run', example, '--format', 'pdf', '--out', out, '--fail-under', '90']);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(run.err).toContain('Overall conformity 57.1% is below --fail-under 90');
  });
});

describe('certa gap run refusals', () => {
  it('refuses an unknown reference with its line and produces nothing', async () => {
    const file = write(
      'unknown.yaml',
      `${header}answers:\n  A.5.1: { status: implemented }\n  A.5.99:\n    status: implemented\n`,
    );
    const run = await runCliCaptured(['gap', 'run', file, '--format', 'json']);
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err).toBe('certa: unknown.yaml: line 6: unknown reference "A.5.99". Nothing was produced.');
  });

  it('lists every problem: a clause marked not applicable, a heading, a duplicate, an Annex A number without A', async () => {
    const file = write(
      'several.yaml',
      `${header}answers:\n  4.1: { status: not_applicable, justification: We are small }\n  A.5: { status: implemented }\n  A.5.1: { status: implemented }\n  a.5.1: { status: implemented }\n  5.10: { status: implemented }\n`,
    );
    const run = await runCliCaptured(['gap', 'run', file]);
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err.split('\n')).toEqual([
      'certa: several.yaml: 4 problems, the first: several.yaml: line 5: 4.1 is a management-system requirement: clauses 4 to 10 are all mandatory and cannot be not applicable. Nothing was produced.',
      '  - several.yaml: line 5: 4.1 is a management-system requirement: clauses 4 to 10 are all mandatory and cannot be not applicable',
      '  - several.yaml: line 6: "A.5" is a heading, not an assessable requirement: answer its requirements',
      '  - several.yaml: line 8: "a.5.1" answers A.5.1 again (already answered as "A.5.1")',
      '  - several.yaml: line 9: unknown reference "5.10" (Annex A controls are written "A.5.10")',
    ]);
  });

  it('accepts references in any case', async () => {
    const file = write('lower.yaml', `${header}answers:\n  a.5.1: { status: implemented }\n`);
    const run = await runCliCaptured(['gap', 'run', file, '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as GapReport).scores.byTheme['A.5']?.conformity).toBe(100);
  });

  it('refuses invalid values with their line', async () => {
    const file = write('invalid.yaml', `${header}answers:\n  A.5.1:\n    status: implemented\n    maturity: 9\n`);
    const run = await runCliCaptured(['gap', 'run', file]);
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err).toBe(
      'certa: invalid.yaml: line 7: A.5.1 maturity: expected a whole number from 0 to 5, found 9. Nothing was produced.',
    );
  });

  it.each([
    [['--format', 'pdf'], /--format pdf writes a binary file: name it with --out, for example --out gap-report\.pdf/],
    [['--format', 'xlsx'], /--format xlsx writes a binary file/],
    [['--format', 'html'], /Invalid --format "html": use json, md, pdf, docx or xlsx/],
    [['--fail-under', '120'], /Invalid --fail-under "120"/],
    [['--fail-under', 'high'], /Invalid --fail-under "high"/],
  ])('refuses %j with exit code 2', async (flags, message) => {
    const run = await runCliCaptured(['gap', 'run', example, ...flags]);
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err).toMatch(message);
  });

  it('says which answers file is missing (exit 4)', async () => {
    const run = await runCliCaptured(['gap', 'run', join(root, 'nothing.yaml')]);
    expect(run.code).toBe(4);
    expect(run.err).toMatch(/Cannot read .*nothing\.yaml/);
  });

  it('asks for the framework file when the answers name a framework that is not built in', async () => {
    const file = write('other.yaml', `framework: acme-policy\n${header}answers: {}\n`);
    const run = await runCliCaptured(['gap', 'run', file]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /other\.yaml: line 1: framework "acme-policy" is not built in: give its file with --framework FILE/,
    );
  });

  it('refuses an OSCAL profile as the framework', async () => {
    const file = write('profile.yaml', `${header}answers: {}\n`);
    const run = await runCliCaptured(['gap', 'run', file, '--framework', lowProfile]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/is an OSCAL profile, which certa gap run cannot resolve/);
  });

  it('lists the accepted formats in --help', async () => {
    const run = await runCliCaptured(['gap', 'run', '--help']);
    expect(run.code).toBe(0);
    expect(run.out.replace(/\s+/g, ' ')).toContain(
      'md (the default), json, pdf, docx or xlsx; pdf, docx and xlsx need --out, whose extension picks them too',
    );
  });
});

describe('certa gap run with a framework file', () => {
  it('scores a CSV framework by its top-level headings', async () => {
    const framework = write(
      'policy.csv',
      '# name: Acme Policy\n# version: 1\nref_id,parent_ref_id,title,kind,assessable\nPOL-1,,Access,heading,no\nPOL-1.1,POL-1,Named accounts,control,yes\nPOL-1.2,POL-1,Access review,control,yes\nPOL-2,,Policy review,control,yes\n',
    );
    const answers = write(
      'policy.yaml',
      `framework: acme-policy\n${header}answers:\n  POL-1.1: { status: implemented }\n  pol-1.2: { status: partially_implemented }\n  POL-2: { status: not_implemented, effort: S }\n`,
    );
    const run = await runCliCaptured(['gap', 'run', answers, '--framework', framework, '--format', 'json']);
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as GapReport;
    expect(report.framework).toEqual({ slug: 'acme-policy', version: '1', name: 'Acme Policy' });
    expect(report.scores).toMatchObject({ managementSystem: null, annexA: null, byClause: {}, byTheme: {} });
    expect(report.scores.overall.conformity).toBe(50);
    expect(report.scores.byGroup['POL-1']).toMatchObject({ conformity: 75, coverage: 100 });
    expect(report.roadmap.every((item) => item.kind === 'work_package')).toBe(true);
  });

  it('scores by ISO/IEC 27002 attribute values from --attributes', async () => {
    const attributes = write(
      'attributes.csv',
      'id,control_type,properties,concepts,capabilities,domains\n5.1,#Preventive,#Confidentiality,#Identify,#Governance,#Governance_and_Ecosystem\nA.5.7,#Preventive #Detective #Corrective,#Integrity,#Detect,#Threat_and_vulnerability_management,#Defence\n',
    );
    const run = await runCliCaptured(['gap', 'run', example, '--attributes', attributes, '--format', 'json']);
    expect(run.code).toBe(0);
    const byAttribute = (JSON.parse(run.out) as GapReport).scores.byAttribute;
    expect(byAttribute.control_type?.preventive).toMatchObject({ conformity: 50, counts: { total: 2 } });
    expect(byAttribute.control_type?.detective).toMatchObject({ conformity: 0 });
    const unknown = write(
      'bad-attributes.csv',
      'id,control_type,properties,concepts,capabilities,domains\nX-1,#Preventive,,,,\n',
    );
    const refused = await runCliCaptured(['gap', 'run', example, '--attributes', unknown]);
    expect(refused).toMatchObject({ code: 2, out: '' });
    expect(refused.err).toMatch(/bad-attributes\.csv: line 2: unknown reference "X-1"/);
  });

  it('fails --fail-under when nothing is assessed', async () => {
    const file = write('empty.yaml', `${header}answers: {}\n`);
    const run = await runCliCaptured(['gap', 'run', file, '--format', 'json', '--fail-under', '0']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('certa: No requirement is assessed, so overall conformity is below --fail-under 0');
  });

  it('refuses answers made for another framework than the file given', async () => {
    const framework = write('policy2.csv', 'ref_id,parent_ref_id,title,kind,assessable\nP-1,,One,control,yes\n');
    const answers = write('mismatch.yaml', `framework: something-else\n${header}answers: {}\n`);
    const run = await runCliCaptured(['gap', 'run', answers, '--framework', framework]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/line 1: the answers are for framework "something-else" but the framework given is "/);
  });
});

describe('certa gap schema', () => {
  it('prints the JSON Schema of the answers file', async () => {
    const run = await runCliCaptured(['gap', 'schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.out) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties).toHaveProperty('answers');
  });

  it('writes it to --out', async () => {
    const out = join(root, 'answers.schema.json');
    expect(await runCliCaptured(['gap', 'schema', '--out', out])).toMatchObject({ code: 0, out: '' });
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('properties.answers');
  });
});
