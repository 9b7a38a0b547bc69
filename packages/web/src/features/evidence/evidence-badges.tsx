import type { EvidenceSummary } from '@certa/client';
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { evidenceStatusColors, evidenceStatusLabels, formatDay } from './evidence-labels.ts';

/** The status of an item as a badge with its name (never colour alone). */
export function EvidenceStatusBadge({ status }: { status: EvidenceSummary['status'] }) {
  return (
    <Badge
      variant="light"
      radius="sm"
      tt="none"
      color={evidenceStatusColors[status]}
      style={{ overflow: 'visible', flexShrink: 0, minWidth: 'fit-content' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {evidenceStatusLabels[status]}
    </Badge>
  );
}

/** "Stale" in amber (dark text on yellow, for contrast) when the review-by date has passed, with the date in its tooltip. */
export function StaleBadge({ reviewBy }: { reviewBy: string | null }) {
  return (
    <Tooltip label={`Review was due by ${formatDay(reviewBy)}`}>
      <Badge
        variant="filled"
        radius="sm"
        tt="none"
        color="yellow.5"
        autoContrast
        style={{ overflow: 'visible', flexShrink: 0, minWidth: 'fit-content' }}
        styles={{ label: { overflow: 'visible' } }}
      >
        Stale
      </Badge>
    </Tooltip>
  );
}

/** The review-by day, flagged when it has passed. */
export function ReviewBy({ item }: { item: Pick<EvidenceSummary, 'reviewBy' | 'stale'> }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={item.stale ? 700 : undefined}>
        {formatDay(item.reviewBy)}
      </Text>
      {item.stale ? <StaleBadge reviewBy={item.reviewBy} /> : null}
    </Group>
  );
}
