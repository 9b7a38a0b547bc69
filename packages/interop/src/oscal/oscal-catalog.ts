import {
  checkImportedTree,
  requirementKinds,
  slugify,
  type ImportedFramework,
  type ImportedRequirement,
  type ImportProblem,
  type ParsedImport,
  type RequirementKind,
} from '@certa/core';
import {
  assertImportSize,
  decodeText,
  jsonPointer,
  parseJsonSafely,
  parseXmlSafely,
  parseYamlSafely,
  rejectImport,
} from '../text-formats.ts';
import {
  certaOscalNamespace,
  guidanceTemplate,
  isOscalProp,
  labelOf,
  objectivesTemplate,
  publisherOf,
  statementTemplate,
  typicalEvidenceOf,
  type RawParam,
} from './oscal-parts.ts';
import { profileFromDocument } from './oscal-profile.ts';
import {
  oscalCatalogDocumentSchema,
  oscalProfileDocumentSchema,
  validateOscalDocument,
  type OscalCatalogDocument,
  type OscalNode,
  type OscalParam,
  type OscalProp,
} from './oscal-schemas.ts';
import { oscalXmlNamespace, oscalXmlToModel } from './oscal-xml.ts';

type Locate = (path: readonly PropertyKey[]) => string;

function rawParam(param: OscalParam): RawParam {
  return {
    paramId: param.id,
    label: param.label?.trim() ?? null,
    values: (param.values ?? []).map((value) => value.trim()),
    choices: (param.select?.choice ?? []).map((choice) => choice.trim()),
    howMany: param.select?.['how-many'] ?? null,
  };
}

function attributesOf(node: OscalNode): Record<string, string[]> {
  const attributes: Record<string, string[]> = {};
  const add = (key: string, value: string): void => {
    const list = (attributes[key] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  for (const prop of node.props ?? []) {
    if (prop.ns === certaOscalNamespace && (prop.name === 'requirement-kind' || prop.name === 'assessable')) continue;
    if (prop.value.trim() !== '') add(prop.class ? `${prop.name}.${prop.class}` : prop.name, prop.value.trim());
  }
  for (const link of node.links ?? []) add(link.rel ? `link:${link.rel}` : 'link', link.href.trim());
  return attributes;
}

/** The reference people cite: `AC-2` from its label, `GV.OC` from a CSF label `Organizational Context (GV.OC)`. */
function referenceOf(props: readonly OscalProp[] | undefined, id: string): string {
  const label = labelOf(props?.filter(isOscalProp));
  if (label === null) return id;
  const cited = /\(([^()]+)\)\s*$/.exec(label)?.[1];
  return cited !== undefined && cited.toLowerCase() === id.toLowerCase() ? cited : label;
}

function certaProp(node: OscalNode, name: string): string | undefined {
  return node.props?.find((prop) => prop.ns === certaOscalNamespace && prop.name === name)?.value.trim();
}

/**
 * Maps a validated catalog to a framework and any problem found on the way. Texts keep their
 * `{{ insert: param, … }}` placeholders (rendered for display from the stored parameters), so a
 * profile's set-parameters changes what they show.
 */
function mapCatalog(
  catalog: OscalCatalogDocument['catalog'],
  locate: Locate,
): { framework: ImportedFramework; problems: ImportProblem[] } {
  const requirements: ImportedRequirement[] = [];
  const problems: ImportProblem[] = [];
  const keys = new Set<string>();
  const refIds = new Set<string>();
  let unnamedGroups = 0;

  const visit = (node: OscalNode, isGroup: boolean, parentKey: string | null, path: PropertyKey[]): void => {
    let key = node.id?.trim();
    if (key === undefined || key === '') {
      do key = `group-${(unnamedGroups += 1)}`;
      while (keys.has(key));
    } else if (keys.has(key)) problems.push({ location: locate([...path, 'id']), message: `Duplicate id "${key}"` });
    keys.add(key);
    const withdrawn = (node.props ?? []).some(
      (prop) => isOscalProp(prop) && prop.name === 'status' && prop.value.trim().toLowerCase() === 'withdrawn',
    );
    // Certa's own export marks nodes whose kind OSCAL's group/control split cannot carry.
    const writtenKind = certaProp(node, 'requirement-kind');
    const kind: RequirementKind =
      requirementKinds.find((candidate) => candidate === writtenKind) ?? (isGroup ? 'heading' : 'control');
    const writtenAssessable = certaProp(node, 'assessable');
    const assessable =
      writtenAssessable !== undefined ? writtenAssessable === 'true' : kind !== 'heading' && !withdrawn;
    let refId = referenceOf(node.props, key);
    // A family without a label is cited by its id in capitals (NIST's `ac` group is the AC family).
    if (isGroup && refId === key && /^[a-z]{2,4}$/.test(key)) refId = key.toUpperCase();
    if (refIds.has(refId)) refId = refIds.has(key) ? `${refId} [${key}]` : key;
    refIds.add(refId);
    requirements.push({
      key,
      parentKey,
      refId,
      title: node.title.replace(/\s+/g, ' ').trim(),
      kind,
      assessable: assessable && !withdrawn,
      description: statementTemplate(node.parts),
      guidance: guidanceTemplate(node.parts),
      objectives: objectivesTemplate(node.parts),
      typicalEvidence: typicalEvidenceOf(node.parts),
      withdrawn,
      attributes: attributesOf(node),
      parameters: (node.params ?? []).map(rawParam),
    });
    (node.controls ?? []).forEach((child, index) => visit(child, false, key, [...path, 'controls', index]));
    (node.groups ?? []).forEach((child, index) => visit(child, true, key, [...path, 'groups', index]));
  };
  (catalog.controls ?? []).forEach((node, index) => visit(node, false, null, ['catalog', 'controls', index]));
  (catalog.groups ?? []).forEach((node, index) => visit(node, true, null, ['catalog', 'groups', index]));

  const metadata = catalog.metadata;
  const remarks = metadata.remarks?.trim() || null;
  const licence = (metadata.props ?? []).find((prop) => ['license', 'licence', 'rights'].includes(prop.name));
  const framework: ImportedFramework = {
    key: catalog.uuid,
    slug: slugify(metadata.title),
    version: metadata.version,
    name: metadata.title.replace(/\s+/g, ' '),
    publisher: publisherOf(metadata),
    licenceNote: licence?.value.trim() || remarks || '',
    description: remarks,
    requirements,
  };
  return { framework, problems };
}

function refuseRoot(fileName: string, found: string[], isXml: boolean): never {
  const what = isXml
    ? `The root element is <${found[0] ?? ''}>`
    : found.length === 0
      ? 'The document has no root keys'
      : `Found root key${found.length > 1 ? 's' : ''} ${found.map((key) => `"${key}"`).join(', ')}`;
  return rejectImport(fileName, [
    {
      location: fileName,
      message: `${what}; expected an OSCAL catalog or profile (${isXml ? '<catalog> or <profile>' : '"catalog" or "profile"'})`,
    },
  ]);
}

/** Reads the document as JSON, YAML or XML (by its first character) with a locator for problems. */
function readDocument(text: string, fileName: string): { document: unknown; locate: Locate; isXml: boolean } {
  const first = /\S/.exec(text)?.[0];
  if (first === '<') {
    const model = oscalXmlToModel(parseXmlSafely(text, fileName));
    if (model === null) return rejectImport(fileName, [{ location: fileName, message: 'The XML has no root element' }]);
    if (model.namespace !== null && model.namespace !== oscalXmlNamespace)
      rejectImport(fileName, [
        {
          location: `${fileName}: /${model.rootName}`,
          message: `Namespace ${model.namespace} is not OSCAL's (${oscalXmlNamespace})`,
        },
      ]);
    return { document: model.document, locate: (path) => `${fileName}: ${model.locate(path)}`, isXml: true };
  }
  const document = first === '{' ? parseJsonSafely(text, fileName) : parseYamlSafely(text, fileName);
  return { document, locate: (path) => `${fileName}: ${jsonPointer(path)}`, isXml: false };
}

/**
 * Reads an OSCAL catalog or profile in JSON, YAML or XML. A catalog becomes one framework, a profile
 * an ImportedProfile to resolve against its catalog; anything else is refused with every problem found.
 */
export function parseOscal(bytes: Uint8Array, fileName: string): ParsedImport {
  assertImportSize(bytes, fileName);
  const { document, locate, isXml } = readDocument(decodeText(bytes, fileName), fileName);
  const rootKeys =
    document !== null && typeof document === 'object' && !Array.isArray(document)
      ? Object.keys(document).filter((key) => key !== '$schema')
      : [];
  if (rootKeys.includes('profile') && !rootKeys.includes('catalog')) {
    const validated = validateOscalDocument(oscalProfileDocumentSchema, document, locate);
    if (validated.data === null) return rejectImport(fileName, validated.problems);
    const { profile, problems } = profileFromDocument(validated.data, locate);
    if (problems.length > 0) rejectImport(fileName, problems);
    return { kind: 'profile', format: 'oscal', profile };
  }
  if (!rootKeys.includes('catalog')) return refuseRoot(fileName, rootKeys, isXml);
  const validated = validateOscalDocument(oscalCatalogDocumentSchema, document, locate);
  if (validated.data === null) return rejectImport(fileName, validated.problems);
  const { framework, problems } = mapCatalog(validated.data.catalog, locate);
  if (problems.length === 0) problems.push(...checkImportedTree(framework, fileName));
  if (problems.length > 0) rejectImport(fileName, problems);
  return { kind: 'frameworks', format: 'oscal', frameworks: [framework], mappings: [] };
}
