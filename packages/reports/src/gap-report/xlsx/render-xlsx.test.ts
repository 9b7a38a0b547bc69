import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gapWorkbookFormat } from '@certa/core';
import { fullIso27001Report, iso27001Report, workedExampleReport } from '../sample-gap-report.ts';
import { requirementColumns } from './requirements-sheet.ts';
import { renderXlsx } from './render-xlsx.ts';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
}

describe('renderXlsx', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await read(await renderXlsx(workedExampleReport()));
  });

  it('writes the Summary, Scores, Requirements, Gaps and Roadmap sheets', () => {
    expect(workbook.worksheets.map((each) => each.name)).toEqual([
      'Summary',
      'Scores',
      'Requirements',
      'Gaps',
      'Roadmap',
    ]);
    const summary = sheet(workbook, 'Summary');
    const overall = summary.getColumn(1).values.indexOf('Overall conformity');
    expect(summary.getCell(overall, 2)).toMatchObject({ value: 0.571, numFmt: '0.0%' });
    const scores = sheet(workbook, 'Scores');
    const planning = scores.getColumn(2).values.indexOf('6');
    expect(scores.getRow(planning).values).toEqual(expect.arrayContaining(['Clause', '6', 'Planning', 0, 0.2]));
  });

  it('lists every assessable requirement with the offline-work columns, a frozen header, filters and value lists', () => {
    const requirements = sheet(workbook, 'Requirements');
    expect(requirements.rowCount).toBe(123 + 1);
    expect(requirements.getRow(1).values).toEqual([undefined, ...requirementColumns.map((column) => column.header)]);
    expect(requirements.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(requirements.autoFilter).toBe('A1:O124');
    const row = requirements.getColumn(1).values.indexOf('5.2');
    expect(requirements.getRow(row).values).toEqual([
      undefined,
      '5.2',
      'Policy',
      '5',
      'partially_implemented',
      2,
      3,
      'draft',
      'medium',
      undefined,
      'CISO',
      'The policy is written but top management has not approved it',
      'Have the board approve the policy and publish it on the intranet',
    ]);
    expect(requirements.getCell('D124').dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringContaining('partially_implemented')],
    });
    for (const [column, values] of [
      ['E', '"0,1,2,3,4,5"'],
      ['G', '"missing,draft,approved"'],
      ['H', '"high,medium,low"'],
      ['I', '"S,M,L,XL"'],
    ])
      expect(requirements.getCell(`${column}2`).dataValidation.formulae).toEqual([values]);
  });

  it('lists the gaps and the roadmap with real dates', () => {
    expect(sheet(workbook, 'Gaps').getColumn(1).values.slice(2)).toEqual(['6.1.2', 'A.5.7', 'A.8.8', '5.2', '7.2']);
    const roadmap = sheet(workbook, 'Roadmap');
    expect(roadmap.getCell('A2').value).toBe('WP-01');
    expect(roadmap.getCell('J2').value).toEqual(new Date('2026-07-07T00:00:00Z'));
  });

  it('keeps every one of the 123 rows of a fully answered assessment', async () => {
    const full = await read(await renderXlsx(fullIso27001Report()));
    expect(sheet(full, 'Requirements').rowCount).toBe(124);
    expect(sheet(full, 'Gaps').rowCount).toBe(fullIso27001Report().gaps.length + 1);
  });

  it('writes the notes and, for a stored assessment, a hidden sheet naming it with each row as exported', async () => {
    const report = iso27001Report({
      'A.5.1': { status: 'implemented', notes: 'Reviewed with the CISO', owner: 'CISO', effort: 'S' },
    });
    const versions = { 'A.5.1': 4 };
    const source = { assessmentId: 'a1b2', reference: 'GA-2026-03', exportedAt: '2026-01-15T09:00:00.000Z', versions };
    const stored = await read(await renderXlsx(report, { source }));
    expect(stored.worksheets.map((each) => [each.name, each.state])).toContainEqual(['Certa', 'hidden']);
    const requirements = sheet(stored, 'Requirements');
    const row = requirements.getColumn(1).values.indexOf('A.5.1');
    expect(requirements.getCell(row, 14).value).toBe('Reviewed with the CISO');
    const info = sheet(stored, 'Certa');
    expect(info.getColumn(2).values.slice(1, 6)).toEqual([
      'Value',
      gapWorkbookFormat,
      'a1b2',
      'GA-2026-03',
      source.exportedAt,
    ]);
    const exportedRow = info.getColumn(1).values.indexOf('A.5.1');
    expect(info.getCell(exportedRow, 2).value).toBe(4);
    expect(JSON.parse(info.getCell(exportedRow, 3).text)).toMatchObject({
      status: 'implemented',
      notes: 'Reviewed with the CISO',
      effort: 'S',
    });
    const summary = sheet(stored, 'Summary');
    expect(summary.getColumn(1).values).toContain('Exported from Certa');
    expect(workbook.getWorksheet('Certa')).toBeUndefined();
  });
});
