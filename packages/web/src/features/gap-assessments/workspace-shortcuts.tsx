import { Kbd, Modal, Table } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { workspaceShortcuts } from './gap-labels.ts';

/** The shortcuts help dialog, opened with `?` or the "Keyboard shortcuts" button. */
export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Keys</Table.Th>
            <Table.Th>What they do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workspaceShortcuts.map((shortcut) => (
            <Table.Tr key={shortcut.action}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' or ' : null}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{shortcut.action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The page-wide keys of the workspace: `/` focuses the filter and `?` opens the help, unless the person is
 * typing; `Esc` inside the side panel leaves the field and returns to the selected row of the grid.
 */
export function useWorkspaceKeys(handlers: {
  focusFilter: () => void;
  showHelp: () => void;
  backToGrid: () => void;
  panelSelector: string;
}) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const { focusFilter, showHelp, backToGrid, panelSelector } = latest.current;
      if (event.key === 'Escape') {
        const target = event.target;
        if (target instanceof HTMLElement && target.closest(panelSelector) && !target.closest('[role="dialog"]')) {
          event.preventDefault();
          target.blur();
          backToGrid();
        }
        return;
      }
      if (isTyping(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        focusFilter();
      } else if (event.key === '?') {
        event.preventDefault();
        showHelp();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
