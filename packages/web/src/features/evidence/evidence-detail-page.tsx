import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useOrganization } from '../../session/session-context.ts';
import { EvidenceStatusBadge, StaleBadge } from './evidence-badges.tsx';
import { EvidenceDetailsForm } from './evidence-details-form.tsx';
import { evidenceKindLabels, formatDay, formatPeriod } from './evidence-labels.ts';
import { EvidenceLinks } from './evidence-links.tsx';
import { useEvidence } from './evidence-queries.ts';
import { EvidenceVersions } from './evidence-versions.tsx';

/** `/o/:orgId/evidence/:evidenceId`: one evidence item — details, file versions and what it supports. */
export function EvidenceDetailPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { evidenceId = '' } = useParams();
  const evidence = useEvidence(orgId, evidenceId);
  if (evidence.isPending) return <Skeleton height={400} aria-label="Loading the evidence" />;
  if (evidence.isError) return <ErrorAlert error={evidence.error} title="The evidence could not be loaded" />;
  const item = evidence.data;
  return (
    <>
      <Anchor component={Link} to={`/o/${orgId}/evidence`} size="sm">
        ← Evidence
      </Anchor>
      <PageHeader
        title={item.title}
        summary={`${item.reference} · ${evidenceKindLabels[item.kind]} · covers ${formatPeriod(item.coversFrom, item.coversTo)} · updated ${formatDateTime(item.updatedAt)}`}
        actions={
          <Group gap="xs">
            <EvidenceStatusBadge status={item.status} />
            {item.stale ? <StaleBadge reviewBy={item.reviewBy} /> : null}
          </Group>
        }
      />
      {item.stale ? (
        <Paper
          withBorder
          radius="md"
          p="sm"
          mb="md"
          role="note"
          style={{ borderColor: 'var(--mantine-color-yellow-6)', borderLeftWidth: 6 }}
        >
          <Text fw={600}>
            The review-by date ({formatDay(item.reviewBy)}) has passed: check the item is still right, then set the next
            review date.
          </Text>
        </Paper>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mb="md">
        <EvidenceDetailsForm key={item.id} orgId={orgId} item={item} />
        <Stack gap="md">
          <EvidenceLinks orgId={orgId} item={item} />
        </Stack>
      </SimpleGrid>
      <EvidenceVersions orgId={orgId} item={item} />
    </>
  );
}
