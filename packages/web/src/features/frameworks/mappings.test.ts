import type { FrameworkRequirement, RequirementMappingView } from '@certa/client';
import { describe, expect, it } from 'vitest';
import { filterMappings, mappingCoverage } from './mappings.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const source = id(100);
const target = id(200);

function mapping(n: number, from: [string, string], to: [string, string], rationale: string | null = null) {
  return {
    id: id(n),
    source: { frameworkId: source, requirementId: id(n + 10), refId: from[0], title: from[1] },
    target: { frameworkId: target, requirementId: id(n + 20), refId: to[0], title: to[1] },
    relationship: 'subset',
    strength: 7,
    rationale,
  } satisfies RequirementMappingView;
}

function requirement(n: number, assessable: boolean): FrameworkRequirement {
  return {
    id: id(n),
    parentId: null,
    refId: `R${n}`,
    title: `Requirement ${n}`,
    kind: assessable ? 'control' : 'heading',
    assessable,
    description: null,
    guidance: null,
    objectives: null,
    typicalEvidence: null,
    withdrawn: false,
    attributes: {},
    parameters: [],
    certaGuidance: null,
  };
}

const accounts = mapping(1, ['1.1', 'User accounts'], ['A.5.16', 'Identity management'], 'Named accounts');
const review = mapping(2, ['1.1.1', 'Review accounts each quarter'], ['A.5.18', 'Access rights']);

describe('mappings', () => {
  it('filters by words of either side, the relationship or the rationale', () => {
    expect(filterMappings([accounts, review], 'a.5.18')).toEqual([review]);
    expect(filterMappings([accounts, review], 'named identity')).toEqual([accounts]);
    expect(filterMappings([accounts, review], 'subset')).toEqual([accounts, review]);
    expect(filterMappings([accounts, review], '  ')).toEqual([accounts, review]);
  });

  it('counts the assessable source requirements with and without a mapping', () => {
    const coverage = mappingCoverage([requirement(5, false), requirement(11, true), requirement(13, true)], [accounts]);
    expect(coverage.mapped).toBe(1);
    expect(coverage.total).toBe(2);
    expect(coverage.unmapped.map((shown) => shown.refId)).toEqual(['R13']);
  });
});
