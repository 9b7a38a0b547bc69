import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  isDomainError,
  type ImportedFramework,
  type ImportedProfile,
  type ImportProblem,
  type ParsedImport,
} from '@certa/core';
import { renderRequirementTexts } from '@certa/core';
import { describe, expect, it } from 'vitest';
import { parseOscal } from './oscal-catalog.ts';
import { resolveOscalProfile } from './oscal-profile.ts';

const fixtures = new URL('../../test/fixtures/oscal/', import.meta.url);
// The repository is /work/main and the shared data /work/shared: five levels up from this folder.
const dataDir = new URL('../../../../../shared/data/oscal/', import.meta.url);
const hasData = existsSync(fileURLToPath(dataDir));
const skipNote = hasData ? '' : ` (skipped: ${fileURLToPath(dataDir)} is absent)`;

function parseFile(url: URL): ParsedImport {
  return parseOscal(new Uint8Array(readFileSync(url)), url.pathname.split('/').pop() ?? 'file');
}

function catalogOf(parsed: ParsedImport): ImportedFramework {
  if (parsed.kind !== 'frameworks' || !parsed.frameworks[0]) throw new Error('Expected a catalog');
  return parsed.frameworks[0];
}

function profileOf(parsed: ParsedImport): ImportedProfile {
  if (parsed.kind !== 'profile') throw new Error('Expected a profile');
  return parsed.profile;
}

function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

function refusal(run: () => unknown): { message: string; problems: ImportProblem[] } {
  try {
    run();
  } catch (error) {
    if (isDomainError(error) && error.code === 'validation_failed')
      return { message: error.message, problems: (error.details as { problems: ImportProblem[] }).problems };
    throw error;
  }
  throw new Error('Expected a refusal');
}

function smallProfileDocument(): { profile: Record<string, unknown> & { imports: Record<string, unknown>[] } } {
  return JSON.parse(readFileSync(new URL('small-profile.json', fixtures), 'utf8')) as ReturnType<
    typeof smallProfileDocument
  >;
}

const catalog = catalogOf(parseFile(new URL('small-catalog.json', fixtures)));
const profile = profileOf(parseFile(new URL('small-profile.json', fixtures)));

function requirement(framework: ImportedFramework, key: string) {
  const found = framework.requirements.find((node) => node.key === key);
  if (!found) throw new Error(`No requirement ${key}`);
  // Texts keep parameter placeholders; read them as people do, with the parameters resolved.
  return renderRequirementTexts(found);
}

describe('parseOscal on a profile', () => {
  it('reads identity, catalog hrefs through the back-matter, selections and parameter settings', () => {
    expect(profile).toEqual({
      key: '9d2f6a3e-1b7c-4e5a-8f0d-3c4b5a697e12',
      slug: 'example-account-baseline',
      version: '2025.1',
      name: 'Example Account Baseline',
      publisher: 'Example Security Office',
      catalogHrefs: ['#4a8e6c2b-0d1f-4e3a-9b5c-7d6e8f9a0b1c', 'small-catalog.json', 'small-catalog.xml'],
      includeAll: false,
      include: [
        { id: 'ac-1', withChildControls: true },
        { id: 'pe-1', withChildControls: false },
      ],
      exclude: [{ id: 'ac-1.2', withChildControls: false }],
      setParameters: {
        'ac-1_prm_1': { values: ['every 90 days'] },
        'ac-1_prm_2': { choices: ['manual review', 'peer review'], howMany: 'one' },
        'ac-1.1_prm_1': { label: 'automated account tools' },
      },
    });
  });

  it('reads the XML form of the profile exactly as the JSON form', () => {
    expect(profileOf(parseFile(new URL('small-profile.xml', fixtures)))).toEqual(profile);
  });

  it.each([
    [
      'pattern matching',
      (document: ReturnType<typeof smallProfileDocument>) => {
        document.profile.imports[0] = {
          href: 'small-catalog.json',
          'include-controls': [{ matching: [{ pattern: 'ac-*' }] }],
        };
      },
      'not supported',
    ],
    [
      'two imports',
      (document: ReturnType<typeof smallProfileDocument>) => {
        document.profile.imports.push({ href: 'other.json', 'include-all': {} });
      },
      'more than one catalog',
    ],
    [
      'alterations',
      (document: ReturnType<typeof smallProfileDocument>) => {
        document.profile.modify = { alters: [{ 'control-id': 'ac-1' }] };
      },
      'alter controls are not supported',
    ],
    [
      'a back-matter reference to nothing',
      (document: ReturnType<typeof smallProfileDocument>) => {
        document.profile['back-matter'] = { resources: [{ uuid: '00000000-0000-4000-8000-000000000000' }] };
      },
      'No back-matter resource',
    ],
    [
      'an import that selects nothing',
      (document: ReturnType<typeof smallProfileDocument>) => {
        document.profile.imports[0] = { href: 'small-catalog.json' };
      },
      'Expected include-all or include-controls',
    ],
  ])('refuses a profile with %s', (_case, change, expected) => {
    const document = smallProfileDocument();
    change(document);
    const { problems } = refusal(() => parseOscal(text(JSON.stringify(document)), 'profile.json'));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining(expected)]);
  });
});

describe('resolveOscalProfile', () => {
  const resolved = resolveOscalProfile(profile, catalog, 'small-profile.json');

  it('keeps the selected controls with their child controls, minus exclusions, under their headings', () => {
    expect(resolved.requirements.map((node) => [node.key, node.parentKey, node.assessable])).toEqual([
      ['ac', null, false],
      ['ac-acct', 'ac', false],
      ['ac-1', 'ac-acct', true],
      ['ac-1.1', 'ac-1', true],
      ['group-1', null, false],
      ['pe-1', 'group-1', true],
    ]);
    expect(resolved).toMatchObject({
      key: profile.key,
      name: 'Example Account Baseline',
      version: '2025.1',
      slug: 'example-account-baseline',
      publisher: 'Example Security Office',
      licenceNote: '',
    });
  });

  it('shows the parameter values, choices and labels the profile sets', () => {
    const ac1 = requirement(resolved, 'ac-1');
    expect(ac1.description).toBe(
      [
        'The organization reviews accounts every 90 days:',
        'a. Using [Selection: manual review; peer review];',
        'b. Removing stale accounts within 30 days:',
        '  1. Including shared accounts.',
      ].join('\n'),
    );
    expect(ac1.objectives).toBe('AC-01 accounts are reviewed every 90 days;');
    expect(ac1.parameters[0]).toEqual({
      paramId: 'ac-1_prm_1',
      label: 'frequency',
      values: ['every 90 days'],
      choices: [],
      howMany: null,
    });
    expect(requirement(resolved, 'ac-1.1').description).toBe(
      'Support account reviews using [Assignment: automated account tools].',
    );
  });

  it('leaves the catalog it resolved against unchanged', () => {
    expect(requirement(catalog, 'ac-1').description).toContain('reviews accounts [Assignment: frequency]:');
  });

  it('keeps the parent of an enhancement selected alone as context that is not assessed', () => {
    const alone = resolveOscalProfile(
      { ...profile, include: [{ id: 'ac-1.1', withChildControls: false }], exclude: [] },
      catalog,
      'p.json',
    );
    expect(alone.requirements.map((node) => [node.key, node.assessable, node.attributes['profile:context']])).toEqual([
      ['ac', false, undefined],
      ['ac-acct', false, undefined],
      ['ac-1', false, ['yes']],
      ['ac-1.1', true, undefined],
    ]);
  });

  it('takes every control with include-all and removes an excluded control with its children', () => {
    const all = resolveOscalProfile(
      { ...profile, includeAll: true, include: [], exclude: [{ id: 'ac-1', withChildControls: true }] },
      catalog,
      'p.json',
    );
    expect(all.requirements.map((node) => node.key)).toEqual(['ac', 'ac-acct', 'ac-2', 'group-1', 'pe-1']);
    expect(requirement(all, 'ac-2')).toMatchObject({ withdrawn: true, assessable: false });
  });

  it('works the same on a catalog read back from storage (a plain copy)', () => {
    const copy = structuredClone(catalog);
    const result = resolveOscalProfile(profile, copy, 'p.json');
    expect(requirement(result, 'ac-1').parameters[0]?.values).toEqual(['every 90 days']);
    expect(requirement(result, 'ac-1').description).toContain('reviews accounts every 90 days:');
  });

  it('refuses a profile that names controls the catalog does not have, listing them', () => {
    const { problems } = refusal(() =>
      resolveOscalProfile(
        {
          ...profile,
          include: [
            { id: 'ac-1', withChildControls: false },
            { id: 'zz-9', withChildControls: false },
          ],
          exclude: [{ id: 'zz-8', withChildControls: false }],
        },
        catalog,
        'p.json',
      ),
    );
    expect(problems).toEqual([
      { location: 'p.json', message: '2 control ids are not in Example Access Catalog: zz-9, zz-8' },
    ]);
  });

  it('refuses parameter settings for parameters the catalog does not define', () => {
    const { message } = refusal(() =>
      resolveOscalProfile({ ...profile, setParameters: { nope_prm_1: { values: ['x'] } } }, catalog, 'p.json'),
    );
    expect(message).toContain('The profile sets parameters the catalog does not define: nope_prm_1');
  });
});

describe.skipIf(!hasData)(`resolveOscalProfile on the NIST baselines${skipNote}`, () => {
  const high = catalogOf(
    parseFile(new URL('nist/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json', dataDir)),
  );

  it.each([
    ['LOW', 149],
    ['MODERATE', 287],
  ])('selects exactly the %s baseline controls from the HIGH catalog', (level, expected) => {
    const baseline = profileOf(parseFile(new URL(`nist/NIST_SP-800-53_rev5_${level}-baseline_profile.json`, dataDir)));
    expect(baseline.include).toHaveLength(expected);
    expect(baseline.catalogHrefs[0]).toMatch(/^#/);
    expect(baseline.catalogHrefs.some((href) => href.endsWith('NIST_SP-800-53_rev5_catalog.json'))).toBe(true);
    const resolved = resolveOscalProfile(baseline, high, `${level}.json`);
    expect(resolved.requirements.filter((node) => node.assessable)).toHaveLength(expected);
    expect(resolved.requirements.filter((node) => node.kind === 'heading')).toHaveLength(18);
    expect(resolved.requirements.filter((node) => node.attributes['profile:context'])).toEqual([]);
    expect(resolved.name).toBe(`NIST Special Publication 800-53 Revision 5.1.1 ${level} IMPACT BASELINE`);
  });
});
