import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameworkImportReport } from '@certa/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/run-cli.ts';

const sharedNist = fileURLToPath(new URL('../../../../shared/data/oscal/nist/', import.meta.url));
const highFile = join(sharedNist, 'NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json');
const password = 'a long enough password';

let root: string;
let data: string;

const user = (org: string) => [
  'user',
  'create',
  '--data',
  data,
  '--email',
  `owner@${org.toLowerCase().replace(/\W/g, '')}.example`,
  '--name',
  'Owner',
  '--org',
  org,
  '--role',
  'owner',
  '--password-stdin',
];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'certa-framework-transfer-'));
  data = join(root, 'data');
  await runCliCaptured(['migrate', '--data', data]);
  expect((await runCliCaptured(user('Acme Ltd'), {}, password)).code).toBe(0);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('certa framework template and import', () => {
  it('writes the CSV template, which imports as it is', async () => {
    const template = await runCliCaptured(['framework', 'template', '--format', 'csv']);
    expect(template.code).toBe(0);
    expect(template.out).toMatch(/^# name: /m);
    const file = join(root, 'template.csv');
    writeFileSync(file, template.out);
    const dry = await runCliCaptured(['framework', 'import', file, '--data', data, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.out) as FrameworkImportReport;
    expect(report).toMatchObject({ format: 'csv', dryRun: true });
    expect(report.frameworks[0]?.requirementCount).toBeGreaterThan(0);
    const run = await runCliCaptured(['framework', 'import', file, '--data', data]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/added \d+ requirements/);
    const again = await runCliCaptured(['framework', 'import', file, '--data', data]);
    expect(again.out).toMatch(/already in the library, unchanged/);
  });

  it('writes the XLSX template to a file and refuses XLSX to standard output', async () => {
    const out = join(root, 'template.xlsx');
    expect((await runCliCaptured(['framework', 'template', '--format', 'xlsx', '--out', out])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Requirements');
    const refused = await runCliCaptured(['framework', 'template', '--format', 'xlsx']);
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.err).toMatch(/--out/);
  });

  it('refuses a broken file with every problem listed, and writes nothing', async () => {
    const file = join(root, 'broken.csv');
    writeFileSync(file, 'ref_id,parent_ref_id,title\nA,,First\nB,NOPE,Second\nC,,\n');
    expect((await runCliCaptured(['framework', 'list', '--data', data, '--org', 'Nobody Ltd'])).code).toBe(4);
    const listBefore = await runCliCaptured(['framework', 'list', '--data', data]);
    const run = await runCliCaptured(['framework', 'import', file, '--data', data]);
    expect(run.code).toBe(2);
    const lines = run.err.split('\n');
    expect(lines[0]).toMatch(/^certa: broken\.csv: 2 problems.*Nothing was imported\.$/);
    expect(lines.slice(1).every((line) => line.startsWith('  - broken.csv'))).toBe(true);
    expect((await runCliCaptured(['framework', 'list', '--data', data])).out).toBe(listBefore.out);
  });

  it('refuses an unknown format and a file that does not exist', async () => {
    expect((await runCliCaptured(['framework', 'import', 'x.csv', '--format', 'pdf', '--data', data])).code).toBe(2);
    const missing = await runCliCaptured(['framework', 'import', join(root, 'nope.json'), '--data', data]);
    expect(missing.code).toBe(4);
  });

  it('asks which organisation when there are several', async () => {
    expect((await runCliCaptured(user('Beta Ltd'), {}, password)).code).toBe(0);
    const file = join(root, 'template.csv');
    const run = await runCliCaptured(['framework', 'import', file, '--data', data, '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--org .*"Acme Ltd".*"Beta Ltd"/);
    const named = await runCliCaptured(['framework', 'import', file, '--data', data, '--dry-run', '--org', 'Beta Ltd']);
    expect(named.code).toBe(0);
  });
});

describe.skipIf(!existsSync(highFile))(
  'certa framework import and export with the NIST files (needs ../shared/data)',
  () => {
    it('imports the SP 800-53 HIGH catalog and exports it as OSCAL, CSV and XLSX', async () => {
      const run = await runCliCaptured([
        'framework',
        'import',
        highFile,
        '--data',
        data,
        '--org',
        'Acme Ltd',
        '--json',
      ]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.out) as FrameworkImportReport;
      expect(report.frameworks[0]).toMatchObject({ requirementCount: 388, assessableCount: 370, status: 'new' });
      const id = report.frameworks[0]?.frameworkId ?? '';
      // An organisation's imports are listed only when it is named.
      expect((await runCliCaptured(['framework', 'list', '--data', data])).out).not.toContain(id);
      expect((await runCliCaptured(['framework', 'list', '--data', data, '--org', 'Acme Ltd'])).out).toContain(id);
      expect((await runCliCaptured(['framework', 'show', id, '--data', data])).code).toBe(4);

      const oscal = await runCliCaptured([
        'framework',
        'export',
        id,
        '--format',
        'oscal',
        '--data',
        data,
        '--org',
        'Acme Ltd',
      ]);
      expect(oscal.code).toBe(0);
      const catalog = JSON.parse(oscal.out) as { catalog: { metadata: { title: string }; groups: unknown[] } };
      expect(catalog.catalog.groups).toHaveLength(18);
      const xlsx = join(root, 'high.xlsx');
      const written = await runCliCaptured([
        'framework',
        'export',
        id,
        '--format',
        'xlsx',
        '--out',
        xlsx,
        '--data',
        data,
        '--org',
        'Acme Ltd',
      ]);
      expect(written.code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
      expect(workbook.getWorksheet('Requirements')?.rowCount).toBe(389);
    });
  },
);
