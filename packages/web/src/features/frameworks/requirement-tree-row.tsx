import { Badge, Text } from '@mantine/core';
import { memo, type CSSProperties } from 'react';
import { isNewIn2022, type TreeNode } from './requirement-tree.ts';

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

/** What one row of the virtualised tree needs. */
export interface RowProps {
  node: TreeNode;
  index: number;
  /** Position among the shown siblings, and how many there are (the rows off screen are not in the page). */
  position: { inSet: number; setSize: number };
  start: number;
  selected: boolean;
  focusable: boolean;
  open: boolean;
  measure: (element: HTMLDivElement | null) => void;
  onSelect: (ref: string) => void;
  onToggle: (ref: string, open?: boolean) => void;
}

/** One treeitem, placed by the virtualiser at `start` pixels from the top. */
export const TreeRow = memo(function TreeRow({
  node,
  index,
  position,
  start,
  selected,
  focusable,
  open,
  measure,
  onSelect,
  onToggle,
}: RowProps) {
  const { requirement, level, hasChildren } = node;
  const ref = requirement.refId;
  const style: CSSProperties = {
    paddingLeft: `calc(${(level - 1) * 16}px + 4px)`,
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    transform: `translateY(${start}px)`,
  };
  return (
    <div
      ref={measure}
      role="treeitem"
      id={`requirement-${ref}`}
      data-ref={ref}
      data-index={index}
      data-withdrawn={requirement.withdrawn || undefined}
      aria-level={level}
      aria-posinset={position.inSet}
      aria-setsize={position.setSize}
      aria-selected={selected}
      aria-expanded={hasChildren ? open : undefined}
      tabIndex={focusable ? 0 : -1}
      onClick={() => {
        onSelect(ref);
        if (hasChildren && !open) onToggle(ref, true);
      }}
      className="certa-tree-row"
      style={style}
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
      <Text
        component="span"
        size="sm"
        fw={hasChildren ? 600 : 400}
        className="certa-tree-title"
        td={requirement.withdrawn ? 'line-through' : undefined}
      >
        {requirement.title}
      </Text>
      {isNewIn2022(requirement) ? (
        <Badge size="xs" variant="light" color="grape" radius="sm" tt="none" className="certa-tree-badge">
          New in 2022
        </Badge>
      ) : null}
      {requirement.withdrawn ? (
        <Badge size="xs" variant="light" color="red" radius="sm" tt="none" className="certa-tree-badge">
          Withdrawn
        </Badge>
      ) : null}
    </div>
  );
});
