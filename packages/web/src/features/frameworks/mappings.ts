import type { FrameworkRequirement, RequirementMappingView } from '@certa/client';

type Relationship = RequirementMappingView['relationship'];

/** Each relationship in a word and in a sentence (NIST OLIR vocabulary, from the source's side). */
export const relationshipText: Record<Relationship, { label: string; explanation: string }> = {
  equal: { label: 'Equal', explanation: 'Both ask for the same thing.' },
  subset: { label: 'Subset', explanation: 'The source is narrower: meeting it covers part of the target.' },
  superset: { label: 'Superset', explanation: 'The source is broader: it covers all of the target and more.' },
  intersect: { label: 'Intersect', explanation: 'They overlap in part; each asks for something the other does not.' },
};

/** Mappings whose references, titles, relationship or rationale contain every word of the query. */
export function filterMappings(mappings: readonly RequirementMappingView[], query: string): RequirementMappingView[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...mappings];
  return mappings.filter((mapping) => {
    const text = [
      mapping.source.refId,
      mapping.source.title,
      mapping.target.refId,
      mapping.target.title,
      mapping.relationship,
      mapping.rationale ?? '',
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** How much of the source framework the mappings reach: assessable requirements with and without one. */
export interface MappingCoverage {
  mapped: number;
  unmapped: FrameworkRequirement[];
  total: number;
}

/** Counts the source's assessable requirements that have at least one mapping to the target. */
export function mappingCoverage(
  sourceRequirements: readonly FrameworkRequirement[],
  mappings: readonly RequirementMappingView[],
): MappingCoverage {
  const mappedIds = new Set(mappings.map((mapping) => mapping.source.requirementId));
  const assessable = sourceRequirements.filter((requirement) => requirement.assessable);
  const unmapped = assessable.filter((requirement) => !mappedIds.has(requirement.id));
  return { mapped: assessable.length - unmapped.length, unmapped, total: assessable.length };
}
