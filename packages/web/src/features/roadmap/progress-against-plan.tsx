import type { RoadmapProgressView } from '@certa/client';
import { Badge, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { daysAwayLabel, formatDay, percentLabel, verdictColors, verdictLabels } from './roadmap-labels.ts';

/** Percent done against percent planned by today, as two labelled bars and the verdict. */
export function ProgressBars({ progress }: { progress: RoadmapProgressView }) {
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          Done: {percentLabel(progress.percentDone)} of the effort
        </Text>
        <Badge variant="light" radius="sm" tt="none" color={verdictColors[progress.verdict]}>
          {verdictLabels[progress.verdict]}
        </Badge>
      </Group>
      <Progress
        value={progress.percentDone ?? 0}
        color="green"
        size="lg"
        aria-label={`Done: ${percentLabel(progress.percentDone)} of the effort`}
      />
      <Text size="xs" c="dimmed">
        Planned by today: {percentLabel(progress.plannedPercent)}
      </Text>
      <Progress
        value={progress.plannedPercent ?? 0}
        color="gray"
        size="sm"
        aria-label={`Planned by today: ${percentLabel(progress.plannedPercent)} of the effort`}
      />
    </Stack>
  );
}

/** Overdue tasks and the next milestone, in words. */
export function ProgressFacts({ progress }: { progress: RoadmapProgressView }) {
  const next = progress.nextMilestone;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          Tasks done
        </Text>
        <Text fw={700}>
          {progress.done} of {progress.total - progress.cancelled}
          {progress.cancelled > 0 ? ` (${progress.cancelled} cancelled)` : ''}
        </Text>
      </Stack>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          Overdue
        </Text>
        <Text fw={700} c={progress.overdue > 0 ? 'red.7' : undefined}>
          {progress.overdue === 0 ? 'None' : `${progress.overdue} ${progress.overdue === 1 ? 'task' : 'tasks'}`}
          {progress.blocked > 0 ? ` · ${progress.blocked} blocked` : ''}
        </Text>
      </Stack>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          Next milestone
        </Text>
        <Text fw={700}>{next ? next.title : 'None left'}</Text>
        {next ? (
          <Text size="xs" c="dimmed">
            {formatDay(next.due)}
            {next.daysAway === null ? '' : ` · ${daysAwayLabel(next.daysAway)}`}
          </Text>
        ) : null}
      </Stack>
    </SimpleGrid>
  );
}
