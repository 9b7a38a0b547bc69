import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  iso27001Catalogue,
  iso27001Requirements,
  iso27001FrameworkInfo,
  iso27001GuidanceFor,
  type Framework,
  type ImportedFramework,
  type ParsedImport,
} from '@certa/core';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ExportableFramework } from '../export-model.ts';
import { parseOscal } from './oscal-catalog.ts';
import { toOscalCatalog } from './oscal-export.ts';
import { certaOscalNamespace } from './oscal-parts.ts';

// The repository is /work/main and the shared data /work/shared: five levels up from this folder.
const dataDir = new URL('../../../../../shared/data/oscal/', import.meta.url);
const hasData = existsSync(fileURLToPath(dataDir));
const skipNote = hasData ? '' : ` (skipped: ${fileURLToPath(dataDir)} is absent)`;

type Json = Record<string, unknown> & {
  id?: string;
  props?: Json[];
  parts?: Json[];
  controls?: Json[];
  groups?: Json[];
};

const createdAt = new Date('2026-02-03T04:05:06.000Z');

function frameworkRow(overrides: Partial<Framework>): Framework {
  return {
    id: '0b5a3c1e-7d2f-4e8a-9b6c-1d2e3f4a5b6c',
    organizationId: null,
    slug: 'framework',
    version: '1',
    name: 'Framework',
    publisher: 'Publisher',
    licenceNote: '',
    source: 'imported',
    sourceKey: null,
    description: null,
    sourceFormat: null,
    sourceFileName: null,
    sourceSha256: null,
    createdAt,
    ...overrides,
  };
}

/** The built-in ISO/IEC 27001:2022 tree as the library service stores it, with Certa's guidance. */
function isoFramework(): ExportableFramework {
  return {
    framework: frameworkRow({ ...iso27001FrameworkInfo, source: 'built_in' }),
    requirements: iso27001Requirements('iso', (refId) => `iso-${refId}`).map((node) => ({
      ...node,
      certaGuidance: iso27001GuidanceFor(node.refId) ?? null,
    })),
  };
}

/** An imported framework as it would be stored, ready to export. */
function storedFramework(imported: ImportedFramework): ExportableFramework {
  return {
    framework: frameworkRow({ ...imported, id: imported.key, sourceKey: imported.key, sourceFormat: 'oscal' }),
    requirements: imported.requirements.map((node, position) => ({
      ...node,
      id: `id-${node.key}`,
      frameworkId: imported.key,
      parentId: node.parentKey === null ? null : `id-${node.parentKey}`,
      position,
      sourceKey: node.key,
      certaGuidance: null,
    })),
  };
}

function reparse(catalog: object): ImportedFramework {
  const parsed: ParsedImport = parseOscal(new TextEncoder().encode(JSON.stringify(catalog)), 'export.json');
  if (parsed.kind !== 'frameworks' || !parsed.frameworks[0]) throw new Error('Expected a catalog');
  return parsed.frameworks[0];
}

function flatten(nodes: readonly Json[] | undefined): Json[] {
  return (nodes ?? []).flatMap((node) => [node, ...flatten(node.groups), ...flatten(node.controls)]);
}

function byId(catalog: { catalog: Json }, id: string): Json {
  const found = flatten([...(catalog.catalog.groups ?? []), ...(catalog.catalog.controls ?? [])]).find(
    (node) => node.id === id,
  );
  if (!found) throw new Error(`No group or control ${id}`);
  return found;
}

describe('toOscalCatalog on the built-in ISO/IEC 27001:2022 tree', () => {
  const iso = isoFramework();
  const exported = toOscalCatalog(iso);

  it('writes the metadata OSCAL requires, with the publisher as a party', () => {
    expect(exported.catalog.uuid).toBe(iso.framework.id);
    expect(exported.catalog.metadata).toMatchObject({
      title: 'ISO/IEC 27001:2022',
      'last-modified': '2026-02-03T04:05:06.000Z',
      version: '2022',
      'oscal-version': '1.2.1',
      roles: [{ id: 'publisher', title: 'Publisher' }],
      parties: [{ type: 'organization', name: 'ISO/IEC' }],
      props: [{ name: 'license', ns: certaOscalNamespace, value: iso27001FrameworkInfo.licenceNote }],
    });
    expect(exported.catalog.metadata).not.toHaveProperty('remarks');
  });

  it('turns clause references into ids that are tokens and keeps Annex A references', () => {
    const groups = exported.catalog.groups as Json[];
    expect(groups.map((group) => group.id)).toEqual([
      'clause-4',
      'clause-5',
      'clause-6',
      'clause-7',
      'clause-8',
      'clause-9',
      'clause-10',
      'A',
    ]);
    expect(byId(exported, 'clause-4').controls?.map((control) => control.id)).toEqual([
      'clause-4.1',
      'clause-4.2',
      'clause-4.3',
      'clause-4.4',
    ]);
    expect(byId(exported, 'A').groups?.map((group) => group.id)).toEqual(['A.5', 'A.6', 'A.7', 'A.8']);
    expect(byId(exported, 'A.5.1').props?.[0]).toEqual({ name: 'label', value: 'A.5.1' });
  });

  it('writes a heading beside assessable clauses as a control marked as a heading', () => {
    expect(byId(exported, 'clause-6').controls?.map((control) => control.id)).toEqual([
      'clause-6.1',
      'clause-6.2',
      'clause-6.3',
    ]);
    expect(byId(exported, 'clause-6.1').props).toEqual([
      { name: 'label', value: '6.1' },
      { name: 'requirement-kind', ns: certaOscalNamespace, value: 'heading' },
      { name: 'assessable', ns: certaOscalNamespace, value: 'false' },
    ]);
  });

  it("writes Certa's guidance as parts and a prop in Certa's namespace", () => {
    const guidance = iso27001GuidanceFor('A.5.1');
    const control = byId(exported, 'A.5.1');
    expect(control.props).toContainEqual({
      name: 'documented-information-required',
      ns: certaOscalNamespace,
      value: String(guidance?.documentedInformation.required),
    });
    const parts = control.parts ?? [];
    expect(parts.map((part) => [part.name, part.ns])).toEqual([
      ['guidance', certaOscalNamespace],
      ['auditor-questions', certaOscalNamespace],
      ['typical-evidence', certaOscalNamespace],
      ['common-gaps', certaOscalNamespace],
      ['documented-information', certaOscalNamespace],
    ]);
    expect(parts[0]?.prose).toBe(guidance?.meaning);
    expect(parts[1]?.parts?.map((item) => item.prose)).toEqual(guidance?.auditorQuestions);
    expect(byId(exported, 'A.5.7').props).toContainEqual({
      name: 'edition_change',
      ns: certaOscalNamespace,
      value: 'new_in_2022',
    });
  });

  it('reads back as the same tree: references, titles, kinds, assessability, parents and guidance', () => {
    const back = reparse(exported);
    const refOf = new Map(back.requirements.map((node) => [node.key, node.refId]));
    // Both orders put parents first; the export walks depth-first where the catalogue lists themes first.
    const byRef = (a: unknown[], b: unknown[]): number => String(a[0]).localeCompare(String(b[0]));
    expect(
      back.requirements
        .map((node) => [
          node.refId,
          node.title,
          node.kind,
          node.assessable,
          node.parentKey && refOf.get(node.parentKey),
        ])
        .sort(byRef),
    ).toEqual(
      iso27001Catalogue
        .map((node) => [node.refId, node.title, node.kind, node.assessable, node.parentRefId])
        .sort(byRef),
    );
    const a51 = back.requirements.find((node) => node.refId === 'A.5.1');
    expect(a51?.guidance).toBe(iso27001GuidanceFor('A.5.1')?.meaning);
    expect(a51?.typicalEvidence).toBe(
      iso27001GuidanceFor('A.5.1')
        ?.typicalEvidence.map((item) => `- ${item}`)
        .join('\n'),
    );
    expect(back).toMatchObject({
      name: 'ISO/IEC 27001:2022',
      publisher: 'ISO/IEC',
      licenceNote: iso27001FrameworkInfo.licenceNote,
    });
  });
});

describe('toOscalCatalog on untidy data', () => {
  const untidy: ExportableFramework = {
    framework: frameworkRow({ id: 'not-a-uuid', name: 'Untidy\nframework', description: '  ' }),
    requirements: [
      { refId: '1 Scope', sourceKey: '1 Scope', kind: 'heading' as const, parentId: null },
      { refId: 'R(1)', sourceKey: '#1', kind: 'control' as const, parentId: 'a' },
      { refId: 'R(1)', sourceKey: '#1', kind: 'control' as const, parentId: 'a' },
    ].map((node, position) => ({
      ...node,
      id: ['a', 'b', 'c'][position] ?? 'x',
      frameworkId: 'f',
      title: `Title\n${position}`,
      assessable: node.kind === 'control',
      position,
      description: position === 1 ? 'Line one.\n\nLine two.' : '',
      guidance: null,
      objectives: null,
      typicalEvidence: null,
      withdrawn: position === 2,
      attributes: { 'profile:context': ['yes'], 'link:see also': ['#a', 'not a uri'], notes: ['two\nlines', ' '] },
      parameters: [{ paramId: '1st param', label: 'a\nlabel', values: ['x'], choices: ['x', 'y'], howMany: 'one' }],
      certaGuidance: null,
    })),
  };
  const exported = toOscalCatalog(untidy);

  it('makes ids and prop names tokens, keeps them unique and values on one line', () => {
    const group = (exported.catalog.groups as Json[])[0];
    expect(group?.id).toBe('clause-1-Scope');
    expect(group?.controls?.map((control) => control.id)).toEqual(['R-1', 'R-1-2']);
    expect(group?.controls?.[0]?.title).toBe('Title 1');
    expect(group?.controls?.[0]?.props).toContainEqual({
      name: 'profile-context',
      ns: certaOscalNamespace,
      value: 'yes',
    });
    expect(group?.controls?.[0]?.props).toContainEqual({ name: 'notes', ns: certaOscalNamespace, value: 'two lines' });
    expect(group?.controls?.[0]?.links).toEqual([{ href: '#a', rel: 'see-also' }]);
    expect(group?.controls?.[0]?.params).toEqual([{ id: 'param-1st-param', label: 'a label', values: ['x'] }]);
    expect(group?.controls?.[1]?.props).toContainEqual({ name: 'status', value: 'withdrawn' });
    expect(group?.parts).toBeUndefined();
    expect(exported.catalog.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe.skipIf(!hasData)(`toOscalCatalog against the OSCAL 1.2.1 schema${skipNote}`, () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(
    JSON.parse(readFileSync(new URL('schemas/oscal_catalog_schema.json', dataDir), 'utf8')) as object,
  );
  const expectValid = (document: object): void => {
    const valid = validate(document);
    expect(valid, ajv.errorsText(validate.errors?.slice(0, 20), { separator: '\n' })).toBe(true);
  };

  it('writes the built-in ISO/IEC 27001 tree as a valid catalog', () => {
    expectValid(toOscalCatalog(isoFramework()));
  });

  it('writes untidy data as a valid catalog', () => {
    expectValid(
      toOscalCatalog({
        framework: frameworkRow({ id: 'x', licenceNote: 'Some\nlicence' }),
        requirements: [
          {
            id: 'r',
            frameworkId: 'x',
            parentId: null,
            refId: '§ 1',
            title: ' ',
            kind: 'clause_requirement' as const,
            assessable: true,
            position: 0,
            description: null,
            guidance: ' ',
            objectives: 'Objective',
            typicalEvidence: 'Logs',
            withdrawn: false,
            sourceKey: '',
            attributes: { '': ['v'], 'link:': ['#r'], 'link:x': ['bad uri'], notes: ['two\nlines', ' '] },
            parameters: [{ paramId: 'p', label: null, values: [], choices: ['a\nb', ''], howMany: 'several' }],
          },
        ].map((node) => ({ ...node, certaGuidance: null })),
      }),
    );
  });

  it('round-trips the NIST SP 800-53 HIGH baseline: parse, export, validate, parse again to the same framework', () => {
    const name = 'NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json';
    const high = parseOscal(new Uint8Array(readFileSync(new URL(`nist/${name}`, dataDir))), name);
    if (high.kind !== 'frameworks' || !high.frameworks[0]) throw new Error('Expected a catalog');
    const imported = high.frameworks[0];
    const exported = toOscalCatalog(storedFramework(imported));
    expectValid(exported);
    const back = reparse(exported);
    expect(back.requirements.filter((node) => node.kind === 'heading')).toHaveLength(18);
    expect(back.requirements.filter((node) => node.kind === 'control')).toHaveLength(370);
    expect(back.requirements.map((node) => node.refId)).toEqual(imported.requirements.map((node) => node.refId));
    // Every exported node carries its reference as a label, so nodes that had none gain one.
    const withLabels = imported.requirements.map((node) => ({
      ...node,
      attributes: { label: [node.refId], ...node.attributes },
    }));
    expect(back).toEqual({ ...imported, requirements: withLabels });
  });
});
