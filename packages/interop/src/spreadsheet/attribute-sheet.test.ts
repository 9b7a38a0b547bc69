import { DomainError, type ImportedAttributeRow } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { attributeTemplateCsv, parseAttributeCsv } from './index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function rowsOf(text: string): ImportedAttributeRow[] {
  const parsed = parseAttributeCsv(encode(text), 'attributes.csv');
  if (parsed.kind !== 'attributes') throw new Error('expected attribute rows');
  return parsed.rows;
}

function problemsOf(text: string): string[] {
  try {
    parseAttributeCsv(encode(text), 'attributes.csv');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return (error.details as { problems: { location: string; message: string }[] }).problems.map(
      (problem) => `${problem.location}: ${problem.message}`,
    );
  }
  throw new Error('expected the import to be refused');
}

describe('parseAttributeCsv', () => {
  it('reads each type of attribute, normalising ISO control ids and omitting empty types', () => {
    const csv = [
      '\uFEFFID,Properties,Control_Type,concepts,capabilities,domains',
      '5.1,#Confidentiality #Integrity #Availability,#Preventive,#Identify,#Governance,#Governance_and_Ecosystem #Resilience',
      'a.8.13,"availability, integrity",Corrective,Recover,Continuity,',
      'POL-7,,,,,',
    ].join('\r\n');
    expect(rowsOf(csv)).toEqual([
      {
        refId: 'A.5.1',
        line: 2,
        attributes: {
          control_type: ['preventive'],
          security_properties: ['confidentiality', 'integrity', 'availability'],
          cybersecurity_concepts: ['identify'],
          operational_capabilities: ['governance'],
          security_domains: ['governance_and_ecosystem', 'resilience'],
        },
      },
      {
        refId: 'A.8.13',
        line: 3,
        attributes: {
          control_type: ['corrective'],
          security_properties: ['availability', 'integrity'],
          cybersecurity_concepts: ['recover'],
          operational_capabilities: ['continuity'],
        },
      },
      { refId: 'POL-7', line: 4, attributes: {} },
    ]);
  });

  it('parses its own template, whose ids are plainly examples', () => {
    const rows = rowsOf(attributeTemplateCsv());
    expect(rows.map((row) => row.refId)).toEqual(['example-control-1', 'example-control-2']);
    expect(rows[1]?.attributes.control_type).toEqual(['detective', 'corrective']);
  });

  it('names the line, the column and the allowed values for an unknown word', () => {
    const csv =
      'id,control_type,properties,concepts,capabilities,domains\n5.1,#Preventive,#Confidentialty #Secrecy,,,\n';
    expect(problemsOf(csv)).toEqual([
      'attributes.csv: line 2, column properties: unknown values "#Confidentialty", "#Secrecy"; allowed: confidentiality, integrity, availability',
    ]);
  });

  it('refuses an A. id that is no Annex A control, an empty id and a repeated id', () => {
    const csv =
      'id,control_type,properties,concepts,capabilities,domains\nA.9.4.2,,,,,\n,,,,,#Protection\n5.1,,,,,\nA.5.1,,,,,\n';
    expect(problemsOf(csv)).toEqual([
      'attributes.csv: line 2: id "A.9.4.2" is not an ISO/IEC 27001:2022 Annex A control (A.5.1 to A.8.34)',
      'attributes.csv: line 3: id is empty',
      'attributes.csv: line 5: id "A.5.1" is already given on line 4',
    ]);
  });

  it.each([
    ['a missing column', 'id,control_type,properties,concepts,capabilities\n'],
    ['an extra column', 'id,control_type,properties,concepts,capabilities,domains,notes\n'],
    ['a repeated column', 'id,id,properties,concepts,capabilities,domains\n'],
  ])('refuses a header with %s', (_, csv) => {
    expect(problemsOf(`${csv}5.1,,,,,\n`)[0]).toMatch(
      /^attributes\.csv: line 1: the header must be exactly the columns id,control_type,properties,concepts,capabilities,domains \(any order\); found /,
    );
  });
});
