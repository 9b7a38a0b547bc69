import { createHash } from 'node:crypto';
import type { RequirementGuidance } from '@certa/core';
import type { ExportableFramework } from '../export-model.ts';
import { certaOscalNamespace } from './oscal-parts.ts';

type Node = ExportableFramework['requirements'][number];
type Json = Record<string, unknown>;

/** The OSCAL version the export is written in. */
export const exportedOscalVersion = '1.2.1';

const ns = certaOscalNamespace;
const tokenPattern = /^[\p{L}_][\p{L}\p{N}._-]*$/u;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const uriReferencePattern = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/** One line of text, as OSCAL strings and markup-line require (no line breaks, no outer spaces). */
function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An OSCAL token (starts with a letter or `_`; letters, digits, `.`, `-`, `_`) made from any text. */
function toToken(text: string, prefix: string): string {
  const body = text
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (body === '') return prefix;
  return tokenPattern.test(body) ? body : `${prefix}-${body}`;
}

function isUriReference(href: string): boolean {
  return uriReferencePattern.test(href) && !/%(?![0-9A-Fa-f]{2})/.test(href);
}

/** A stable name-based uuid (version 5 layout) for identifiers that are not uuids themselves. */
function uuidFrom(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function uniqueIn(used: Set<string>, candidate: string): string {
  let id = candidate;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${candidate}-${suffix}`;
  used.add(id);
  return id;
}

function prosePart(name: string, prose: string | null, namespace?: string): Json[] {
  const text = prose?.trim() ?? '';
  if (text === '') return [];
  return [namespace === undefined ? { name, prose: text } : { name, ns: namespace, prose: text }];
}

function listPart(name: string, items: readonly string[]): Json[] {
  const parts = items.flatMap((item) => prosePart('item', item, ns));
  return parts.length > 0 ? [{ name, ns, parts }] : [];
}

function guidanceParts(guidance: RequirementGuidance): Json[] {
  return [
    ...prosePart('guidance', guidance.meaning, ns),
    ...listPart('auditor-questions', guidance.auditorQuestions),
    ...listPart('typical-evidence', guidance.typicalEvidence),
    ...listPart('common-gaps', guidance.commonGaps),
    ...prosePart('documented-information', guidance.documentedInformation.note, ns),
  ];
}

function withLists(object: Json, lists: Record<string, unknown[]>): Json {
  for (const [key, list] of Object.entries(lists)) if (list.length > 0) object[key] = list;
  return object;
}

/**
 * Writes a framework as an OSCAL 1.2.1 catalog: top headings (and headings under them) as groups,
 * everything else as controls, with texts as parts and attributes as props in Certa's namespace.
 */
export function toOscalCatalog(input: ExportableFramework): { catalog: Json } {
  const { framework, requirements } = input;
  const used = new Set<string>();
  const ids = new Map<string, string>();
  for (const node of requirements) {
    const candidate = tokenPattern.test(node.sourceKey)
      ? node.sourceKey
      : toToken(node.refId, node.kind === 'control' ? 'control' : 'clause');
    ids.set(node.id, uniqueIn(used, candidate));
  }
  const known = new Set(requirements.map((node) => node.id));
  const children = new Map<string | null, Node[]>();
  for (const node of requirements) {
    const parent = node.parentId !== null && known.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }

  const propsOf = (node: Node, asGroup: boolean): { props: Json[]; links: Json[] } => {
    const props: Json[] = [];
    const links: Json[] = [];
    const refId = oneLine(node.refId);
    if (refId !== '') props.push({ name: 'label', value: refId });
    if (node.withdrawn) props.push({ name: 'status', value: 'withdrawn' });
    // OSCAL only knows groups and controls; Certa's kind and assessability ride along where they differ.
    if (node.kind !== (asGroup ? 'heading' : 'control')) props.push({ name: 'requirement-kind', ns, value: node.kind });
    if (node.assessable !== (!asGroup && !node.withdrawn))
      props.push({ name: 'assessable', ns, value: String(node.assessable) });
    if (node.certaGuidance)
      props.push({
        name: 'documented-information-required',
        ns,
        value: String(node.certaGuidance.documentedInformation.required),
      });
    for (const [key, values] of Object.entries(node.attributes)) {
      const rel = key === 'link' ? '' : key.startsWith('link:') ? key.slice(5) : null;
      for (const raw of values) {
        const value = oneLine(raw);
        if (value === '' || (key === 'label' && value === refId) || (key === 'status' && node.withdrawn)) continue;
        if (rel !== null && isUriReference(value))
          links.push(rel === '' ? { href: value } : { href: value, rel: toToken(rel, 'rel') });
        else props.push({ name: toToken(key, 'attribute'), ns, value });
      }
    }
    return { props, links };
  };

  const paramsOf = (node: Node): Json[] =>
    node.parameters.map((parameter) => {
      const param: Json = { id: uniqueIn(used, toToken(parameter.paramId, 'param')) };
      const label = oneLine(parameter.label);
      if (label !== '') param.label = label;
      const values = parameter.values.map(oneLine).filter((value) => value !== '');
      const choices = parameter.choices.map(oneLine).filter((choice) => choice !== '');
      // OSCAL allows values or a selection, not both: the values a profile chose win.
      if (values.length > 0) param.values = values;
      else if (choices.length > 0)
        param.select =
          parameter.howMany === 'one' || parameter.howMany === 'one-or-more'
            ? { 'how-many': parameter.howMany, choice: choices }
            : { choice: choices };
      return param;
    });

  const build = (node: Node, asGroup: boolean): Json => {
    const { props, links } = propsOf(node, asGroup);
    const parts = [
      ...prosePart('statement', node.description),
      ...prosePart('guidance', node.guidance),
      ...prosePart('assessment-objective', node.objectives),
      ...prosePart('typical-evidence', node.typicalEvidence, ns),
      ...(node.certaGuidance ? guidanceParts(node.certaGuidance) : []),
    ];
    const object: Json = { id: ids.get(node.id), title: oneLine(node.title) || oneLine(node.refId) || 'Untitled' };
    const below = children.get(node.id) ?? [];
    // A group holds either groups or controls: one assessable child makes every child a control.
    const childrenAsGroups = asGroup && below.every((child) => child.kind === 'heading');
    const nested = below.map((child) => build(child, childrenAsGroups));
    return withLists(object, {
      params: paramsOf(node),
      props,
      links,
      parts,
      [childrenAsGroups ? 'groups' : 'controls']: nested,
    });
  };

  const top = children.get(null) ?? [];
  const metadata: Json = {
    title: oneLine(framework.name) || 'Untitled',
    'last-modified': framework.createdAt.toISOString(),
    version: oneLine(framework.version) || '1',
    'oscal-version': exportedOscalVersion,
  };
  const licence = oneLine(framework.licenceNote);
  if (licence !== '') metadata.props = [{ name: 'license', ns, value: licence }];
  const publisher = oneLine(framework.publisher);
  if (publisher !== '') {
    const partyUuid = uuidFrom(`${framework.id}/publisher/${publisher}`);
    metadata.roles = [{ id: 'publisher', title: 'Publisher' }];
    metadata.parties = [{ uuid: partyUuid, type: 'organization', name: publisher }];
    metadata['responsible-parties'] = [{ 'role-id': 'publisher', 'party-uuids': [partyUuid] }];
  }
  if (framework.description?.trim()) metadata.remarks = framework.description.trim();
  const catalog: Json = {
    uuid: uuidPattern.test(framework.id) ? framework.id.toLowerCase() : uuidFrom(framework.id),
    metadata,
  };
  return {
    catalog: withLists(catalog, {
      controls: top.filter((node) => node.kind !== 'heading').map((node) => build(node, false)),
      groups: top.filter((node) => node.kind === 'heading').map((node) => build(node, true)),
    }),
  };
}
