import { describe, expect, it } from 'vitest';
import { controlAttributeTypes, parseAttributeCell } from './attributes.ts';

describe('ISO/IEC 27002:2022 attribute types', () => {
  it('lists the five types with their value counts', () => {
    expect(
      Object.fromEntries(Object.entries(controlAttributeTypes).map(([type, values]) => [type, values.length])),
    ).toEqual({
      control_type: 3,
      security_properties: 3,
      cybersecurity_concepts: 5,
      operational_capabilities: 15,
      security_domains: 4,
    });
  });
});

describe('parseAttributeCell', () => {
  it.each([
    ['control_type', '#Preventive #Detective', ['preventive', 'detective'], []],
    [
      'security_properties',
      'confidentiality;integrity, availability',
      ['confidentiality', 'integrity', 'availability'],
      [],
    ],
    ['security_domains', '#Governance_and_Ecosystem #Resilience', ['governance_and_ecosystem', 'resilience'], []],
    [
      'operational_capabilities',
      '#Identity_and_access_management #Sorcery',
      ['identity_and_access_management'],
      ['#Sorcery'],
    ],
    ['cybersecurity_concepts', '', [], []],
    ['cybersecurity_concepts', '#Protect #protect', ['protect'], []],
  ] as const)('reads %s "%s"', (type, cell, values, unknown) => {
    expect(parseAttributeCell(type, cell)).toEqual({ values, unknown });
  });
});
