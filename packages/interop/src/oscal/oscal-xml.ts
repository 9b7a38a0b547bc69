import type { XmlNode } from '../text-formats.ts';
import {
  isXmlBlock,
  xmlAttributes,
  xmlChildren,
  xmlElementName,
  xmlMarkupLineToText,
  xmlMarkupToText,
} from './oscal-markup.ts';

/** The namespace of OSCAL XML documents. */
export const oscalXmlNamespace = 'http://csrc.nist.gov/ns/oscal/1.0';

// OSCAL XML names each repeated element in the singular; its JSON form keeps them in a plural array.
const arrayKeys: Readonly<Record<string, string>> = {
  group: 'groups',
  control: 'controls',
  param: 'params',
  prop: 'props',
  link: 'links',
  part: 'parts',
  value: 'values',
  choice: 'choice',
  guideline: 'guidelines',
  constraint: 'constraints',
  role: 'roles',
  party: 'parties',
  'responsible-party': 'responsible-parties',
  'responsible-role': 'responsible-roles',
  'party-uuid': 'party-uuids',
  'member-of-organization': 'member-of-organizations',
  'location-uuid': 'location-uuids',
  location: 'locations',
  address: 'addresses',
  'addr-line': 'addr-lines',
  'email-address': 'email-addresses',
  'telephone-number': 'telephone-numbers',
  'external-id': 'external-ids',
  'document-id': 'document-ids',
  revision: 'revisions',
  action: 'actions',
  resource: 'resources',
  rlink: 'rlinks',
  hash: 'hashes',
  import: 'imports',
  'include-controls': 'include-controls',
  'exclude-controls': 'exclude-controls',
  'with-id': 'with-ids',
  matching: 'matching',
  'set-parameter': 'set-parameters',
  alter: 'alters',
  add: 'adds',
  remove: 'removes',
  'insert-controls': 'insert-controls',
  test: 'tests',
};

// Elements whose content is one line of text (markup-line or a plain string).
const lineElements = new Set([
  'title',
  'label',
  'value',
  'choice',
  'with-id',
  'party-uuid',
  'location-uuid',
  'member-of-organization',
  'name',
  'short-name',
  'published',
  'last-modified',
  'version',
  'oscal-version',
  'email-address',
  'telephone-number',
  'addr-line',
  'city',
  'state',
  'postal-code',
  'country',
  'text',
  'expression',
]);

// Elements whose content is markup-multiline.
const multilineElements = new Set(['remarks', 'usage', 'description']);

// Attribute names as OSCAL uses them, so locations can say `@id` rather than a child element.
const attributeKeys = new Set([
  'id',
  'uuid',
  'class',
  'name',
  'value',
  'ns',
  'href',
  'rel',
  'param-id',
  'how-many',
  'with-child-controls',
  'role-id',
  'type',
  'media-type',
  'pattern',
  'depends-on',
]);

const singularOf = new Map(Object.entries(arrayKeys).map(([singular, plural]) => [plural, singular]));

/** An OSCAL document read from XML in its JSON shape, with a way to name where a JSON path came from. */
export interface XmlModel {
  /** The root element's name (`catalog`, `profile`, …) and its content in the JSON shape. */
  rootName: string;
  document: Record<string, unknown>;
  /** Namespace the root declares, or null. */
  namespace: string | null;
  /** An XPath-like element path (`/catalog/group[2]/control[5]/title`) for a path in the JSON shape. */
  locate: (path: readonly PropertyKey[]) => string;
}

function convertElement(node: XmlNode, path: string, origins: WeakMap<object, string>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(xmlAttributes(node))) {
    if (key === 'xmlns' || key.startsWith('xmlns:') || key.includes(':')) continue;
    result[key] = value;
  }
  origins.set(result, path);
  const counts = new Map<string, number>();
  const prose: XmlNode[] = [];
  const text: XmlNode[] = [];
  for (const child of xmlChildren(node)) {
    const name = xmlElementName(child);
    if (name === null) {
      text.push(child);
      continue;
    }
    if (isXmlBlock(name)) {
      prose.push(child);
      continue;
    }
    const plural = arrayKeys[name];
    const index = (counts.get(name) ?? 0) + 1;
    counts.set(name, index);
    const childPath = plural === undefined ? `${path}/${name}` : `${path}/${name}[${index}]`;
    let value: unknown;
    if (lineElements.has(name)) value = xmlMarkupLineToText(xmlChildren(child));
    else if (multilineElements.has(name)) value = xmlMarkupToText(xmlChildren(child));
    else if (name === 'guideline') {
      value = { prose: xmlMarkupToText(xmlChildren(child)) };
      origins.set(value as object, childPath);
    } else value = convertElement(child, childPath, origins);
    if (plural === undefined) result[name] = value;
    else {
      const list = (result[plural] ??= []) as unknown[];
      list.push(value);
    }
  }
  if (prose.length > 0) result.prose = xmlMarkupToText(prose);
  const inline = xmlMarkupLineToText(text);
  if (inline !== '' && result.text === undefined) result.text = inline;
  return result;
}

/**
 * Converts an OSCAL XML document (as parsed with order preserved) to the JSON shape of the same
 * model: singular repeated elements become plural arrays, markup becomes text with inserts kept.
 */
export function oscalXmlToModel(nodes: readonly XmlNode[]): XmlModel | null {
  const root = nodes.find((node) => xmlElementName(node) !== null);
  if (!root) return null;
  const rootName = xmlElementName(root) ?? '';
  const origins = new WeakMap<object, string>();
  const content = convertElement(root, `/${rootName}`, origins);
  const document = { [rootName]: content };
  const locate = (path: readonly PropertyKey[]): string => {
    let where = '';
    let rest = 0;
    let current: unknown = document;
    path.forEach((segment, index) => {
      current =
        current !== null && typeof current === 'object'
          ? (current as Record<PropertyKey, unknown>)[segment]
          : undefined;
      const origin = current !== null && typeof current === 'object' ? origins.get(current) : undefined;
      if (origin !== undefined) {
        where = origin;
        rest = index + 1;
      }
    });
    let suffix = '';
    for (let index = rest; index < path.length; index += 1) {
      const segment = path[index];
      const next = path[index + 1];
      if (typeof segment === 'string' && typeof next === 'number') {
        suffix += `/${singularOf.get(segment) ?? segment}[${next + 1}]`;
        index += 1;
      } else if (typeof segment === 'string') suffix += attributeKeys.has(segment) ? `/@${segment}` : `/${segment}`;
      else suffix += `[${String(segment)}]`;
    }
    return `${where}${suffix}` || '/';
  };
  return { rootName, document, namespace: xmlAttributes(root).xmlns ?? null, locate };
}
