import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDomainError, type ImportedFramework, type ImportProblem, type ParsedImport } from '@certa/core';
import { renderRequirementTexts } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { parseOscal } from './oscal-catalog.ts';

const fixtures = new URL('../../test/fixtures/oscal/', import.meta.url);
// The repository is /work/main and the shared data /work/shared: five levels up from this folder.
const dataDir = new URL('../../../../../shared/data/oscal/', import.meta.url);
const hasData = existsSync(fileURLToPath(dataDir));
const skipNote = hasData ? '' : ` (skipped: ${fileURLToPath(dataDir)} is absent)`;

function bytesOf(url: URL): Uint8Array {
  return new Uint8Array(readFileSync(url));
}

function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

function frameworkOf(parsed: ParsedImport): ImportedFramework {
  if (parsed.kind !== 'frameworks') throw new Error(`Expected a catalog, got a ${parsed.kind}`);
  const [framework] = parsed.frameworks;
  if (!framework) throw new Error('No framework in the result');
  return framework;
}

function fixture(name: string): ImportedFramework {
  return frameworkOf(parseOscal(bytesOf(new URL(name, fixtures)), name));
}

function node(framework: ImportedFramework, key: string) {
  const found = framework.requirements.find((requirement) => requirement.key === key);
  if (!found) throw new Error(`No requirement ${key}`);
  // Texts keep parameter placeholders; read them as people do, with the parameters resolved.
  return renderRequirementTexts(found);
}

function refusal(run: () => unknown): { message: string; problems: ImportProblem[] } {
  try {
    run();
  } catch (error) {
    if (isDomainError(error) && error.code === 'validation_failed')
      return { message: error.message, problems: (error.details as { problems: ImportProblem[] }).problems };
    throw error;
  }
  throw new Error('Expected the import to be refused');
}

function counts(framework: ImportedFramework): { headings: number; controls: number; assessable: number } {
  const { requirements } = framework;
  return {
    headings: requirements.filter((requirement) => requirement.kind === 'heading').length,
    controls: requirements.filter((requirement) => requirement.kind === 'control').length,
    assessable: requirements.filter((requirement) => requirement.assessable).length,
  };
}

function smallCatalog(): { catalog: { groups: { groups: { controls: Record<string, unknown>[] }[] }[] } } {
  return JSON.parse(readFileSync(new URL('small-catalog.json', fixtures), 'utf8')) as ReturnType<typeof smallCatalog>;
}

describe('parseOscal on a small catalog', () => {
  const framework = fixture('small-catalog.json');

  it('reads groups, controls and enhancements depth-first in document order, parents first', () => {
    expect(
      framework.requirements.map((requirement) => [requirement.key, requirement.parentKey, requirement.kind]),
    ).toEqual([
      ['ac', null, 'heading'],
      ['ac-acct', 'ac', 'heading'],
      ['ac-1', 'ac-acct', 'control'],
      ['ac-1.1', 'ac-1', 'control'],
      ['ac-1.2', 'ac-1', 'control'],
      ['ac-2', 'ac-acct', 'control'],
      ['group-1', null, 'heading'],
      ['pe-1', 'group-1', 'control'],
    ]);
  });

  it('takes the reference from the label without a class, else the id', () => {
    expect(framework.requirements.map((requirement) => requirement.refId)).toEqual([
      'AC',
      'ac-acct',
      'AC-1',
      'AC-1(1)',
      'AC-1(2)',
      'AC-2',
      'group-1',
      'PE-1',
    ]);
  });

  it('renders the statement with parameters resolved and items on their own lines, indented by depth', () => {
    expect(node(framework, 'ac-1').description).toBe(
      [
        'The organization reviews accounts [Assignment: frequency]:',
        'a. Using [Selection (one or more): manual review; automated review];',
        'b. Removing stale accounts within 30 days:',
        '  1. Including shared accounts.',
      ].join('\n'),
    );
    expect(node(framework, 'ac-1').guidance).toBe(
      'Reviews find accounts that are no longer needed.\n\n- first check\n- second check',
    );
    expect(node(framework, 'ac-1').objectives).toBe('AC-01 accounts are reviewed [Assignment: frequency];');
  });

  it('keeps a withdrawn control, flagged and not assessable', () => {
    expect(node(framework, 'ac-2')).toMatchObject({ withdrawn: true, assessable: false, kind: 'control' });
    expect(counts(framework)).toEqual({ headings: 3, controls: 5, assessable: 4 });
  });

  it('stores props by name (with the class after a dot) and links by relation as attributes', () => {
    expect(node(framework, 'ac-1').attributes).toEqual({
      'label.zero-padded': ['AC-01'],
      label: ['AC-1'],
      'sort-id': ['ac-01'],
      'link:related': ['#ac-2'],
    });
    expect(node(framework, 'ac-2').attributes['link:incorporated-into']).toEqual(['#ac-1']);
  });

  it('reads parameters with their label, values, choices and how many may be chosen', () => {
    expect(node(framework, 'ac-1').parameters).toEqual([
      { paramId: 'ac-1_prm_1', label: 'frequency', values: [], choices: [], howMany: null },
      {
        paramId: 'ac-1_prm_2',
        label: 'review method',
        values: [],
        choices: ['manual review', 'automated review'],
        howMany: 'one-or-more',
      },
      { paramId: 'ac-1_prm_3', label: 'time period', values: ['30 days'], choices: [], howMany: null },
    ]);
  });

  it('takes identity, publisher, licence and description from the metadata', () => {
    expect({ ...framework, requirements: undefined }).toEqual({
      key: '5b0c7b43-8a1e-4c39-9d53-2f1c1b0e6a11',
      slug: 'example-access-catalog',
      version: '1.0',
      name: 'Example Access Catalog',
      publisher: 'Example Standards Body',
      licenceNote: 'CC-BY-4.0, for tests only',
      description: 'A small catalog with nested groups, an enhancement, a withdrawn control and parameters.',
      requirements: undefined,
    });
  });

  it('reads the YAML form of the catalog exactly as the JSON form', () => {
    expect(fixture('small-catalog.yaml')).toEqual(framework);
  });

  it('reads the XML form, markup and all, exactly as the JSON form', () => {
    expect(fixture('small-catalog.xml')).toEqual(framework);
  });
});

describe('parseOscal refusals', () => {
  it('refuses JSON that is neither a catalog nor a profile, naming the keys it found', () => {
    const { message } = refusal(() => parseOscal(text('{"foo":1}'), 'foo.json'));
    expect(message).toContain('"foo"');
    expect(message).toContain('expected an OSCAL catalog or profile');
  });

  it('refuses another OSCAL model such as assessment results, in JSON and in XML', () => {
    const json = refusal(() => parseOscal(text('{"assessment-results":{"uuid":"x"}}'), 'ar.json'));
    expect(json.message).toContain('"assessment-results"');
    const xml = refusal(() =>
      parseOscal(text('<assessment-results xmlns="http://csrc.nist.gov/ns/oscal/1.0"/>'), 'ar.xml'),
    );
    expect(xml.message).toContain('<assessment-results>');
  });

  it('refuses XML in another namespace', () => {
    const { message } = refusal(() => parseOscal(text('<catalog xmlns="urn:other"/>'), 'other.xml'));
    expect(message).toContain('urn:other');
  });

  it('locates a missing control title with a JSON pointer', () => {
    const document = smallCatalog();
    delete document.catalog.groups[0]?.groups[0]?.controls[1]?.title;
    const { problems, message } = refusal(() => parseOscal(text(JSON.stringify(document)), 'small.json'));
    expect(problems).toEqual([
      { location: 'small.json: /catalog/groups/0/groups/0/controls/1/title', message: 'Required' },
    ]);
    expect(message).toContain('small.json: /catalog/groups/0/groups/0/controls/1/title: Required');
  });

  it('locates problems in XML with an element path', () => {
    const xml = readFileSync(new URL('small-catalog.xml', fixtures), 'utf8')
      .replace('<title>Shared Accounts</title>', '')
      .replace('<prop name="sort-id" value="ac-01"/>', '<prop value="ac-01"/>');
    const { problems } = refusal(() => parseOscal(text(xml), 'small.xml'));
    expect(problems).toEqual([
      { location: 'small.xml: /catalog/group[1]/group[1]/control[1]/prop[3]/@name', message: 'Required' },
      { location: 'small.xml: /catalog/group[1]/group[1]/control[2]/title', message: 'Required' },
    ]);
  });

  it('collects every problem before refusing', () => {
    const { problems } = refusal(() =>
      parseOscal(text(JSON.stringify({ catalog: { metadata: { version: 1 } } })), 'bare.json'),
    );
    expect(problems).toEqual([
      { location: 'bare.json: /catalog/uuid', message: 'Required' },
      { location: 'bare.json: /catalog/metadata/title', message: 'Required' },
      { location: 'bare.json: /catalog/metadata/version', message: 'Expected a string, found a number' },
    ]);
  });

  it('refuses a catalog that uses one control id twice', () => {
    const document = smallCatalog();
    const controls = document.catalog.groups[0]?.groups[0]?.controls ?? [];
    controls.push({ ...controls[1], title: 'Copy' });
    const { problems } = refusal(() => parseOscal(text(JSON.stringify(document)), 'dup.json'));
    expect(problems).toEqual([
      { location: 'dup.json: /catalog/groups/0/groups/0/controls/2/id', message: 'Duplicate id "ac-2"' },
    ]);
  });
});

describe.skipIf(!hasData)(`parseOscal on published catalogs${skipNote}`, () => {
  const nist = (name: string): ImportedFramework =>
    frameworkOf(parseOscal(bytesOf(new URL(`nist/${name}`, dataDir)), name));

  it('reads the NIST SP 800-53 HIGH baseline: 18 families, 370 controls and enhancements', () => {
    const high = nist('NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json');
    expect(counts(high)).toEqual({ headings: 18, controls: 370, assessable: 370 });
    expect(high.publisher).toBe('Joint Task Force, Transformation Initiative');
    const ac2 = node(high, 'ac-2');
    expect(ac2.refId).toBe('AC-2');
    expect(node(high, 'ac')).toMatchObject({ refId: 'AC', title: 'Access Control', kind: 'heading' });
    expect(ac2.description).toContain(
      'c. Require [Assignment: prerequisites and criteria] for group and role membership;',
    );
    expect(ac2.description).toContain('\nd. Specify:\n  1. Authorized users of the system;');
    expect(ac2.objectives).toContain(
      'AC-02a.[01] account types allowed for use within the system are defined and documented;',
    );
    expect(ac2.attributes).toMatchObject({ label: ['AC-2'], 'label.zero-padded': ['AC-02'], 'sort-id': ['ac-02'] });
    expect(ac2.attributes['link:related']).toContain('#ac-3');
    expect(node(high, 'ac-2.1')).toMatchObject({ parentKey: 'ac-2', refId: 'AC-2(1)' });
    expect(node(high, 'ac-1').description).toContain(
      '[Selection (one or more): organization-level; mission/business process-level; system-level] access control policy',
    );
  });

  it('reads the NIST CSF 2.0 XML catalog: 6 functions, 219 categories and subcategories', () => {
    const csf = nist('NIST_CSF_v2.0_catalog.xml');
    expect(counts(csf)).toEqual({ headings: 6, controls: 219, assessable: 219 });
    expect(node(csf, 'GV').refId).toBe('GV');
    expect(node(csf, 'GV.OC')).toMatchObject({ refId: 'GV.OC', title: 'Organizational Context', parentKey: 'GV' });
    const subcategory = node(csf, 'GV.OC-01');
    expect(subcategory.description).toBe(
      'The organizational mission is understood and informs cybersecurity risk management',
    );
    expect(subcategory.guidance).toMatch(/^Examples:\n- Share the organization's mission \(e\.g\., through vision/);
    expect(subcategory.attributes['risk-party']).toEqual(['1st']);
  });

  it('reads the OSCAL basic catalog example', () => {
    const basic = frameworkOf(
      parseOscal(bytesOf(new URL('examples/basic-catalog.json', dataDir)), 'basic-catalog.json'),
    );
    expect(counts(basic)).toEqual({ headings: 4, controls: 4, assessable: 4 });
    expect(node(basic, 's1.1.1').refId).toBe('1.1.1');
    expect(node(basic, 's1.1.1').description).toContain(
      '[Selection (one or more): initiating a device lock after [Assignment: a duration] of inactivity;',
    );
  });

  it('refuses the OSCAL assessment results example', () => {
    const name = 'ifa_assessment-results-example.json';
    const { message } = refusal(() => parseOscal(bytesOf(new URL(`examples/${name}`, dataDir)), name));
    expect(message).toContain('"assessment-results"');
  });
});

describe('parameter placeholders', () => {
  it('are kept in the stored texts so a profile can set their values later', () => {
    const text = new TextEncoder().encode(
      JSON.stringify({
        catalog: {
          uuid: '0f6f0d1c-6f2a-4a53-9a4b-0c5f7d8e9a10',
          metadata: { title: 'Tiny', 'last-modified': '2026-01-01T00:00:00Z', version: '1', 'oscal-version': '1.1.2' },
          controls: [
            {
              id: 'c-1',
              title: 'One',
              params: [{ id: 'c-1_prm', label: 'how often' }],
              parts: [{ id: 'c-1_smt', name: 'statement', prose: 'Review {{ insert: param, c-1_prm }}.' }],
            },
          ],
        },
      }),
    );
    const [control] = frameworkOf(parseOscal(text, 'tiny.json')).requirements;
    expect(control?.description).toBe('Review {{ insert: param, c-1_prm }}.');
    expect(control?.parameters).toEqual([
      { paramId: 'c-1_prm', label: 'how often', values: [], choices: [], howMany: null },
    ]);
  });
});
