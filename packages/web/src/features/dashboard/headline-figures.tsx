import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatPercent, type ScoreView } from './score-format.ts';

interface Documented {
  required: number;
  approved: number;
  completeness: number | null;
}

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

/** The headline figures of one assessment: conformity overall and by part, coverage, documented information. */
export function HeadlineFigures({
  overall,
  managementSystem,
  annexA,
  documentedInformation,
}: {
  overall: ScoreView;
  managementSystem: ScoreView | null;
  annexA: ScoreView | null;
  documentedInformation: Documented;
}) {
  const conformity = (score: ScoreView) =>
    `conformity · ${String(score.counts.assessed)} of ${String(score.counts.applicable)} assessed`;
  return (
    <SimpleGrid cols={{ base: 2, md: managementSystem ? 5 : 3 }} mb="md">
      <Figure label="Overall" value={formatPercent(overall.conformity)} detail={conformity(overall)} />
      {managementSystem ? (
        <Figure
          label="Management system"
          value={formatPercent(managementSystem.conformity)}
          detail={conformity(managementSystem)}
        />
      ) : null}
      {annexA ? <Figure label="Annex A" value={formatPercent(annexA.conformity)} detail={conformity(annexA)} /> : null}
      <Figure
        label="Coverage"
        value={formatPercent(overall.coverage)}
        detail={`${String(overall.counts.assessed)} of ${String(overall.counts.applicable)} applicable requirements assessed`}
      />
      <Figure
        label="Documented information"
        value={
          documentedInformation.required === 0 ? 'none required' : formatPercent(documentedInformation.completeness)
        }
        detail={`${String(documentedInformation.approved)} of ${String(documentedInformation.required)} required records approved`}
      />
    </SimpleGrid>
  );
}
