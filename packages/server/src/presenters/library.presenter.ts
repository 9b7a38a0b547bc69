import { renderParameterInserts, type Requirement, type RequirementGuidance } from '@certa/core';
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
    description: framework.description,
    sourceFormat: framework.sourceFormat,
    sourceFileName: framework.sourceFileName,
    requirementCount: framework.requirementCount,
    assessableCount: framework.assessableCount,
    createdAt: framework.createdAt.toISOString(),
  };
}

/**
 * JSON of a requirement node; texts are stored with OSCAL parameter placeholders and shown with the
 * parameters resolved (their values, or what is to be assigned or selected).
 */
export function presentRequirement(requirement: Requirement & { certaGuidance: RequirementGuidance | null }) {
  const { parameters } = requirement;
  const render = (text: string | null): string | null =>
    text === null ? null : renderParameterInserts(text, parameters);
  return {
    id: requirement.id,
    parentId: requirement.parentId,
    refId: requirement.refId,
    title: requirement.title,
    kind: requirement.kind,
    assessable: requirement.assessable,
    description: render(requirement.description),
    guidance: render(requirement.guidance),
    objectives: render(requirement.objectives),
    typicalEvidence: requirement.typicalEvidence,
    withdrawn: requirement.withdrawn,
    attributes: requirement.attributes,
    parameters: parameters.map((parameter) => ({
      ...parameter,
      label: render(parameter.label),
      choices: parameter.choices.map((choice) => render(choice) ?? choice),
    })),
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
