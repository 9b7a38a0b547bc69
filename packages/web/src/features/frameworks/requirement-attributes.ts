import type { FrameworkRequirement } from '@certa/client';
import { controlAttributeTypes, type ControlAttributeType } from '@certa/core';

/** The five ISO/IEC 27002 attribute types, in the order the standard lists them. */
export const attributeTypes = Object.keys(controlAttributeTypes) as ControlAttributeType[];

/** How each attribute type is named on screen. */
export const attributeTypeLabels: Record<ControlAttributeType, string> = {
  control_type: 'Control type',
  security_properties: 'Security properties',
  cybersecurity_concepts: 'Cybersecurity concepts',
  operational_capabilities: 'Operational capabilities',
  security_domains: 'Security domains',
};

/** Whether an attribute key is one of the five ISO/IEC 27002 attribute types. */
export function isAttributeType(key: string): key is ControlAttributeType {
  return Object.hasOwn(controlAttributeTypes, key);
}

/** A stored value in words: `asset_management` → `Asset management`, `preventive` → `Preventive`. */
export function attributeValueLabel(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The values one attribute type takes in a framework, for a filter. */
export interface AttributeFacet {
  type: ControlAttributeType;
  label: string;
  values: { value: string; label: string; count: number }[];
}

/**
 * The attribute types the requirements of a framework carry, each with the values in use and how many
 * requirements have them; types nobody uses are left out (empty when the framework has none).
 */
export function attributeFacets(requirements: readonly FrameworkRequirement[]): AttributeFacet[] {
  const counts = new Map<string, Map<string, number>>();
  for (const requirement of requirements) {
    for (const type of attributeTypes) {
      for (const value of requirement.attributes[type] ?? []) {
        const perValue = counts.get(type) ?? new Map<string, number>();
        perValue.set(value, (perValue.get(value) ?? 0) + 1);
        counts.set(type, perValue);
      }
    }
  }
  return attributeTypes.flatMap((type) => {
    const perValue = counts.get(type);
    if (!perValue) return [];
    const known = controlAttributeTypes[type] as readonly string[];
    // The standard's order first, then anything else in the file, alphabetically.
    const order = (value: string) => (known.includes(value) ? known.indexOf(value) : known.length);
    const values = [...perValue.entries()]
      .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
      .map(([value, count]) => ({ value, label: attributeValueLabel(value), count }));
    return [{ type, label: attributeTypeLabels[type], values }];
  });
}

/** Selected attribute values by type: a requirement matches when it has one of the values of every type. */
export type AttributeSelection = Partial<Record<string, readonly string[]>>;

/** Whether any attribute value is selected. */
export function hasAttributeSelection(selection: AttributeSelection): boolean {
  return Object.values(selection).some((values) => (values?.length ?? 0) > 0);
}

/** AND across types, OR within a type. */
export function matchesAttributes(requirement: FrameworkRequirement, selection: AttributeSelection): boolean {
  return Object.entries(selection).every(
    ([type, wanted]) =>
      wanted === undefined ||
      wanted.length === 0 ||
      wanted.some((value) => requirement.attributes[type]?.includes(value)),
  );
}

/** One attribute of a requirement as the details pane shows it. */
export interface ShownAttribute {
  key: string;
  label: string;
  values: { text: string; ref: string | null }[];
}

// Properties that only help machines (sorting, zero-padded labels, back-matter ids): shown folded away.
const technicalKeys = new Set([
  'label',
  'sort-id',
  'edition_change',
  'link:reference',
  'link:canonical',
  'link:alternate',
]);

/** Whether an attribute is bookkeeping of the source file rather than something a reader needs first. */
export function isTechnicalAttribute(key: string): boolean {
  return technicalKeys.has(key) || key.startsWith('label.') || key.startsWith('sort-id.');
}

/** A reference in a form that survives the spellings of OSCAL ids and labels: `AC-2(1)`, `ac-2.1` → `ac-2.1`. */
export function normalizeRef(ref: string): string {
  return ref
    .trim()
    .replace(/^#/, '')
    .toLowerCase()
    .replace(/\(([^()]+)\)/g, '.$1');
}

function linkLabel(key: string): string {
  const rel = key === 'link' ? '' : key.slice('link:'.length);
  if (rel === '' || rel === 'related') return 'Related';
  if (rel === 'incorporated-into') return 'Incorporated into';
  if (rel === 'moved-to') return 'Moved to';
  return attributeValueLabel(rel);
}

/**
 * The attributes of a requirement in reading form: the 27002 types with their labels, links as the
 * references they point to (resolved to a requirement of the framework where `resolve` finds one), other
 * properties by name. Split into what to show first and the technical rest.
 */
export function shownAttributes(
  attributes: Readonly<Record<string, readonly string[]>>,
  resolve: (normalizedRef: string) => string | undefined,
): { main: ShownAttribute[]; technical: ShownAttribute[] } {
  const main: ShownAttribute[] = [];
  const technical: ShownAttribute[] = [];
  const typed = attributeTypes.filter((type) => (attributes[type]?.length ?? 0) > 0);
  for (const type of typed) {
    main.push({
      key: type,
      label: attributeTypeLabels[type],
      values: (attributes[type] ?? []).map((value) => ({ text: attributeValueLabel(value), ref: null })),
    });
  }
  const others = Object.keys(attributes)
    .filter((key) => !isAttributeType(key) && (attributes[key]?.length ?? 0) > 0)
    .sort((a, b) => a.localeCompare(b));
  for (const key of others) {
    const values = attributes[key] ?? [];
    const isLink = key === 'link' || key.startsWith('link:');
    const shown: ShownAttribute = isLink
      ? {
          key,
          label: linkLabel(key),
          values: values.map((href) => {
            const ref = href.startsWith('#') ? resolve(normalizeRef(href)) : undefined;
            return { text: ref ?? href.replace(/^#/, ''), ref: ref ?? null };
          }),
        }
      : { key, label: key, values: values.map((value) => ({ text: value, ref: null })) };
    (isTechnicalAttribute(key) ? technical : main).push(shown);
  }
  return { main, technical };
}
