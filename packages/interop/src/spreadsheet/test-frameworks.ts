import {
  iso27001Catalogue,
  iso27001FrameworkInfo,
  iso27001GuidanceFor,
  type Framework,
  type ImportedFramework,
} from '@certa/core';
import type { ExportableFramework } from '../export-model.ts';

type ExportableRequirement = ExportableFramework['requirements'][number];

function storedFramework(overrides: Partial<Framework>): Framework {
  return {
    id: 'framework-1',
    organizationId: 'organization-1',
    slug: 'framework',
    version: '1',
    name: 'Framework',
    publisher: 'Unknown',
    licenceNote: '',
    source: 'imported',
    sourceKey: null,
    description: null,
    sourceFormat: null,
    sourceFileName: null,
    sourceSha256: null,
    createdAt: new Date('2025-01-01T00:00:00Z'),
    ...overrides,
  };
}

function storedRequirement(position: number, overrides: Partial<ExportableRequirement>): ExportableRequirement {
  const refId = overrides.refId ?? `R-${position}`;
  return {
    id: `requirement-${refId}`,
    frameworkId: 'framework-1',
    parentId: null,
    refId,
    title: refId,
    kind: 'control',
    assessable: true,
    position,
    description: null,
    guidance: null,
    objectives: null,
    typicalEvidence: null,
    withdrawn: false,
    sourceKey: refId,
    attributes: {},
    parameters: [],
    certaGuidance: null,
    ...overrides,
  };
}

/** Test support: a stored custom framework whose cells exercise quoting, formulas, attributes and line breaks. */
export function awkwardFramework(): ExportableFramework {
  const parent = (refId: string): string => `requirement-${refId}`;
  return {
    framework: storedFramework({
      name: 'Awkward, "quoted" policy',
      version: '7',
      publisher: 'Example Ltd',
      licenceNote: 'Internal use only',
      description: 'Two\nlines',
    }),
    requirements: [
      storedRequirement(0, { refId: 'P-1', title: 'Top, with comma', kind: 'heading', assessable: false }),
      storedRequirement(1, {
        refId: 'P-1.1',
        parentId: parent('P-1'),
        title: '=SUM(1,2)',
        description: '- first bullet\n- second "quoted" bullet',
        guidance: "'=already guarded",
        objectives: 'Question one?\nQuestion two?',
        typicalEvidence: '@mention, +plus',
        attributes: {
          owner: ['IT', 'HR'],
          'link:related': ['https://example.com/a?b=c;d'],
          'odd=key': ['back\\slash'],
        },
      }),
      storedRequirement(2, { refId: 'P-1.2', parentId: parent('P-1'), title: 'Withdrawn one', withdrawn: true }),
      storedRequirement(3, { refId: 'P-2', title: 'Clause', kind: 'clause_requirement' }),
      storedRequirement(4, { refId: 'P-2.1', parentId: parent('P-2'), title: 'Not assessed', assessable: false }),
    ],
  };
}

/** Test support: the built-in ISO/IEC 27001:2022 framework with Certa guidance, as the exporters receive it. */
export function isoFramework(): ExportableFramework {
  return {
    framework: storedFramework({ ...iso27001FrameworkInfo, organizationId: null, source: 'built_in' }),
    requirements: iso27001Catalogue.map((node, position) =>
      storedRequirement(position, {
        refId: node.refId,
        title: node.title,
        kind: node.kind,
        assessable: node.assessable,
        parentId: node.parentRefId === null ? null : `requirement-${node.parentRefId}`,
        certaGuidance: iso27001GuidanceFor(node.refId) ?? null,
      }),
    ),
  };
}

/** Test support: the fields a spreadsheet round trip must keep, for comparing trees. */
export function treeShape(
  requirements: readonly (ImportedFramework['requirements'][number] | ExportableRequirement)[],
) {
  const refIdById = new Map(requirements.map((node) => ['id' in node ? node.id : node.key, node.refId]));
  return requirements.map((node) => ({
    refId: node.refId,
    parent: 'parentId' in node ? (node.parentId === null ? null : refIdById.get(node.parentId)) : node.parentKey,
    title: node.title,
    kind: node.kind,
    assessable: node.assessable,
    description: node.description,
    guidance: node.guidance,
    objectives: node.objectives,
    withdrawn: node.withdrawn,
    attributes: node.attributes,
  }));
}
