import type { EvidenceLinkRequest } from '@certa/client';
import { Badge, Button, Group, Modal, ScrollArea, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { EvidenceStatusBadge } from './evidence-badges.tsx';
import { evidenceKindLabels } from './evidence-labels.ts';
import { useEvidenceList, useLinkEvidence } from './evidence-queries.ts';

/**
 * "Link existing evidence": searches the library as you type and links the chosen items to `target`.
 * Items already linked say so instead of offering the button again.
 */
export function EvidencePicker({
  orgId,
  opened,
  onClose,
  target,
  targetLabel,
  linkedIds,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
  target: Omit<EvidenceLinkRequest, 'evidenceId'>;
  targetLabel: string;
  linkedIds: ReadonlySet<string>;
}) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const results = useEvidenceList(orgId, { q: debounced, limit: 20 }, opened);
  const link = useLinkEvidence(orgId);
  return (
    <Modal opened={opened} onClose={onClose} title={`Link evidence to ${targetLabel}`} centered size="lg">
      <Stack gap="sm">
        <TextInput
          label="Search the evidence library"
          placeholder="Reference, title, description or owner"
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          data-autofocus
        />
        {link.isError ? <ErrorAlert error={link.error} title="The evidence was not linked" /> : null}
        <ScrollArea.Autosize mah={360}>
          {results.isPending ? (
            <Skeleton height={120} aria-label="Searching" />
          ) : results.isError ? (
            <ErrorAlert error={results.error} title="The library could not be searched" />
          ) : results.data.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {debounced ? 'Nothing matches these words.' : 'The library is empty: upload new evidence instead.'}
            </Text>
          ) : (
            <Stack gap={6} role="list" aria-label="Search results">
              {results.data.data.map((item) => {
                const linked = linkedIds.has(item.id);
                return (
                  <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm" role="listitem">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        <Text span ff="monospace" size="sm">
                          {item.reference}
                        </Text>{' '}
                        {item.title}
                      </Text>
                      <Group gap={6}>
                        <Text size="xs" c="dimmed">
                          {evidenceKindLabels[item.kind]}
                        </Text>
                        <EvidenceStatusBadge status={item.status} />
                        {item.stale ? (
                          <Badge size="xs" color="yellow.5" autoContrast radius="sm" tt="none">
                            Stale
                          </Badge>
                        ) : null}
                      </Group>
                    </div>
                    {linked ? (
                      <Text size="sm" c="dimmed">
                        Linked
                      </Text>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="light"
                        loading={link.isPending && link.variables.evidenceId === item.id}
                        onClick={() => link.mutate({ ...target, evidenceId: item.id })}
                        aria-label={`Link ${item.reference} ${item.title}`}
                      >
                        Link
                      </Button>
                    )}
                  </Group>
                );
              })}
            </Stack>
          )}
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
