import type { ImportedRequirement } from '../framework/framework-import.ts';
import type { RequirementKind } from '../framework/framework.ts';
import { iso27001Catalogue } from '../framework/iso27001-2022.ts';
import { iso27001GuidanceFor } from '../framework/iso27001-guidance.ts';

/** One node of the framework being assessed, as scoring, gaps and the roadmap read it (reading order). */
export interface AssessmentNode {
  refId: string;
  title: string;
  parentRefId: string | null;
  kind: RequirementKind;
  assessable: boolean;
  /** Attribute values (e.g. ISO/IEC 27002 attribute types) by key. */
  attributes?: Readonly<Record<string, readonly string[]>>;
  /** Whether the standard requires documented information for this requirement. */
  documentedInformationRequired?: boolean;
}

/**
 * How results are grouped: `iso27001` by clause (4–10) and Annex A theme, `generic` by the framework's
 * top-level headings.
 */
export type FrameworkLayout = 'iso27001' | 'generic';

/** The ISO/IEC 27001:2022 tree with Certa's documented-information flags and the 2022 edition marker. */
export function iso27001AssessmentNodes(): AssessmentNode[] {
  return iso27001Catalogue.map((node): AssessmentNode => ({
    refId: node.refId,
    title: node.title,
    parentRefId: node.parentRefId,
    kind: node.kind,
    assessable: node.assessable,
    attributes: node.isNewIn2022 ? { edition_change: ['new_in_2022'] } : {},
    documentedInformationRequired: iso27001GuidanceFor(node.refId)?.documentedInformation.required ?? false,
  }));
}

/** The nodes of an imported framework (withdrawn requirements cannot be assessed). */
export function assessmentNodesFromImported(requirements: readonly ImportedRequirement[]): AssessmentNode[] {
  const refOfKey = new Map(requirements.map((node) => [node.key, node.refId]));
  return requirements.map((node) => ({
    refId: node.refId,
    title: node.title,
    parentRefId: node.parentKey === null ? null : (refOfKey.get(node.parentKey) ?? null),
    kind: node.kind,
    assessable: node.assessable && !node.withdrawn,
    attributes: node.attributes,
    documentedInformationRequired: false,
  }));
}

/** Whether a tree has the shape of ISO/IEC 27001: management-system clauses beside an Annex `A` heading. */
export function frameworkLayout(nodes: readonly AssessmentNode[]): FrameworkLayout {
  const annex = nodes.some((node) => node.refId === 'A' && node.parentRefId === null);
  const clauses = nodes.some((node) => node.kind === 'clause_requirement');
  return annex && clauses ? 'iso27001' : 'generic';
}

/** Reading-order position and ancestry of every node of a tree. */
export interface NodeIndex {
  byRef: ReadonlyMap<string, AssessmentNode>;
  position: ReadonlyMap<string, number>;
  /** Ancestors from the top down, the node itself excluded. */
  ancestors: (refId: string) => string[];
}

/** Indexes a tree by reference, keeping reading order; a parent cycle stops the walk instead of looping. */
export function indexNodes(nodes: readonly AssessmentNode[]): NodeIndex {
  const byRef = new Map(nodes.map((node) => [node.refId, node]));
  const position = new Map(nodes.map((node, index) => [node.refId, index]));
  const ancestors = (refId: string): string[] => {
    const chain: string[] = [];
    let parent = byRef.get(refId)?.parentRefId ?? null;
    while (parent !== null && !chain.includes(parent) && parent !== refId) {
      chain.unshift(parent);
      parent = byRef.get(parent)?.parentRefId ?? null;
    }
    return chain;
  };
  return { byRef, position, ancestors };
}
