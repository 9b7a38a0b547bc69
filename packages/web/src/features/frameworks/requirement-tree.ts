import type { FrameworkRequirement } from '@certa/client';
import { hasAttributeSelection, matchesAttributes, type AttributeSelection } from './requirement-attributes.ts';

/** A requirement with what the tree needs to draw it: depth, whether it has children, its parent's ref. */
export interface TreeNode {
  requirement: FrameworkRequirement;
  /** 1 for the top level, as aria-level counts. */
  level: number;
  parentRef: string | null;
  hasChildren: boolean;
}

/** The requirement tree, flattened depth first, with levels and parents worked out once. */
export interface RequirementTree {
  /** Every node followed by its whole branch. */
  nodes: TreeNode[];
  byRef: Map<string, TreeNode>;
  /** Children refs of each node, in reading order. */
  childrenOf: Map<string, string[]>;
}

/** Whether the 2022 edition of ISO/IEC 27001 introduced this control. */
export function isNewIn2022(requirement: FrameworkRequirement): boolean {
  return requirement.attributes.edition_change?.includes('new_in_2022') ?? false;
}

/** Builds the tree once per framework: requirements come in reading order, parents before children. */
export function buildTree(requirements: readonly FrameworkRequirement[]): RequirementTree {
  const refById = new Map(requirements.map((requirement) => [requirement.id, requirement.refId]));
  const byRef = new Map<string, TreeNode>();
  const childrenOf = new Map<string, string[]>();
  const nodes: TreeNode[] = [];
  for (const requirement of requirements) {
    const parentRef = requirement.parentId === null ? null : (refById.get(requirement.parentId) ?? null);
    const parent = parentRef === null ? undefined : byRef.get(parentRef);
    const node: TreeNode = { requirement, level: parent ? parent.level + 1 : 1, parentRef, hasChildren: false };
    if (parent && parentRef !== null) {
      parent.hasChildren = true;
      const siblings = childrenOf.get(parentRef) ?? [];
      siblings.push(requirement.refId);
      childrenOf.set(parentRef, siblings);
    }
    byRef.set(requirement.refId, node);
    nodes.push(node);
  }
  // Lists give themes before their controls; a tree reads depth first, each node followed by its branch.
  const ordered: TreeNode[] = [];
  const visit = (node: TreeNode) => {
    ordered.push(node);
    for (const child of childrenOf.get(node.requirement.refId) ?? []) {
      const childNode = byRef.get(child);
      if (childNode) visit(childNode);
    }
  };
  for (const node of nodes) if (node.parentRef === null) visit(node);
  return { nodes: ordered, byRef, childrenOf };
}

/** What narrows the tree: words or a reference, controls new in 2022, attribute values. */
export interface TreeFilter {
  query: string;
  newOnly: boolean;
  /** Selected ISO/IEC 27002 attribute values by type (AND across types, OR within one). */
  attributes?: AttributeSelection;
}

/** Whether any filter is active (then every branch that holds a match shows open). */
export function isFiltering(filter: TreeFilter): boolean {
  return filter.query.trim() !== '' || filter.newOnly || hasAttributeSelection(filter.attributes ?? {});
}

/** Whether the filter looks at properties only controls have, so a matching heading does not bring its branch. */
function narrowsControls(filter: TreeFilter): boolean {
  return filter.newOnly || hasAttributeSelection(filter.attributes ?? {});
}

function matches(node: TreeNode, filter: TreeFilter, words: string[]): boolean {
  const { requirement } = node;
  if (filter.newOnly && !isNewIn2022(requirement)) return false;
  if (filter.attributes && !matchesAttributes(requirement, filter.attributes)) return false;
  if (words.length === 0) return true;
  const text = `${requirement.refId} ${requirement.title}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/** The ancestors of a node, nearest first. */
export function ancestorsOf(tree: RequirementTree, ref: string): string[] {
  const ancestors: string[] = [];
  let parent = tree.byRef.get(ref)?.parentRef ?? null;
  while (parent !== null) {
    ancestors.push(parent);
    parent = tree.byRef.get(parent)?.parentRef ?? null;
  }
  return ancestors;
}

/**
 * The rows to show, in reading order. Without a filter: top-level nodes and the children of expanded
 * nodes. With one: every match, the headings above it (open), and everything below a matching heading.
 * One pass over the tree (it is depth first, so parents come before their children).
 */
export function visibleNodes(tree: RequirementTree, filter: TreeFilter, expanded: ReadonlySet<string>): TreeNode[] {
  if (!isFiltering(filter)) {
    // Nodes whose children show: shown themselves, and open.
    const open = new Set<string>();
    return tree.nodes.filter((node) => {
      const ref = node.requirement.refId;
      const shown = node.parentRef === null || open.has(node.parentRef);
      if (shown && expanded.has(ref)) open.add(ref);
      return shown;
    });
  }
  const words = filter.query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const keepBranches = !narrowsControls(filter);
  const keep = new Set<string>();
  // Headings that matched themselves: their whole branch shows.
  const matchedHeadings = new Set<string>();
  for (const node of tree.nodes) {
    const ref = node.requirement.refId;
    const inheritsMatch = node.parentRef !== null && matchedHeadings.has(node.parentRef);
    if (inheritsMatch || matches(node, filter, words)) {
      keep.add(ref);
      if (node.hasChildren && keepBranches) matchedHeadings.add(ref);
      for (const ancestor of ancestorsOf(tree, ref)) {
        if (keep.has(ancestor)) break;
        keep.add(ancestor);
      }
    }
  }
  return tree.nodes.filter((node) => keep.has(node.requirement.refId));
}
