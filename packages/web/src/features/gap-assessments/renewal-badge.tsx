import type { GapAssessmentSummary } from '@certa/client';
import { Badge, Tooltip } from '@mantine/core';
import { formatDate } from '../../lib/dates.ts';

/** "Due for renewal" on a completed assessment older than the organisation's renewal age; nothing otherwise. */
export function RenewalBadge({ assessment }: { assessment: Pick<GapAssessmentSummary, 'stale'> }) {
  const stale = assessment.stale;
  if (!stale?.stale) return null;
  return (
    <Tooltip
      label={`${String(stale.ageMonths)} months old; due since ${formatDate(stale.dueOn)}. Start a new assessment from it.`}
    >
      <Badge variant="outline" color="orange" radius="sm" tt="none" ml={6} style={{ overflow: 'visible' }} tabIndex={0}>
        Due for renewal
      </Badge>
    </Tooltip>
  );
}
