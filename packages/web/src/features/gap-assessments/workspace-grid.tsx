import { Badge, Group, NativeSelect, Text } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { answerStatusLabels, answerStatuses, maturityLabels, type AnswerStatus } from './gap-labels.ts';
import type { AnswerPatch } from './use-answer-saver.ts';
import type { WorkspaceRow } from './workspace-rows.ts';

const rowHeight = 48;
const statusOptions = answerStatuses.map((status) => ({ value: status, label: answerStatusLabels[status] }));
const maturityOptions = [
  { value: '', label: '—' },
  ...maturityLabels.map((label, level) => ({ value: String(level), label: String(level) })),
];
const priorityColors = { high: 'red', medium: 'orange', low: 'blue' } as const;

interface GridProps {
  rows: WorkspaceRow[];
  selectedId: string | null;
  readOnly: boolean;
  onSelect: (requirementId: string) => void;
  onSave: (requirementId: string, patch: AnswerPatch) => void;
  /** Status keys 0–4 on a row; the page decides (not applicable needs a reason). */
  onStatusKey: (requirementId: string, status: AnswerStatus) => void;
  /** `e` on a row: edit the answer's texts in the side panel. */
  onEditKey?: (requirementId: string) => void;
  /** `Esc` on a row: close the side panel. */
  onEscapeKey?: () => void;
  /** Whether the caller may change this answer (contributors: only answers they own); all when absent. */
  canEdit?: (row: Extract<WorkspaceRow, { kind: 'requirement' }>) => boolean;
}

const toMaturity = (value: string) => (value === '' ? null : Number(value));

/**
 * The dense grid of the workspace: one row per assessable requirement under its clause or theme,
 * virtualised. Arrow keys (or j/k) move between rows and select as they go; 0–4 set the status.
 */
export function WorkspaceGrid({
  rows,
  selectedId,
  readOnly,
  onSelect,
  onSave,
  onStatusKey,
  onEditKey,
  onEscapeKey,
  canEdit,
}: GridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  // Whether the keyboard is in the grid: if a re-render replaces the focused row, focus comes back to it.
  const hasFocus = useRef(false);
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (selectedIndex >= 0 && !indexes.includes(selectedIndex)) indexes.push(selectedIndex);
      return indexes.sort((a, b) => a - b);
    },
    [selectedIndex],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
    rangeExtractor,
    initialRect: { width: 700, height: 600 },
  });

  useEffect(() => {
    if (!focusPending.current || selectedIndex < 0) return;
    focusPending.current = false;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // The row may be drawn a frame or two after scrolling: try for a few frames.
    const focusSelected = (framesLeft: number) => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${selectedId ?? ''}"]`);
      if (row) row.focus();
      else if (framesLeft > 0) requestAnimationFrame(() => focusSelected(framesLeft - 1));
    };
    requestAnimationFrame(() => focusSelected(5));
  }, [selectedIndex, selectedId, virtualizer]);

  useEffect(() => {
    if (!hasFocus.current) return;
    // Focus follows the selection while the keyboard is in the grid: when a re-render dropped it (no active
    // element) or left it on a row that is no longer the selected one (a refresh landing mid-move).
    const active = document.activeElement;
    // While a move is under way the next row already has focus and the selection follows.
    const strayRow =
      !focusPending.current &&
      active instanceof HTMLElement &&
      active.matches('[role="row"][data-row-id]') &&
      active.dataset.rowId !== selectedId;
    if (active !== null && active !== document.body && !strayRow) return;
    scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${selectedId ?? ''}"]`)?.focus();
  });

  const move = (from: number, step: 1 | -1) => {
    for (let index = from + step; index >= 0 && index < rows.length; index += step) {
      const row = rows[index];
      if (row?.kind === 'requirement') {
        // Focus at once when the row is drawn, so a key pressed right after lands on it.
        scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${row.id}"]`)?.focus();
        focusPending.current = true;
        onSelect(row.id);
        return;
      }
    }
  };

  const rowLocked = (requirementId: string) => {
    const row = rows.find((candidate) => candidate.id === requirementId);
    return row?.kind === 'requirement' && canEdit !== undefined && !canEdit(row);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, requirementId: string) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target !== event.currentTarget) {
      // Esc in a select of the row goes back to the row itself.
      if (event.key === 'Escape') {
        event.preventDefault();
        event.currentTarget.focus();
      }
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'j') {
      event.preventDefault();
      move(index, 1);
    } else if (event.key === 'ArrowUp' || event.key === 'k') {
      event.preventDefault();
      move(index, -1);
    } else if (/^[0-4]$/.test(event.key) && !readOnly && !rowLocked(requirementId)) {
      event.preventDefault();
      const status = answerStatuses[Number(event.key)];
      if (status) onStatusKey(requirementId, status);
    } else if (event.key === 'm') {
      event.preventDefault();
      onSelect(requirementId);
      event.currentTarget.querySelector<HTMLSelectElement>('select[data-field="maturity"]')?.focus();
    } else if (event.key === 'e') {
      event.preventDefault();
      onSelect(requirementId);
      onEditKey?.(requirementId);
    } else if (event.key === 'Escape') {
      onEscapeKey?.();
    } else if (event.key === 'Enter') {
      onSelect(requirementId);
    }
  };

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label="Requirements"
      aria-rowcount={rows.length}
      aria-readonly={readOnly}
      className="gap-grid"
      onFocus={() => {
        hasFocus.current = true;
      }}
      onBlur={(event) => {
        // A row removed from the page blurs without a next target; leaving for another element has one.
        if (event.relatedTarget !== null && !event.currentTarget.contains(event.relatedTarget))
          hasFocus.current = false;
      }}
      style={{ height: 'calc(100dvh - 330px)', minHeight: 360, overflow: 'auto', position: 'relative' }}
    >
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const style = {
            position: 'absolute' as const,
            top: 0,
            left: 0,
            width: '100%',
            height: rowHeight,
            transform: `translateY(${String(item.start)}px)`,
          };
          if (row.kind === 'group') {
            return (
              <div key={item.key} role="row" aria-rowindex={item.index + 1} style={style} className="gap-grid-group">
                <div role="rowheader" className="gap-grid-group-cell">
                  <Text fw={700} size="sm">
                    {row.refId} {row.title}
                  </Text>
                </div>
              </div>
            );
          }
          const { requirement, answer } = row;
          const locked = readOnly || (canEdit !== undefined && !canEdit(row));
          const selected = row.id === selectedId;
          const status = answer?.status ?? 'not_assessed';
          const priority = answer?.priority.effective ?? null;
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={selected}
              aria-label={`${requirement.refId} ${requirement.title}: ${answerStatusLabels[status]}${answer?.origin?.pending ? ', pre-filled, pending confirmation' : ''}`}
              data-pending={answer?.origin?.pending || undefined}
              data-row-id={row.id}
              tabIndex={selected || (selectedIndex < 0 && item.index === 1) ? 0 : -1}
              style={style}
              className="gap-grid-row"
              onClick={() => onSelect(row.id)}
              onKeyDown={(event) => onKeyDown(event, item.index, row.id)}
            >
              <div role="gridcell" className="gap-grid-ref">
                <Text ff="monospace" fw={600} size="sm">
                  {requirement.refId}
                </Text>
              </div>
              <div role="gridcell" className="gap-grid-title">
                <Text size="sm" truncate="end">
                  {requirement.title}
                </Text>
              </div>
              <div role="gridcell">
                <NativeSelect
                  size="xs"
                  aria-label={`Status of ${requirement.refId}`}
                  value={status}
                  data={statusOptions}
                  disabled={locked}
                  onChange={(event) => onStatusKey(row.id, event.currentTarget.value as AnswerStatus)}
                />
              </div>
              <div role="gridcell">
                <Group gap={4} wrap="nowrap">
                  <NativeSelect
                    size="xs"
                    aria-label={`Current maturity of ${requirement.refId}`}
                    data-field="maturity"
                    value={answer?.maturity === null || answer?.maturity === undefined ? '' : String(answer.maturity)}
                    data={maturityOptions}
                    disabled={locked}
                    onChange={(event) => onSave(row.id, { maturity: toMaturity(event.currentTarget.value) })}
                  />
                  <NativeSelect
                    size="xs"
                    aria-label={`Target maturity of ${requirement.refId}`}
                    value={
                      answer?.targetMaturity === null || answer?.targetMaturity === undefined
                        ? ''
                        : String(answer.targetMaturity)
                    }
                    data={maturityOptions}
                    disabled={locked}
                    onChange={(event) => onSave(row.id, { targetMaturity: toMaturity(event.currentTarget.value) })}
                  />
                </Group>
              </div>
              <div role="gridcell">
                {priority ? (
                  <Badge
                    size="sm"
                    variant="light"
                    radius="sm"
                    tt="none"
                    color={priorityColors[priority]}
                    aria-label={`${priority} priority`}
                    title={`${priority} priority`}
                  >
                    {priority}
                  </Badge>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
