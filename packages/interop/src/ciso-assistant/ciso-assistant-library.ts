import {
  checkImportedTree,
  slugify,
  type ImportedFramework,
  type ImportedMapping,
  type ImportedRequirement,
  type ImportProblem,
  type ParsedImport,
} from '@certa/core';
import { orderParentsFirst } from '../spreadsheet/tree-order.ts';
import { assertImportSize, decodeText, jsonPointer, parseYamlSafely, rejectImport } from '../text-formats.ts';
import {
  validateCisoLibrary,
  type CisoFramework,
  type CisoLibrary,
  type CisoMappingSet,
  type CisoRequirementNode,
} from './ciso-assistant-library.schemas.ts';

type Path = readonly (string | number)[];

/** Trimmed text, or null when absent or blank. */
function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function shorten(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/** The last colon-separated segment of a urn (`urn:acme:risk:req_node:policy:1.2` → `1.2`). */
function urnTail(urn: string): string {
  return urn.split(':').pop() ?? urn;
}

/** Questions one per line; a map's questions carry their answer choices. */
function renderQuestions(questions: CisoRequirementNode['questions']): string | null {
  if (!questions) return null;
  const lines = Array.isArray(questions)
    ? questions
    : Object.values(questions).map((question) => {
        const choices = (question.choices ?? []).map((choice) => (typeof choice === 'string' ? choice : choice.value));
        return choices.length > 0 ? `${question.text} (${choices.join(' / ')})` : question.text;
      });
  return present(lines.map((line) => line.trim()).join('\n'));
}

function toRequirement(node: CisoRequirementNode, usedRefIds: Set<string>): ImportedRequirement {
  const name = present(node.name);
  const refIdGiven = present(node.ref_id);
  const description = present(node.description);
  const base = refIdGiven ?? (name ? shorten(name, 40) : urnTail(node.urn));
  let refId = base;
  for (let copy = 2; usedRefIds.has(refId); copy += 1) refId = `${base} (${copy})`;
  usedRefIds.add(refId);
  const groups = (node.implementation_groups ?? []).map((group) => group.trim()).filter((group) => group !== '');
  return {
    key: node.urn,
    parentKey: node.parent_urn ?? null,
    refId,
    title: name ?? refIdGiven ?? (description ? shorten(description, 80) : refId),
    kind: node.assessable ? 'control' : 'heading',
    assessable: node.assessable,
    description,
    guidance: present(node.annotation),
    objectives: renderQuestions(node.questions),
    typicalEvidence: present(node.typical_evidence),
    withdrawn: false,
    attributes: groups.length > 0 ? { implementation_group: groups } : {},
    parameters: [],
  };
}

function toFramework(
  library: CisoLibrary,
  framework: CisoFramework,
  path: Path,
  fileName: string,
  problems: ImportProblem[],
): ImportedFramework {
  const nodes = framework.requirement_nodes;
  const where = (index: number, field: string): string =>
    `${fileName}: ${jsonPointer([...path, 'requirement_nodes', index, field])}`;
  const tree = orderParentsFirst(nodes.map((node) => ({ key: node.urn, parentKey: node.parent_urn ?? null })));
  const found: ImportProblem[] = [];
  const nodeAt = (index: number): CisoRequirementNode => nodes[index] as CisoRequirementNode;
  for (const index of tree.duplicates)
    found.push({ location: where(index, 'urn'), message: `duplicate urn "${nodeAt(index).urn}"` });
  for (const index of tree.unknownParent)
    found.push({
      location: where(index, 'parent_urn'),
      message: `parent "${nodeAt(index).parent_urn ?? ''}" is not a node of this framework`,
    });
  for (const index of tree.inCycle)
    found.push({
      location: where(index, 'parent_urn'),
      message: `parent "${nodeAt(index).parent_urn ?? ''}" makes a cycle: the node would be its own ancestor`,
    });
  const usedRefIds = new Set<string>();
  const imported: ImportedFramework = {
    key: framework.urn,
    slug: slugify(present(framework.ref_id) ?? urnTail(framework.urn)),
    version: String(library.version ?? 1),
    name: present(framework.name) ?? present(library.name) ?? present(framework.ref_id) ?? framework.urn,
    publisher: present(library.provider) ?? present(library.packager) ?? 'Unknown',
    licenceNote: present(library.copyright) ?? '',
    description: present(framework.description) ?? present(library.description),
    requirements: tree.order.map((index) => toRequirement(nodeAt(index), usedRefIds)),
  };
  // The tree check catches what the ordering cannot (an empty framework); run it only on a sound list.
  problems.push(...(found.length > 0 ? found : checkImportedTree(imported, `${fileName}: ${jsonPointer(path)}`)));
  return imported;
}

function toMappings(set: CisoMappingSet): ImportedMapping[] {
  return set.requirement_mappings.flatMap(({ relationship, ...mapping }) =>
    relationship === 'not_related'
      ? []
      : [
          {
            sourceFrameworkKey: set.source_framework_urn,
            sourceRequirementKey: mapping.source_requirement_urn,
            targetFrameworkKey: set.target_framework_urn,
            targetRequirementKey: mapping.target_requirement_urn,
            relationship,
            strength: mapping.strength_of_relationship ?? null,
            rationale: present(mapping.rationale),
          },
        ],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a CISO Assistant library (YAML) into frameworks, with their trees rebuilt parents first, and
 * requirement mappings keyed by urn; refuses the whole file on the first structural problem list.
 */
export function parseCisoAssistantLibrary(bytes: Uint8Array, fileName: string): ParsedImport {
  assertImportSize(bytes, fileName);
  const value = parseYamlSafely(decodeText(bytes, fileName), fileName);
  if (!isRecord(value) || !('urn' in value) || !isRecord(value.objects))
    rejectImport(fileName, [
      {
        location: fileName,
        message: 'Not a CISO Assistant library: expected a map with "urn" and "objects" at the top level',
      },
    ]);
  const validated = validateCisoLibrary(value, fileName);
  if (validated.library === null) return rejectImport(fileName, validated.problems);
  const { library } = validated;
  const { objects } = library;

  const frameworks: { framework: CisoFramework; path: Path }[] = [];
  if (objects.framework) frameworks.push({ framework: objects.framework, path: ['objects', 'framework'] });
  (objects.frameworks ?? []).forEach((framework, index) =>
    frameworks.push({ framework, path: ['objects', 'frameworks', index] }),
  );
  const mappingSets = [
    ...(objects.requirement_mapping_set ? [objects.requirement_mapping_set] : []),
    ...(objects.requirement_mapping_sets ?? []),
  ];
  if (frameworks.length === 0 && mappingSets.length === 0) {
    const held = Object.keys(objects).filter((key) => objects[key] !== null && objects[key] !== undefined);
    rejectImport(fileName, [
      {
        location: `${fileName}: /objects`,
        message: `The library holds ${held.length > 0 ? held.join(', ') : 'no objects'} but no framework or requirement mapping set; only frameworks and mapping sets are imported`,
      },
    ]);
  }

  const problems: ImportProblem[] = [];
  const imported = frameworks.map(({ framework, path }) => toFramework(library, framework, path, fileName, problems));
  const seen = new Set<string>();
  frameworks.forEach(({ framework, path }) => {
    if (seen.has(framework.urn))
      problems.push({ location: `${fileName}: ${jsonPointer([...path, 'urn'])}`, message: 'duplicate framework urn' });
    seen.add(framework.urn);
  });
  if (problems.length > 0) rejectImport(fileName, problems);
  return {
    kind: 'frameworks',
    format: 'ciso-assistant',
    frameworks: imported,
    mappings: mappingSets.flatMap(toMappings),
  };
}
