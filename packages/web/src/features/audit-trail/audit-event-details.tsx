import { Code, Group, Stack, Table, Text } from '@mantine/core';
import type { AuditEventView } from '@certa/client';
import type { ReactNode } from 'react';

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" component="div">
      {label}:{' '}
      <Text span size="xs" c="var(--mantine-color-text)" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Text>
  );
}

/** What an event changed, field by field, and where it came from. */
export function AuditEventDetails({ event }: { event: AuditEventView }) {
  const fields = Object.entries(event.changes);
  return (
    <Stack gap="sm" py="xs">
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          No field values: this event records that something happened, not a change of data.
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={`Changes of event ${event.sequence}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">Field</Table.Th>
              <Table.Th w="39%">Before</Table.Th>
              <Table.Th w="39%">After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map(([field, change]) => (
              <Table.Tr key={field}>
                <Table.Td>
                  <Code>{field}</Code>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{show(change.before)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{show(change.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="lg" style={{ rowGap: 4 }}>
        <Fact label="Event">#{event.sequence}</Fact>
        <Fact label="Record">{event.entityId ?? '—'}</Fact>
        <Fact label="IP address">{event.ip ?? '—'}</Fact>
        <Fact label="Request">{event.requestId ?? '—'}</Fact>
      </Group>
      <Fact label="Hash">{event.hash}</Fact>
      <Fact label="Previous event's hash">{event.previousHash}</Fact>
    </Stack>
  );
}
