import type { Framework, Requirement, RequirementGuidance } from '@certa/core';

/** A stored framework with its tree in reading order, as the exporters take it. */
export interface ExportableFramework {
  framework: Framework;
  requirements: (Requirement & { certaGuidance: RequirementGuidance | null })[];
}
