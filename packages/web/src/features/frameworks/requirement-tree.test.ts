import type { FrameworkRequirement } from '@certa/client';
import { describe, expect, it } from 'vitest';
import { buildTree, isFiltering, visibleNodes } from './requirement-tree.ts';

let counter = 0;
function node(
  refId: string,
  title: string,
  parent: FrameworkRequirement | null,
  isNew = false,
  attributes: Record<string, string[]> = {},
): FrameworkRequirement {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    parentId: parent?.id ?? null,
    refId,
    title,
    kind:
      parent === null || refId === 'A.5' || refId === '9.2'
        ? 'heading'
        : refId.startsWith('A')
          ? 'control'
          : 'clause_requirement',
    assessable: false,
    description: null,
    guidance: null,
    objectives: null,
    typicalEvidence: null,
    withdrawn: false,
    attributes: isNew ? { ...attributes, edition_change: ['new_in_2022'] } : attributes,
    parameters: [],
    certaGuidance: null,
  };
}

const clause9 = node('9', 'Performance evaluation', null);
const audit = node('9.2', 'Internal audit', clause9);
const general = node('9.2.1', 'General', audit);
const programme = node('9.2.2', 'Internal audit programme', audit);
const annex = node('A', 'Information security controls reference', null);
const organizational = node('A.5', 'Organizational controls', annex);
const threat = node('A.5.7', 'Threat intelligence', organizational, true, {
  control_type: ['preventive', 'detective', 'corrective'],
  security_domains: ['defence', 'resilience'],
});
const cloud = node('A.5.23', 'Information security for use of cloud services', organizational, true, {
  control_type: ['preventive'],
  security_domains: ['governance_and_ecosystem', 'protection'],
});
const policies = node('A.5.1', 'Policies for information security', organizational, false, {
  control_type: ['preventive'],
  security_domains: ['governance_and_ecosystem', 'resilience'],
});
const people = node('A.6', 'People controls', annex);
const screening = node('A.6.1', 'Screening', people, false, {
  control_type: ['preventive'],
  security_domains: ['governance_and_ecosystem'],
});
// As the API lists them: themes before controls.
const tree = buildTree([
  clause9,
  audit,
  general,
  programme,
  annex,
  organizational,
  people,
  policies,
  threat,
  cloud,
  screening,
]);
const refs = (nodes: ReturnType<typeof visibleNodes>) => nodes.map((shown) => shown.requirement.refId);

describe('requirement tree', () => {
  it('reads depth first, each heading followed by its branch', () => {
    expect(tree.nodes.map((shown) => shown.requirement.refId).slice(4)).toEqual([
      'A',
      'A.5',
      'A.5.1',
      'A.5.7',
      'A.5.23',
      'A.6',
      'A.6.1',
    ]);
  });

  it('works out levels and children', () => {
    expect(tree.byRef.get('A.5.7')?.level).toBe(3);
    expect(tree.byRef.get('9.2')?.hasChildren).toBe(true);
    expect(tree.childrenOf.get('A.5')).toEqual(['A.5.1', 'A.5.7', 'A.5.23']);
  });

  it('shows only the top level and the children of open headings', () => {
    expect(refs(visibleNodes(tree, { query: '', newOnly: false }, new Set()))).toEqual(['9', 'A']);
    expect(refs(visibleNodes(tree, { query: '', newOnly: false }, new Set(['A'])))).toEqual(['9', 'A', 'A.5', 'A.6']);
    expect(refs(visibleNodes(tree, { query: '', newOnly: false }, new Set(['9', '9.2', 'A.5'])))).toEqual([
      '9',
      '9.2',
      '9.2.1',
      '9.2.2',
      'A',
    ]);
  });

  it('filters by reference or words, keeping the headings above each match', () => {
    expect(refs(visibleNodes(tree, { query: 'threat', newOnly: false }, new Set()))).toEqual(['A', 'A.5', 'A.5.7']);
    expect(refs(visibleNodes(tree, { query: 'a.5.2', newOnly: false }, new Set()))).toEqual(['A', 'A.5', 'A.5.23']);
    expect(refs(visibleNodes(tree, { query: 'Internal audit', newOnly: false }, new Set()))).toEqual([
      '9',
      '9.2',
      '9.2.1',
      '9.2.2',
    ]);
  });

  it('keeps only the controls new in 2022 when asked', () => {
    expect(refs(visibleNodes(tree, { query: '', newOnly: true }, new Set()))).toEqual(['A', 'A.5', 'A.5.7', 'A.5.23']);
    expect(refs(visibleNodes(tree, { query: 'cloud', newOnly: true }, new Set()))).toEqual(['A', 'A.5', 'A.5.23']);
  });

  it('narrows by attribute values: any value of a type, every type selected', () => {
    const filter = (attributes: Record<string, string[]>, query = '') => ({ query, newOnly: false, attributes });
    expect(refs(visibleNodes(tree, filter({ control_type: ['detective'] }), new Set()))).toEqual(['A', 'A.5', 'A.5.7']);
    expect(refs(visibleNodes(tree, filter({ security_domains: ['defence', 'protection'] }), new Set()))).toEqual([
      'A',
      'A.5',
      'A.5.7',
      'A.5.23',
    ]);
    expect(
      refs(visibleNodes(tree, filter({ control_type: ['preventive'], security_domains: ['resilience'] }), new Set())),
    ).toEqual(['A', 'A.5', 'A.5.1', 'A.5.7']);
    expect(
      refs(visibleNodes(tree, filter({ control_type: ['corrective'], security_domains: ['protection'] }), new Set())),
    ).toEqual([]);
  });

  it('combines attribute values with the words, and a matching heading no longer brings its whole branch', () => {
    const attributes = { security_domains: ['governance_and_ecosystem'] };
    expect(refs(visibleNodes(tree, { query: 'cloud', newOnly: false, attributes }, new Set()))).toEqual([
      'A',
      'A.5',
      'A.5.23',
    ]);
    expect(refs(visibleNodes(tree, { query: 'people', newOnly: false, attributes }, new Set()))).toEqual([]);
    expect(refs(visibleNodes(tree, { query: 'people', newOnly: false, attributes: {} }, new Set()))).toEqual([
      'A',
      'A.6',
      'A.6.1',
    ]);
  });

  it('ignores attribute types with nothing selected', () => {
    const filter = { query: '', newOnly: false, attributes: { control_type: [] } };
    expect(isFiltering(filter)).toBe(false);
    expect(refs(visibleNodes(tree, filter, new Set()))).toEqual(['9', 'A']);
  });
});
