import type { Dashboard, DashboardAssessment } from '@certa/client';
import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useOrganization } from '../../session/session-context.ts';
import { assessmentStatusColors, assessmentStatusLabels } from '../gap-assessments/gap-labels.ts';
import { DemoOfferCard } from '../demo/demo-offer-card.tsx';
import { SystemCard } from '../system/system-card.tsx';
import { RoadmapProgressCard } from '../roadmap/roadmap-progress-card.tsx';
import { useDashboard } from './dashboard-queries.ts';
import { HeadlineFigures } from './headline-figures.tsx';
import { ConformityBars } from './charts.tsx';

function monthsLabel(months: number): string {
  return months === 1 ? '1 month' : `${String(months)} months`;
}

function ageLabel(age: DashboardAssessment['age']): string {
  if (age.ageMonths > 0) return `${monthsLabel(age.ageMonths)} ago`;
  if (age.ageDays === 0) return 'today';
  return age.ageDays === 1 ? 'yesterday' : `${String(age.ageDays)} days ago`;
}

/** A "due for renewal" alert listing the latest assessments older than the organisation accepts. */
function RenewalAlert({ orgId, dashboard }: { orgId: string; dashboard: Dashboard }) {
  const stale = dashboard.latestAssessments.filter((assessment) => assessment.age.stale);
  if (stale.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title="Due for renewal" mb="lg" role="note">
      <Text size="sm">
        Your organisation re-assesses every {monthsLabel(dashboard.assessmentMaxAgeMonths)}. These assessments are older
        than that, so the picture they give may no longer hold:
      </Text>
      <List size="sm" mt="xs">
        {stale.map((assessment) => (
          <List.Item key={assessment.id}>
            <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${assessment.id}`} underline="always">
              {assessment.reference} {assessment.title}
            </Anchor>{' '}
            ({assessment.framework.name}, assessed {formatDate(assessment.assessmentDate)}, due since{' '}
            {formatDate(assessment.age.dueOn)})
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The latest assessment of one framework: headline figures and conformity by clause and theme. */
function LatestAssessment({ orgId, assessment }: { orgId: string; assessment: DashboardAssessment }) {
  const { scores } = assessment;
  const titleId = `latest-${assessment.id}`;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} fz="lg" id={titleId}>
            {assessment.framework.name}
          </Title>
          <Text size="sm" c="dimmed">
            Latest assessment:{' '}
            <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${assessment.id}`} underline="always">
              {assessment.reference} {assessment.title}
            </Anchor>{' '}
            · assessed {formatDate(assessment.assessmentDate)} ({ageLabel(assessment.age)})
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge variant="light" radius="sm" tt="none" color={assessmentStatusColors[assessment.status]}>
            {assessmentStatusLabels[assessment.status]}
          </Badge>
          {assessment.age.stale ? (
            <Badge variant="light" radius="sm" tt="none" color="orange">
              Due for renewal
            </Badge>
          ) : null}
        </Group>
      </Group>
      <HeadlineFigures
        overall={scores.overall}
        managementSystem={scores.managementSystem}
        annexA={scores.annexA}
        documentedInformation={scores.documentedInformation}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {scores.layout === 'iso27001' ? (
          <>
            <ConformityBars title="Conformity by clause" scores={scores.byClause} titles={assessment.groupTitles} />
            <ConformityBars
              title="Conformity by Annex A theme"
              scores={scores.byTheme}
              titles={assessment.groupTitles}
            />
          </>
        ) : (
          <ConformityBars title="Conformity by group" scores={scores.byGroup} titles={assessment.groupTitles} />
        )}
      </SimpleGrid>
      <Group gap="md" mt="sm">
        <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${assessment.id}/scores`} size="sm">
          All scores and the maturity chart
        </Anchor>
        <Anchor component={Link} to={`/o/${orgId}/gap-assessments/compare?after=${assessment.id}`} size="sm">
          Compare with an earlier assessment
        </Anchor>
      </Group>
    </Paper>
  );
}

/** Evidence needing attention and the assessments by stage. */
function Attention({ orgId, dashboard }: { orgId: string; dashboard: Dashboard }) {
  const { evidence, assessments } = dashboard;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="attention-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="attention-title">
          Needs attention
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            {evidence.stale === 0
              ? 'No evidence is past its review-by date.'
              : `${String(evidence.stale)} evidence item${evidence.stale === 1 ? ' is' : 's are'} past the review-by date.`}
          </List.Item>
          <List.Item>
            {evidence.byStatus.draft} draft and {evidence.byStatus.expired} expired of {evidence.total} evidence items.
          </List.Item>
          <List.Item>
            Assessments: {assessments.byStatus.planned} planned, {assessments.byStatus.in_progress} in progress,{' '}
            {assessments.byStatus.in_review} in review, {assessments.byStatus.completed} completed.
          </List.Item>
        </List>
        <Group gap="md">
          <Anchor component={Link} to={`/o/${orgId}/evidence`} size="sm">
            Evidence library
          </Anchor>
          <Anchor component={Link} to={`/o/${orgId}/gap-assessments`} size="sm">
            Gap assessments
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

function NoAssessmentYet({ orgId }: { orgId: string }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="journey-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="journey-title">
          Your ISMS at a glance
        </Title>
        <Text>
          Start with a gap assessment: rate each requirement of ISO/IEC 27001 and this page shows conformity by clause
          and theme, what is due for renewal and the evidence that needs attention.
        </Text>
        <Anchor component={Link} to={`/o/${orgId}/gap-assessments`}>
          Go to gap assessments
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The landing page: where the ISMS stands, what needs attention, and the state of this installation. */
export function DashboardPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const dashboard = useDashboard(orgId);
  return (
    <>
      <PageHeader
        title="Dashboard"
        summary="Your starting point: where your ISMS stands and what needs your attention."
      />
      {dashboard.isPending ? <Skeleton height={320} radius="lg" aria-label="Loading the dashboard" /> : null}
      {dashboard.isError ? <ErrorAlert error={dashboard.error} title="The dashboard could not be loaded" /> : null}
      {dashboard.data ? (
        <Stack gap="lg">
          <RenewalAlert orgId={orgId} dashboard={dashboard.data} />
          <DemoOfferCard />
          {dashboard.data.latestAssessments.map((assessment) => (
            <LatestAssessment key={assessment.id} orgId={orgId} assessment={assessment} />
          ))}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {dashboard.data.latestAssessments.length === 0 ? <NoAssessmentYet orgId={orgId} /> : null}
            <Attention orgId={orgId} dashboard={dashboard.data} />
            <RoadmapProgressCard orgId={orgId} />
            <SystemCard />
          </SimpleGrid>
        </Stack>
      ) : null}
    </>
  );
}
