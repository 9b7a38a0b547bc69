import { Anchor, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useOrganization } from '../../session/session-context.ts';
import { ProgressBars, ProgressFacts } from './progress-against-plan.tsx';
import { useRoadmapProgress } from './roadmap-queries.ts';

/**
 * The organisation's roadmap to certification against its plan, for the dashboard: effort done against
 * effort planned by today, overdue tasks and the next milestone, from the roadmap generated last. Renders
 * inside an organisation's pages; `orgId` defaults to the current organisation.
 */
export function RoadmapProgressCard({ orgId: given }: { orgId?: string }) {
  const { membership } = useOrganization();
  const orgId = given ?? membership.organization.id;
  const progress = useRoadmapProgress(orgId);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Roadmap progress">
      <Title order={2} fz="lg" mb="sm">
        Roadmap to certification
      </Title>
      {progress.isPending ? <Skeleton height={96} /> : null}
      {progress.isError ? <ErrorAlert error={progress.error} title="The roadmap progress could not be loaded" /> : null}
      {progress.data === null ? (
        <Text size="sm" c="dimmed">
          No roadmap is tracked yet. Generate one from a gap assessment to follow its work packages here.{' '}
          <Anchor component={Link} to={`/o/${orgId}/gap-assessments`} underline="always">
            Gap assessments
          </Anchor>
        </Text>
      ) : null}
      {progress.data ? (
        <Stack gap="md">
          <ProgressBars progress={progress.data.progress} />
          <ProgressFacts progress={progress.data.progress} />
          <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${progress.data.assessment.id}/roadmap`} size="sm">
            Open the roadmap of {progress.data.assessment.reference}
          </Anchor>
        </Stack>
      ) : null}
    </Paper>
  );
}
