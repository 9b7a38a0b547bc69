import { readFileSync } from 'node:fs';
import { DomainError, type ImportedFramework, type ParsedImport } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { parseCisoAssistantLibrary } from './ciso-assistant-library.ts';

const fixtures = new URL('../../test/fixtures/ciso-assistant/', import.meta.url);

function parseFixture(name: string): ParsedImport {
  return parseCisoAssistantLibrary(new Uint8Array(readFileSync(new URL(name, fixtures))), name);
}

function parseText(text: string, name = 'lib.yaml'): ParsedImport {
  return parseCisoAssistantLibrary(new TextEncoder().encode(text), name);
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

function onlyFramework(parsed: ParsedImport): ImportedFramework {
  if (parsed.kind !== 'frameworks' || parsed.frameworks.length !== 1) throw new Error('expected one framework');
  return parsed.frameworks[0] as ImportedFramework;
}

describe('parseCisoAssistantLibrary', () => {
  it('reads the framework metadata from the library and its framework object', () => {
    const parsed = parseFixture('acme-policy-library.yaml');
    expect(parsed).toMatchObject({ kind: 'frameworks', format: 'ciso-assistant', mappings: [] });
    const { requirements, ...framework } = onlyFramework(parsed);
    expect(framework).toEqual({
      key: 'urn:acme:risk:framework:acme-policy',
      slug: 'acme-policy-2025',
      version: '3',
      name: 'ACME security policy',
      publisher: 'ACME Security Office',
      licenceNote: 'Written for the Certa test suite, Apache-2.0.',
      description: 'Rules every ACME team follows.',
    });
    expect(requirements).toHaveLength(7);
  });

  it('rebuilds the tree with every parent before its children and siblings in list order', () => {
    const { requirements } = onlyFramework(parseFixture('acme-policy-library.yaml'));
    expect(requirements.map((node) => [node.refId, node.parentKey?.split(':').pop() ?? null])).toEqual([
      ['1', null],
      ['1.1', '1'],
      ['1.1.1', '1.1'],
      ['1.2', '1'],
      ['Backups', null],
      ['2.a', '2'],
      ['1.2 (2)', '2'],
    ]);
  });

  it('derives kind, title, guidance, evidence, questions and implementation groups from each node', () => {
    const { requirements } = onlyFramework(parseFixture('acme-policy-library.yaml'));
    const byKey = new Map(requirements.map((node) => [node.key.split(':').pop(), node]));
    expect(byKey.get('1')).toMatchObject({ kind: 'heading', assessable: false, title: 'Access' });
    expect(byKey.get('1.1.1')).toMatchObject({
      kind: 'control',
      assessable: true,
      title: 'Review accounts each quarter',
      guidance: 'Remove accounts nobody claims within a week.',
      typicalEvidence: 'Signed quarterly review sheet',
      objectives: 'Was the last review done this quarter? (Yes / No)\nWho signed the review?',
      attributes: { implementation_group: ['core', 'extended'] },
      parameters: [],
      withdrawn: false,
    });
    expect(byKey.get('1.2')?.objectives).toBe(
      'Is multi-factor sign-in on for every administrator?\nAre shared accounts forbidden?',
    );
    expect(byKey.get('2.a')?.title).toBe(
      'Backups are restored in a test at least once a year and the result is recorded…',
    );
    expect(byKey.get('2.a')?.title.length).toBeLessThanOrEqual(80);
  });

  it('reads a mapping set without needing the target framework in the file, skipping not_related pairs', () => {
    const parsed = parseFixture('acme-to-iso-mapping.yaml');
    if (parsed.kind !== 'frameworks') throw new Error('expected frameworks');
    expect(parsed.frameworks).toEqual([]);
    expect(parsed.mappings.map((mapping) => mapping.targetRequirementKey.split(':').pop())).toEqual([
      'a.5.16',
      'a.5.18',
      'a.5.1',
    ]);
    expect(parsed.mappings[0]).toEqual({
      sourceFrameworkKey: 'urn:acme:risk:framework:acme-policy',
      sourceRequirementKey: 'urn:acme:risk:req_node:acme-policy:1.1',
      targetFrameworkKey: 'urn:intuitem:risk:framework:iso27001-2022',
      targetRequirementKey: 'urn:intuitem:risk:req_node:iso27001-2022:a.5.16',
      relationship: 'subset',
      strength: 7,
      rationale: 'Named accounts are one part of managing identities.',
    });
    expect(parsed.mappings[1]).toMatchObject({ relationship: 'intersect', strength: null, rationale: null });
  });

  it.each([
    ['bad-missing-urn.yaml', 'bad-missing-urn.yaml: /objects/framework/requirement_nodes/1/urn', 'expected a string'],
    [
      'bad-unknown-parent.yaml',
      'bad-unknown-parent.yaml: /objects/framework/requirement_nodes/1/parent_urn',
      'parent "urn:acme:risk:req_node:bad:9" is not a node of this framework',
    ],
    [
      'bad-relationship.yaml',
      'bad-relationship.yaml: /objects/requirement_mapping_set/requirement_mappings/1/relationship',
      'expected one of equal, subset, superset, intersect, not_related, found "same-as"',
    ],
  ])('refuses %s with a pointer to the problem', (name, location, message) => {
    const error = refusal(() => parseFixture(name));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain(`${location}: ${message}`);
    expect(error.message).toMatch(/Nothing was imported\.$/);
    expect(error.details).toEqual({ problems: [expect.objectContaining({ location })] });
  });

  it('refuses a library holding neither a framework nor a mapping set, saying what it holds', () => {
    const error = refusal(() => parseFixture('risk-matrix-library.yaml'));
    expect(error.message).toContain('risk-matrix-library.yaml: /objects: The library holds risk_matrix');
    expect(error.message).toContain('only frameworks and mapping sets are imported');
  });

  it('refuses YAML that is not a CISO Assistant library', () => {
    expect(refusal(() => parseText('name: something else\nitems: []\n')).message).toContain(
      'Not a CISO Assistant library',
    );
    expect(refusal(() => parseText('- a\n- b\n')).message).toContain('Not a CISO Assistant library');
  });

  it('refuses a cycle of parents', () => {
    const error = refusal(() =>
      parseText(`urn: urn:x:lib
objects:
  framework:
    urn: urn:x:fw
    requirement_nodes:
      - { urn: 'urn:x:a', parent_urn: 'urn:x:b', assessable: true, name: A }
      - { urn: 'urn:x:b', parent_urn: 'urn:x:a', assessable: true, name: B }
      - { urn: 'urn:x:c', assessable: true, name: C }
`),
    );
    expect(error.details).toEqual({
      problems: [
        expect.objectContaining({ location: 'lib.yaml: /objects/framework/requirement_nodes/0/parent_urn' }),
        expect.objectContaining({ location: 'lib.yaml: /objects/framework/requirement_nodes/1/parent_urn' }),
      ],
    });
    expect(error.message).toContain('makes a cycle');
  });

  it('accepts a list of frameworks and falls back to the packager and the urn for missing names', () => {
    const parsed = parseText(`urn: urn:x:lib
version: 2
packager: someone
objects:
  frameworks:
    - urn: urn:x:framework:first
      requirement_nodes: [{ urn: 'urn:x:first:1', assessable: true, ref_id: 1 }]
    - urn: urn:x:framework:second
      name: Second
      requirement_nodes: [{ urn: 'urn:x:second:1', assessable: false, name: Only }]
`);
    if (parsed.kind !== 'frameworks') throw new Error('expected frameworks');
    expect(
      parsed.frameworks.map(({ key, slug, name, publisher, version }) => ({ key, slug, name, publisher, version })),
    ).toEqual([
      {
        key: 'urn:x:framework:first',
        slug: 'first',
        name: 'urn:x:framework:first',
        publisher: 'someone',
        version: '2',
      },
      { key: 'urn:x:framework:second', slug: 'second', name: 'Second', publisher: 'someone', version: '2' },
    ]);
    expect(parsed.frameworks[0]?.requirements[0]).toMatchObject({ refId: '1', title: '1' });
  });

  it('names the framework object in a list when one of its nodes is wrong', () => {
    const error = refusal(() =>
      parseText(`urn: urn:x:lib
objects:
  frameworks:
    - urn: urn:x:fw
      requirement_nodes: [{ urn: 'urn:x:1', assessable: maybe }]
`),
    );
    expect(error.message).toContain(
      'lib.yaml: /objects/frameworks/0/requirement_nodes/0/assessable: expected true or false, found "maybe"',
    );
  });
});
