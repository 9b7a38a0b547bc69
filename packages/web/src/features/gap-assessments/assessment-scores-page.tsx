import type { GapAssessmentDetail } from '@certa/client';
import { Anchor, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useOrganization } from '../../session/session-context.ts';
import { HeadlineFigures } from '../dashboard/headline-figures.tsx';
import { ConformityBars, MaturityRadar } from '../dashboard/charts.tsx';
import { useGapAssessment } from './gap-queries.ts';

/** Titles of the clause, theme and group keys, from the assessment's tree. */
function groupTitles(detail: GapAssessmentDetail): Record<string, string> {
  return Object.fromEntries(detail.requirements.map((requirement) => [requirement.refId, requirement.title]));
}

function Charts({ detail }: { detail: GapAssessmentDetail }) {
  const { scores } = detail;
  const titles = groupTitles(detail);
  const iso = scores.layout === 'iso27001';
  return (
    <Stack gap="lg">
      <HeadlineFigures
        overall={scores.overall}
        managementSystem={scores.managementSystem}
        annexA={scores.annexA}
        documentedInformation={scores.documentedInformation}
      />
      <Text size="sm" c="dimmed">
        Documented information: {scores.documentedInformation.approved} approved, {scores.documentedInformation.draft}{' '}
        draft, {scores.documentedInformation.missing} missing and {scores.documentedInformation.notRecorded} not
        recorded, of {scores.documentedInformation.required} required by the applicable requirements.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {iso ? (
          <>
            <ConformityBars title="Conformity by clause" scores={scores.byClause} titles={titles} />
            <ConformityBars title="Conformity by Annex A theme" scores={scores.byTheme} titles={titles} />
          </>
        ) : (
          <ConformityBars title="Conformity by group" scores={scores.byGroup} titles={titles} />
        )}
        <MaturityRadar
          title="Maturity, current and target"
          scores={iso ? { ...scores.byClause, ...scores.byTheme } : scores.byGroup}
          titles={titles}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** `/o/:orgId/gap-assessments/:assessmentId/scores`: the charts of one assessment. */
export function AssessmentScoresPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { assessmentId = '' } = useParams();
  const assessment = useGapAssessment(orgId, assessmentId);
  if (assessment.isPending) return <Skeleton height={400} aria-label="Loading the scores" />;
  if (assessment.isError) return <ErrorAlert error={assessment.error} title="The scores could not be loaded" />;
  const detail = assessment.data;
  return (
    <>
      <Group gap="md">
        <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${detail.id}`} size="sm">
          ← Back to the workspace
        </Anchor>
        <Anchor component={Link} to={`/o/${orgId}/gap-assessments/compare?after=${detail.id}`} size="sm">
          Compare with another assessment
        </Anchor>
      </Group>
      <PageHeader
        title={`Scores of ${detail.reference}`}
        summary={`${detail.title} · ${detail.framework.name}. Conformity counts an implemented requirement fully and a partially implemented one half; coverage is the share of applicable requirements assessed.`}
      />
      <Charts detail={detail} />
    </>
  );
}
