import type { FrameworkRequirement } from '@certa/client';
import { describe, expect, it } from 'vitest';
import {
  attributeFacets,
  attributeValueLabel,
  matchesAttributes,
  normalizeRef,
  shownAttributes,
} from './requirement-attributes.ts';

function requirement(attributes: Record<string, string[]>): FrameworkRequirement {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    parentId: null,
    refId: 'A.5.1',
    title: 'Policies',
    kind: 'control',
    assessable: true,
    description: null,
    guidance: null,
    objectives: null,
    typicalEvidence: null,
    withdrawn: false,
    attributes,
    parameters: [],
    certaGuidance: null,
  };
}

describe('requirement attributes', () => {
  it('names stored values in words', () => {
    expect(attributeValueLabel('preventive')).toBe('Preventive');
    expect(attributeValueLabel('governance_and_ecosystem')).toBe('Governance and ecosystem');
    expect(attributeValueLabel('identity_and_access_management')).toBe('Identity and access management');
  });

  it('offers only the attribute types in use, values in the order of the standard, with counts', () => {
    const facets = attributeFacets([
      requirement({ control_type: ['detective', 'preventive'], 'sort-id': ['ac-01'] }),
      requirement({ control_type: ['preventive'], security_properties: ['integrity'] }),
      requirement({}),
    ]);
    expect(facets.map((facet) => facet.label)).toEqual(['Control type', 'Security properties']);
    expect(facets[0]?.values).toEqual([
      { value: 'preventive', label: 'Preventive', count: 2 },
      { value: 'detective', label: 'Detective', count: 1 },
    ]);
    expect(attributeFacets([requirement({ 'sort-id': ['ac-01'] })])).toEqual([]);
  });

  it('matches any selected value of a type and every type', () => {
    const control = requirement({ control_type: ['preventive'], security_domains: ['protection', 'defence'] });
    expect(matchesAttributes(control, { control_type: ['preventive', 'corrective'] })).toBe(true);
    expect(matchesAttributes(control, { control_type: ['preventive'], security_domains: ['resilience'] })).toBe(false);
    expect(matchesAttributes(control, { control_type: [], security_domains: ['defence'] })).toBe(true);
    expect(matchesAttributes(requirement({}), { control_type: ['preventive'] })).toBe(false);
  });

  it('reads OSCAL ids and labels as the same reference', () => {
    expect(normalizeRef('#ac-2.1')).toBe('ac-2.1');
    expect(normalizeRef('AC-2(1)')).toBe('ac-2.1');
    expect(normalizeRef('A.5.7')).toBe('a.5.7');
  });

  it('shows the 27002 types first, links as the requirements they name, and folds the technical properties', () => {
    const refs = new Map([
      ['ac-3', 'AC-3'],
      ['ac-2.1', 'AC-2(1)'],
    ]);
    const { main, technical } = shownAttributes(
      {
        'link:related': ['#ac-3', '#ac-2.1', '#pm-9'],
        'link:reference': ['#0b2b8d5f-f2f3-4a30-a5fd-8e7d6a5a6d0e'],
        'sort-id': ['ac-02.01'],
        label: ['AC-2(1)'],
        control_type: ['preventive'],
        'implementation-level': ['organization'],
      },
      (ref) => refs.get(ref),
    );
    expect(main).toEqual([
      { key: 'control_type', label: 'Control type', values: [{ text: 'Preventive', ref: null }] },
      { key: 'implementation-level', label: 'implementation-level', values: [{ text: 'organization', ref: null }] },
      {
        key: 'link:related',
        label: 'Related',
        values: [
          { text: 'AC-3', ref: 'AC-3' },
          { text: 'AC-2(1)', ref: 'AC-2(1)' },
          { text: 'pm-9', ref: null },
        ],
      },
    ]);
    expect(technical.map((attribute) => attribute.key)).toEqual(['label', 'link:reference', 'sort-id']);
  });
});
