import type { GapAssessmentSummary, GapComparison } from '@certa/client';
import {
  Anchor,
  Badge,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useOrganization } from '../../session/session-context.ts';
import { useGapComparison } from '../dashboard/dashboard-queries.ts';
import { DeltaBars } from '../dashboard/charts.tsx';
import { formatDelta } from '../dashboard/score-format.ts';
import { useGapAssessments } from './gap-queries.ts';
import { answerStatusLabels } from './gap-labels.ts';

type Change = GapComparison['requirements'][number]['change'];

const changes: Change[] = ['improved', 'regressed', 'unchanged', 'not_comparable'];
const changeLabels: Record<Change, string> = {
  improved: 'Improved',
  regressed: 'Regressed',
  unchanged: 'Unchanged',
  not_comparable: 'Not comparable',
};
const changeColors: Record<Change, string> = {
  improved: 'green',
  regressed: 'red',
  unchanged: 'gray',
  not_comparable: 'blue',
};

const optionLabel = (assessment: GapAssessmentSummary) =>
  `${assessment.reference} ${assessment.title} (${assessment.framework.name}, ${formatDate(assessment.assessmentDate)})`;

/** The earlier assessment to suggest: the newest one of the same framework dated before `after`. */
function previousOf(assessments: GapAssessmentSummary[], afterId: string): string {
  const after = assessments.find((assessment) => assessment.id === afterId);
  if (!after) return '';
  const earlier = assessments
    .filter(
      (assessment) =>
        assessment.id !== after.id &&
        assessment.framework.slug === after.framework.slug &&
        assessment.assessmentDate <= after.assessmentDate,
    )
    .sort((a, b) => b.assessmentDate.localeCompare(a.assessmentDate));
  return earlier[0]?.id ?? '';
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" lh={1.2}>
        {value}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}

function RequirementChanges({ comparison, filter }: { comparison: GapComparison; filter: Change | '' }) {
  const rows = comparison.requirements.filter((requirement) => filter === '' || requirement.change === filter);
  if (rows.length === 0) return <Text c="dimmed">No requirement has this change.</Text>;
  const maturity = (value: number | null) => (value === null ? '' : ` · maturity ${String(value)}`);
  return (
    <TableFrame label="Requirements compared" minWidth={760}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Requirement</Table.Th>
            <Table.Th>{comparison.before.reference}</Table.Th>
            <Table.Th>{comparison.after.reference}</Table.Th>
            <Table.Th>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((requirement) => (
            <Table.Tr key={requirement.refId}>
              <Table.Td>
                <Text span ff="monospace" fw={600} size="sm">
                  {requirement.refId}
                </Text>{' '}
                <Text span size="sm">
                  {requirement.title}
                </Text>
              </Table.Td>
              <Table.Td>
                {answerStatusLabels[requirement.before.status]}
                {maturity(requirement.before.maturity)}
              </Table.Td>
              <Table.Td>
                {answerStatusLabels[requirement.after.status]}
                {maturity(requirement.after.maturity)}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" tt="none" color={changeColors[requirement.change]}>
                  {changeLabels[requirement.change]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

function ComparisonView({
  comparison,
  filter,
  onFilter,
}: {
  comparison: GapComparison;
  filter: Change | '';
  onFilter: (value: string) => void;
}) {
  const { deltas, scores } = comparison;
  const iso = scores.after.layout === 'iso27001';
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {changes.map((change) => (
          <Figure
            key={change}
            label={changeLabels[change]}
            value={String(comparison.counts[change] ?? 0)}
            detail="requirements"
          />
        ))}
        <Figure
          label="Overall conformity"
          value={formatDelta(deltas.overall.conformity)}
          detail={`coverage ${formatDelta(deltas.overall.coverage)}`}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {iso ? (
          <>
            <DeltaBars title="Conformity change by clause" deltas={deltas.byClause} titles={comparison.groupTitles} />
            <DeltaBars
              title="Conformity change by Annex A theme"
              deltas={deltas.byTheme}
              titles={comparison.groupTitles}
            />
          </>
        ) : (
          <DeltaBars title="Conformity change by group" deltas={deltas.byGroup} titles={comparison.groupTitles} />
        )}
      </SimpleGrid>
      <Stack gap="sm" component="section" aria-labelledby="changes-title">
        <Group justify="space-between" align="flex-end">
          <Title order={2} fz="lg" id="changes-title">
            Requirement by requirement
          </Title>
          <NativeSelect
            label="Show"
            value={filter}
            data={[
              { value: '', label: `All (${String(comparison.requirements.length)})` },
              ...changes.map((change) => ({
                value: change,
                label: `${changeLabels[change]} (${String(comparison.counts[change] ?? 0)})`,
              })),
            ]}
            onChange={(event) => onFilter(event.currentTarget.value)}
            w={240}
          />
        </Group>
        <RequirementChanges comparison={comparison} filter={filter} />
      </Stack>
    </Stack>
  );
}

/** `/o/:orgId/gap-assessments/compare?before=&after=`: two assessments of one framework side by side. */
export function GapComparisonPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const [params, setParams] = useSearchParams();
  const assessments = useGapAssessments(orgId);
  const list = useMemo(() => assessments.data ?? [], [assessments.data]);
  const after = params.get('after') ?? list[0]?.id ?? '';
  const before = params.get('before') ?? previousOf(list, after);
  const filter = (params.get('change') ?? '') as Change | '';
  const comparison = useGapComparison(orgId, before, after);
  const set = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('before', before);
        next.set('after', after);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const options = [
    { value: '', label: 'Choose an assessment' },
    ...list.map((assessment) => ({ value: assessment.id, label: optionLabel(assessment) })),
  ];
  return (
    <>
      <Anchor component={Link} to={`/o/${orgId}/gap-assessments`} size="sm">
        ← Gap assessments
      </Anchor>
      <PageHeader
        title="Compare assessments"
        summary="See what moved between two assessments of the same framework: each requirement improved, regressed or unchanged, and how conformity changed per clause and theme."
      />
      {assessments.isPending ? <Skeleton height={60} aria-label="Loading assessments" /> : null}
      {assessments.isError ? (
        <ErrorAlert error={assessments.error} title="The assessments could not be loaded" />
      ) : null}
      <Group align="flex-end" gap="md" mb="lg" wrap="wrap">
        <NativeSelect
          label="Earlier assessment"
          value={before}
          data={options}
          onChange={(event) => set('before', event.currentTarget.value)}
          w={420}
        />
        <NativeSelect
          label="Later assessment"
          value={after}
          data={options}
          onChange={(event) => set('after', event.currentTarget.value)}
          w={420}
        />
      </Group>
      {before === '' || after === '' ? (
        <Text c="dimmed">Choose two assessments of the same framework to compare them.</Text>
      ) : null}
      {before !== '' && before === after ? <Text c="dimmed">Choose two different assessments.</Text> : null}
      {comparison.isFetching && !comparison.data ? <Skeleton height={320} aria-label="Comparing" /> : null}
      {comparison.isError ? <ErrorAlert error={comparison.error} title="These assessments cannot be compared" /> : null}
      {comparison.data ? (
        <ComparisonView comparison={comparison.data} filter={filter} onFilter={(value) => set('change', value)} />
      ) : null}
    </>
  );
}
