import { Badge, Box, Text } from '@mantine/core';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { isNewIn2022, type TreeNode } from './requirement-tree.ts';

interface TreeViewProps {
  nodes: TreeNode[];
  selectedRef: string | null;
  /** Whether a heading shows its children (always, while filtering). */
  isExpanded: (ref: string) => boolean;
  onSelect: (ref: string) => void;
  onToggle: (ref: string, open?: boolean) => void;
  /** Set by the page to move keyboard focus into the tree (from the filter box). */
  focusRequest: number;
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms ease' }}
    >
      <path d="M9 6l6 6-6 6" />
    </svg>
  );
}

interface RowProps {
  node: TreeNode;
  selected: boolean;
  focusable: boolean;
  open: boolean;
  onSelect: (ref: string) => void;
  onToggle: (ref: string, open?: boolean) => void;
}

const TreeRow = memo(function TreeRow({ node, selected, focusable, open, onSelect, onToggle }: RowProps) {
  const { requirement, level, hasChildren } = node;
  const ref = requirement.refId;
  return (
    <Box
      role="treeitem"
      id={`requirement-${ref}`}
      data-ref={ref}
      aria-level={level}
      aria-selected={selected}
      aria-expanded={hasChildren ? open : undefined}
      tabIndex={focusable ? 0 : -1}
      onClick={() => {
        onSelect(ref);
        if (hasChildren && !open) onToggle(ref, true);
      }}
      className="certa-tree-row"
      style={{ paddingLeft: `calc(${(level - 1) * 16}px + 4px)` }}
    >
      {hasChildren ? (
        // Opening and closing by keyboard is on the row itself (right and left arrows, Enter).
        <span
          aria-hidden="true"
          className="certa-tree-chevron certa-tree-toggle"
          onClick={(event) => {
            event.stopPropagation();
            onToggle(ref);
          }}
        >
          <Chevron open={open} />
        </span>
      ) : (
        <span className="certa-tree-chevron" aria-hidden="true" />
      )}
      <Text component="span" size="sm" fw={600} ff="monospace" className="certa-tree-ref">
        {ref}
      </Text>
      <Text component="span" size="sm" fw={hasChildren ? 600 : 400} className="certa-tree-title">
        {requirement.title}
      </Text>
      {isNewIn2022(requirement) ? (
        <Badge size="xs" variant="light" color="grape" radius="sm" tt="none" className="certa-tree-badge">
          New in 2022
        </Badge>
      ) : null}
    </Box>
  );
});

/**
 * The requirements as an ARIA tree in reading order (a flat list of rows with levels). Arrow keys or j/k
 * move through the shown rows and select as they go; right and left open and close headings.
 */
export function RequirementTreeView({
  nodes,
  selectedRef,
  isExpanded,
  onSelect,
  onToggle,
  focusRequest,
}: TreeViewProps) {
  const treeRef = useRef<HTMLDivElement>(null);
  const selectedIndex = nodes.findIndex((node) => node.requirement.refId === selectedRef);
  // The row that takes the Tab key: the selected one, or the first shown.
  const focusIndex = selectedIndex === -1 ? 0 : selectedIndex;

  const rowElement = (ref: string) =>
    treeRef.current?.querySelector<HTMLElement>(`[data-ref="${CSS.escape(ref)}"]`) ?? null;

  // Keep the selected row in view inside the list (not the page), e.g. after opening a shared link.
  useEffect(() => {
    const box = treeRef.current?.parentElement;
    const row = selectedRef ? rowElement(selectedRef) : null;
    if (!box || !row) return;
    // The box is positioned, so a row's offsetTop counts from its top.
    const top = row.offsetTop;
    if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = top - box.clientHeight / 2;
    }
  }, [selectedRef]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const target = nodes[focusIndex];
    if (target) rowElement(target.requirement.refId)?.focus();
    // Only when the page asks, not whenever the rows change.
  }, [focusRequest]);

  const moveTo = (index: number) => {
    const target = nodes[Math.max(0, Math.min(nodes.length - 1, index))];
    if (!target) return;
    const ref = target.requirement.refId;
    onSelect(ref);
    rowElement(ref)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = nodes[focusIndex];
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        moveTo(focusIndex + 1);
        break;
      case 'ArrowUp':
      case 'k':
        moveTo(focusIndex - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(nodes.length - 1);
        break;
      case 'ArrowRight':
        if (current?.hasChildren) {
          if (isExpanded(current.requirement.refId)) moveTo(focusIndex + 1);
          else onToggle(current.requirement.refId, true);
        }
        break;
      case 'ArrowLeft':
        if (current?.hasChildren && isExpanded(current.requirement.refId)) onToggle(current.requirement.refId, false);
        else if (current?.parentRef) moveTo(nodes.findIndex((node) => node.requirement.refId === current.parentRef));
        break;
      case 'Enter':
      case ' ':
        if (current?.hasChildren) onToggle(current.requirement.refId);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div role="tree" aria-label="Requirements" ref={treeRef} onKeyDown={onKeyDown} className="certa-tree">
      {nodes.map((node, index) => (
        <TreeRow
          key={node.requirement.id}
          node={node}
          selected={node.requirement.refId === selectedRef}
          focusable={index === focusIndex}
          open={isExpanded(node.requirement.refId)}
          onSelect={onSelect}
          onToggle={onToggle}
        />
      ))}
    </div>
  );
}
