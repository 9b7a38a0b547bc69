import type { Requirement, RequirementGuidance } from '@certa/core';
import type { FrameworkWithCounts } from '@certa/db';

/** JSON of a framework in lists. */
export function presentFrameworkSummary(framework: FrameworkWithCounts) {
  return {
    id: framework.id,
    slug: framework.slug,
    version: framework.version,
    name: framework.name,
    publisher: framework.publisher,
    licenceNote: framework.licenceNote,
    source: framework.source,
    builtIn: framework.organizationId === null,
    requirementCount: framework.requirementCount,
    assessableCount: framework.assessableCount,
    createdAt: framework.createdAt.toISOString(),
  };
}

/** JSON of a requirement node. */
export function presentRequirement(requirement: Requirement & { certaGuidance: RequirementGuidance | null }) {
  return {
    id: requirement.id,
    parentId: requirement.parentId,
    refId: requirement.refId,
    title: requirement.title,
    kind: requirement.kind,
    assessable: requirement.assessable,
    description: requirement.description,
    guidance: requirement.guidance,
    withdrawn: requirement.withdrawn,
    attributes: requirement.attributes,
    certaGuidance: requirement.certaGuidance
      ? {
          ...requirement.certaGuidance,
          auditorQuestions: [...requirement.certaGuidance.auditorQuestions],
          typicalEvidence: [...requirement.certaGuidance.typicalEvidence],
          commonGaps: [...requirement.certaGuidance.commonGaps],
        }
      : null,
  };
}
