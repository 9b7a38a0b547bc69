import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on narrow screens. The scrolling box takes the keyboard focus, so
 * people who do not use a mouse can scroll it with the arrow keys too.
 */
export function TableFrame({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
