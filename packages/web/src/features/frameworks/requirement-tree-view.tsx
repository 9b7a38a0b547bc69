import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { TreeNode } from './requirement-tree.ts';
import { TreeRow } from './requirement-tree-row.tsx';

interface TreeViewProps {
  nodes: TreeNode[];
  selectedRef: string | null;
  /** Whether a heading shows its children (always, while filtering). */
  isExpanded: (ref: string) => boolean;
  onSelect: (ref: string) => void;
  onToggle: (ref: string, open?: boolean) => void;
  /** Set by the page to move keyboard focus into the tree (from the filter box). */
  focusRequest: number;
  /** CSS height limit of the scrolling box. */
  maxHeight: string;
}

// A one-line row; longer titles wrap and are measured as they render.
const estimatedRowHeight = 30;

/** Each shown row's position among its shown siblings, for aria-posinset and aria-setsize. */
function siblingPositions(nodes: readonly TreeNode[]): { inSet: number; setSize: number }[] {
  const sizes = new Map<string | null, number>();
  const positions = nodes.map((node) => {
    const inSet = (sizes.get(node.parentRef) ?? 0) + 1;
    sizes.set(node.parentRef, inSet);
    return inSet;
  });
  return nodes.map((node, index) => ({ inSet: positions[index] ?? 1, setSize: sizes.get(node.parentRef) ?? 1 }));
}

/**
 * The requirements as an ARIA tree in reading order (a flat list of rows with levels). Only the rows in
 * view are in the page (a NIST catalog has hundreds), plus the one that takes the Tab key. Arrow keys or
 * j/k move through the shown rows and select as they go; right and left open and close headings.
 */
export function RequirementTreeView({
  nodes,
  selectedRef,
  isExpanded,
  onSelect,
  onToggle,
  focusRequest,
  maxHeight,
}: TreeViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const treeRef = useRef<HTMLDivElement>(null);
  // The row to focus once it is rendered (after a keyboard move).
  const pendingFocus = useRef<string | null>(null);
  const selectedIndex = nodes.findIndex((node) => node.requirement.refId === selectedRef);
  // The row that takes the Tab key: the selected one, or the first shown.
  const focusIndex = selectedIndex === -1 ? 0 : selectedIndex;
  const positions = useMemo(() => siblingPositions(nodes), [nodes]);

  // The focusable row always renders, so Tab and screen readers find the tree wherever it is scrolled.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusIndex >= range.count || indexes.includes(focusIndex)) return indexes;
      return [...indexes, focusIndex].sort((a, b) => a - b);
    },
    [focusIndex],
  );
  const virtualizer = useVirtualizer({
    count: nodes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => nodes[index]?.requirement.id ?? index,
    overscan: 12,
    gap: 1,
    rangeExtractor,
    // Draw the first screen on the first render, before the box has been measured.
    initialRect: { width: 400, height: 600 },
  });

  const rowElement = (ref: string) =>
    treeRef.current?.querySelector<HTMLElement>(`[data-ref="${CSS.escape(ref)}"]`) ?? null;

  // Keep the selected row in view inside the list (not the page), e.g. after opening a shared link.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || selectedIndex === -1) return;
    const item = virtualizer.measurementsCache[selectedIndex];
    if (!item) return;
    if (item.start < box.scrollTop || item.end > box.scrollTop + box.clientHeight) {
      virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    }
    // Only when the selection moves, not on every scroll.
  }, [selectedRef]);

  // Finish a keyboard move: the row exists now (the selected row always renders).
  useEffect(() => {
    const ref = pendingFocus.current;
    if (ref === null) return;
    const row = rowElement(ref);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  useEffect(() => {
    if (focusRequest === 0) return;
    const target = nodes[focusIndex];
    if (target) rowElement(target.requirement.refId)?.focus();
    // Only when the page asks, not whenever the rows change.
  }, [focusRequest]);

  const moveTo = (index: number) => {
    const clamped = Math.max(0, Math.min(nodes.length - 1, index));
    const target = nodes[clamped];
    if (!target) return;
    const ref = target.requirement.refId;
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    pendingFocus.current = ref;
    onSelect(ref);
    // Already rendered (a neighbour in view): focus at once.
    const row = rowElement(ref);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = nodes[focusIndex];
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / estimatedRowHeight) - 1);
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        moveTo(focusIndex + 1);
        break;
      case 'ArrowUp':
      case 'k':
        moveTo(focusIndex - 1);
        break;
      case 'PageDown':
        moveTo(focusIndex + pageRows);
        break;
      case 'PageUp':
        moveTo(focusIndex - pageRows);
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
    <div ref={scrollRef} className="certa-tree-scroll" style={{ maxHeight }}>
      <div
        role="tree"
        aria-label="Requirements"
        ref={treeRef}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const node = nodes[item.index];
          if (!node) return null;
          const ref = node.requirement.refId;
          return (
            <TreeRow
              key={item.key}
              node={node}
              index={item.index}
              position={positions[item.index] ?? { inSet: 1, setSize: 1 }}
              start={item.start}
              selected={ref === selectedRef}
              focusable={item.index === focusIndex}
              open={isExpanded(ref)}
              measure={virtualizer.measureElement}
              onSelect={onSelect}
              onToggle={onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
