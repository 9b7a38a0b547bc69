import { DomainError, type ImportedFramework, type ParsedImport } from '@certa/core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { frameworkTemplateCsv, parseFrameworkCsv, toFrameworkCsv } from './index.ts';
import { awkwardFramework, isoFramework, treeShape } from './test-frameworks.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function onlyFramework(parsed: ParsedImport): ImportedFramework {
  if (parsed.kind !== 'frameworks' || parsed.frameworks.length !== 1) throw new Error('expected one framework');
  return parsed.frameworks[0] as ImportedFramework;
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

function problemsOf(error: DomainError): string[] {
  return (error.details as { problems: { location: string; message: string }[] }).problems.map(
    (problem) => `${problem.location}: ${problem.message}`,
  );
}

describe('parseFrameworkCsv', () => {
  it('reads the template into a framework with its metadata and four requirements', () => {
    const framework = onlyFramework(parseFrameworkCsv(encode(frameworkTemplateCsv()), 'template.csv'));
    expect(framework).toMatchObject({
      key: 'template.csv',
      name: 'Example Ltd information security policy',
      slug: 'example-ltd-information-security-policy',
      version: '2025.1',
      publisher: 'Example Ltd',
      licenceNote: 'Internal use only',
    });
    expect(framework.requirements.map((node) => [node.refId, node.parentKey, node.kind, node.assessable])).toEqual([
      ['POL-1', null, 'heading', false],
      ['POL-1.1', 'POL-1', 'control', true],
      ['POL-1.2', 'POL-1', 'control', true],
      ['POL-2', null, 'clause_requirement', true],
    ]);
    expect(framework.requirements[1]?.attributes).toEqual({ owner: ['IT', 'HR'], review: ['yearly'] });
  });

  it('applies defaults for missing metadata, kind and assessable, and reads headers in any case and order', () => {
    const csv = 'Title,REF_ID,Assessable,Parent Ref ID\nTop,T,no,\nChild,T.1,,T\nHeading row,H,,\n';
    const framework = onlyFramework(parseFrameworkCsv(encode(csv), 'policies.v2.csv'));
    expect(framework).toMatchObject({ name: 'policies.v2', version: '1', publisher: 'Unknown', licenceNote: '' });
    expect(framework.requirements.map((node) => [node.refId, node.kind, node.assessable])).toEqual([
      ['T', 'heading', false],
      ['T.1', 'control', true],
      ['H', 'control', true],
    ]);
  });

  it('moves a parent listed after its child ahead of it and keeps the rest in file order', () => {
    const csv = 'ref_id,parent_ref_id,title\nA.1,A,Child first\nB,,Second top\nA,,Top listed late\nA.2,A,Child last\n';
    const framework = onlyFramework(parseFrameworkCsv(encode(csv), 'order.csv'));
    expect(framework.requirements.map((node) => node.refId)).toEqual(['B', 'A', 'A.1', 'A.2']);
  });

  it('reports problems with their line, counting the preamble and multi-line cells', () => {
    const csv = [
      '# name: Policies',
      '# version: 2',
      'ref_id,parent_ref_id,title,kind,assessable,description',
      'P-1,,Top,heading,no,"two',
      'lines"',
      'P-2,X,Orphan,control,yes,',
      'P-3,,Bad kind,policy,maybe,',
      'P-1,,Again,,,',
      'P-4,,Assessed heading,heading,yes,',
      ',,,,,',
      'P-5,,,,,',
    ].join('\n');
    expect(problemsOf(refusal(() => parseFrameworkCsv(encode(csv), 'policies.csv')))).toEqual([
      'policies.csv: line 7: kind "policy" is not one of heading, clause_requirement, control',
      'policies.csv: line 7: assessable "maybe" is not yes or no',
      'policies.csv: line 8: ref_id "P-1" is already used (line 4)',
      'policies.csv: line 9: a heading cannot be assessable: set kind to control or clause_requirement, or assessable to no',
      'policies.csv: line 11: title is empty',
      'policies.csv: line 6: parent "X" is not defined',
    ]);
  });

  it('refuses a cycle of parents', () => {
    const csv = 'ref_id,parent_ref_id,title\nA,B,One\nB,A,Two\nC,,Three\n';
    expect(problemsOf(refusal(() => parseFrameworkCsv(encode(csv), 'loop.csv')))).toEqual([
      'loop.csv: line 2: parent "B" makes a cycle: the row would be its own ancestor',
      'loop.csv: line 3: parent "A" makes a cycle: the row would be its own ancestor',
    ]);
  });

  it('refuses an unknown column, naming the known ones, and a missing required column', () => {
    const error = refusal(() => parseFrameworkCsv(encode('ref_id,owner\nA,IT\n'), 'cols.csv'));
    expect(problemsOf(error)).toEqual([
      'cols.csv: line 1: unknown column "owner"; the known columns are ref_id, parent_ref_id, title, kind, assessable, description, guidance, typical_evidence, objectives, attributes, withdrawn',
      'cols.csv: line 1: missing required column "title"',
    ]);
    expect(error.message).toMatch(
      /^cols\.csv: 2 problems, the first: cols\.csv: line 1: unknown column "owner".*Nothing was imported\.$/,
    );
  });

  it('refuses a malformed attributes cell and malformed CSV', () => {
    expect(
      problemsOf(refusal(() => parseFrameworkCsv(encode('ref_id,title,attributes\nA,T,owner\n'), 'a.csv'))),
    ).toEqual(['a.csv: line 2: attributes: "owner" is not key=value (write pairs like owner=IT; owner=HR)']);
    expect(refusal(() => parseFrameworkCsv(encode('ref_id,title\nA,"open\n'), 'b.csv')).message).toContain(
      'b.csv: line 2: Not valid CSV',
    );
  });

  it('reads a semicolon-separated file and a preamble Excel has quoted and padded', () => {
    const csv = '"# description: Rules, for everyone";;\n# publisher: ACME;;\nref_id;title;kind\nA;Top;heading\n';
    const framework = onlyFramework(parseFrameworkCsv(encode(`\uFEFF${csv}`), 'semi.csv'));
    expect(framework).toMatchObject({ description: 'Rules, for everyone', publisher: 'ACME' });
    expect(framework.requirements[0]).toMatchObject({ refId: 'A', title: 'Top', kind: 'heading' });
  });
});

describe('toFrameworkCsv', () => {
  it('writes a preamble and a CSV that imports back to the same tree, formulas and attributes included', () => {
    const source = awkwardFramework();
    const csv = toFrameworkCsv(source);
    expect(csv.split('\n').slice(0, 5)).toEqual([
      '# name: Awkward, "quoted" policy',
      '# version: 7',
      '# publisher: Example Ltd',
      '# licence: Internal use only',
      '# description: Two lines',
    ]);
    expect(csv).toContain(`"'=SUM(1,2)"`);
    const framework = onlyFramework(parseFrameworkCsv(encode(csv), 'awkward.csv'));
    expect(framework).toMatchObject({ name: 'Awkward, "quoted" policy', version: '7', publisher: 'Example Ltd' });
    expect(treeShape(framework.requirements)).toEqual(treeShape(source.requirements));
    expect(framework.requirements[1]?.typicalEvidence).toBe('@mention, +plus');
  });

  it('adds the Certa guidance columns for the built-in ISO/IEC 27001 and reads past them on import', () => {
    const source = isoFramework();
    const csv = toFrameworkCsv(source);
    const rows = parse(csv, { comment: '#', relax_column_count: true });
    expect(rows[0]).toEqual([
      'ref_id',
      'parent_ref_id',
      'title',
      'kind',
      'assessable',
      'description',
      'guidance',
      'typical_evidence',
      'objectives',
      'attributes',
      'meaning',
      'auditor_questions',
      'common_gaps',
      'documented_information_required',
    ]);
    const a51 = rows.find((row) => row[0] === 'A.5.1') ?? [];
    expect(a51[10]?.length).toBeGreaterThan(40);
    expect(a51[11]).toContain('?');
    const framework = onlyFramework(parseFrameworkCsv(encode(csv), 'iso.csv'));
    expect(framework.requirements).toHaveLength(source.requirements.length);
    expect(treeShape(framework.requirements)).toEqual(treeShape(source.requirements));
    expect(framework.requirements.find((node) => node.refId === 'A.5.1')?.typicalEvidence).toBe(a51[7]);
  });
});
