import { DomainError, type ImportedFramework, type ParsedImport } from '@certa/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { frameworkTemplateXlsx, parseFrameworkXlsx, toFrameworkXlsx } from './index.ts';
import { awkwardFramework, isoFramework, treeShape } from './test-frameworks.ts';
import { cellText } from './xlsx-cells.ts';

function onlyFramework(parsed: ParsedImport): ImportedFramework {
  if (parsed.kind !== 'frameworks' || parsed.frameworks.length !== 1) throw new Error('expected one framework');
  return parsed.frameworks[0] as ImportedFramework;
}

async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('toFrameworkXlsx', () => {
  it('writes Framework and Requirements sheets with a bold frozen header, read back cell by cell', async () => {
    const workbook = await readBack(await toFrameworkXlsx(awkwardFramework()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Framework', 'Requirements']);
    const framework = workbook.getWorksheet('Framework');
    expect(framework?.getRow(2).values).toEqual([undefined, 'name', 'Awkward, "quoted" policy']);
    const requirements = workbook.getWorksheet('Requirements');
    expect(requirements?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(requirements?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(requirements?.getColumn(3).width).toBe(40);
    expect(requirements?.getRow(3).getCell(3).value).toBe('=SUM(1,2)');
    expect(requirements?.getRow(3).getCell(6).alignment?.wrapText).toBe(true);
    expect(requirements?.getRow(3).getCell(10).value).toBe(
      'owner=IT; owner=HR; link:related=https://example.com/a?b\\=c\\;d; odd\\=key=back\\\\slash',
    );
  });

  it('imports back to the same tree and metadata', async () => {
    const source = awkwardFramework();
    const framework = onlyFramework(await parseFrameworkXlsx(await toFrameworkXlsx(source), 'awkward.xlsx'));
    expect(framework).toMatchObject({
      name: 'Awkward, "quoted" policy',
      version: '7',
      publisher: 'Example Ltd',
      licenceNote: 'Internal use only',
      description: 'Two\nlines',
    });
    expect(treeShape(framework.requirements)).toEqual(treeShape(source.requirements));
  });

  it('round-trips the built-in ISO/IEC 27001 with its guidance columns', async () => {
    const source = isoFramework();
    const bytes = await toFrameworkXlsx(source);
    const header = (await readBack(bytes)).getWorksheet('Requirements')?.getRow(1).values;
    expect(header).toContain('auditor_questions');
    const framework = onlyFramework(await parseFrameworkXlsx(bytes, 'iso.xlsx'));
    expect(treeShape(framework.requirements)).toEqual(treeShape(source.requirements));
  });
});

describe('frameworkTemplateXlsx', () => {
  it('has a Help sheet explaining every column and parses as four example requirements', async () => {
    const bytes = await frameworkTemplateXlsx();
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Framework', 'Requirements', 'Help']);
    const help = workbook.getWorksheet('Help');
    const explained = new Map<string, string>();
    help?.eachRow((row) => explained.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
    for (const column of ['ref_id', 'parent_ref_id', 'title', 'kind', 'assessable', 'attributes'])
      expect(explained.get(column)?.length).toBeGreaterThan(10);
    const framework = onlyFramework(await parseFrameworkXlsx(bytes, 'template.xlsx'));
    expect(framework.name).toBe('Example Ltd information security policy');
    expect(framework.requirements.map((node) => node.refId)).toEqual(['POL-1', 'POL-1.1', 'POL-1.2', 'POL-2']);
  });
});

describe('parseFrameworkXlsx', () => {
  it('reads rich text, formula results, hyperlinks and numbers as text from the first sheet', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Policies');
      sheet.addRow([{ richText: [{ text: 'REF' }, { text: '_ID', font: { bold: true } }] }, 'title', 'description']);
      sheet.addRow([1.5, { richText: [{ text: 'Rich ' }, { text: 'title', font: { italic: true } }] }, null]);
      sheet.addRow([
        { formula: '"F"&"-1"', result: 'F-1' },
        'Formula ref',
        { text: 'See link', hyperlink: 'https://example.com' },
      ]);
    });
    const framework = onlyFramework(await parseFrameworkXlsx(bytes, 'cells.xlsx'));
    expect(framework.name).toBe('cells');
    expect(framework.requirements.map(({ refId, title, description }) => [refId, title, description])).toEqual([
      ['1.5', 'Rich title', null],
      ['F-1', 'Formula ref', 'See link'],
    ]);
  });

  it('names the sheet and row of each problem', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Framework').addRows([
        ['key', 'value'],
        ['name', 'Policies'],
        ['owner', 'IT'],
      ]);
    });
    const error = await refusal(() => parseFrameworkXlsx(bytes, 'policies.xlsx'));
    expect(error.message).toContain('policies.xlsx: sheet Framework, row 3: unknown key "owner"');

    const orphan = await workbookBytes((workbook) => {
      workbook
        .addWorksheet('Requirements')
        .addRows([['ref_id', 'parent_ref_id', 'title'], ['A', '', 'Top'], [], ['B', 'X', 'Orphan']]);
    });
    expect((await refusal(() => parseFrameworkXlsx(orphan, 'policies.xlsx'))).message).toBe(
      'policies.xlsx: sheet Requirements, row 4: parent "X" is not defined. Nothing was imported.',
    );
  });

  it('refuses bytes that are not an XLSX workbook', async () => {
    const error = await refusal(() => parseFrameworkXlsx(new TextEncoder().encode('ref_id,title\nA,B\n'), 'fake.xlsx'));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('fake.xlsx: Not an XLSX workbook');
  });
});
