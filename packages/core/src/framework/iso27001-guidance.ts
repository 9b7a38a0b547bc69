import { annexA5Part1Guidance } from './guidance/annex-a-5-part-1.ts';
import { annexA5Part2Guidance } from './guidance/annex-a-5-part-2.ts';
import { annexA6And7Guidance } from './guidance/annex-a-6-7.ts';
import { annexA8Part1Guidance } from './guidance/annex-a-8-part-1.ts';
import { annexA8Part2Guidance } from './guidance/annex-a-8-part-2.ts';
import { clauseGuidance } from './guidance/clauses.ts';
import type { RequirementGuidance } from './guidance.ts';

/** Certa's guidance for every assessable clause and Annex A control of ISO/IEC 27001:2022, by reference. */
export const iso27001Guidance: Readonly<Record<string, RequirementGuidance>> = {
  ...clauseGuidance,
  ...annexA5Part1Guidance,
  ...annexA5Part2Guidance,
  ...annexA6And7Guidance,
  ...annexA8Part1Guidance,
  ...annexA8Part2Guidance,
};

/** The guidance of one ISO/IEC 27001:2022 requirement, if it has any. */
export function iso27001GuidanceFor(refId: string): RequirementGuidance | undefined {
  return Object.hasOwn(iso27001Guidance, refId) ? iso27001Guidance[refId] : undefined;
}
