import {
  conflictingRoadmapTask,
  type RoadmapTaskUpdateInput,
  type RoadmapTaskView,
  type RoadmapView,
} from '@certa/client';
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { ProgressBars, ProgressFacts } from './progress-against-plan.tsx';
import { formatDay, phaseLabels, percentLabel } from './roadmap-labels.ts';
import { roadmapKeys, useGenerateRoadmap, useRoadmap, useUpdateRoadmapTask } from './roadmap-queries.ts';
import { RoadmapTaskTable } from './roadmap-task-table.tsx';
import { RoadmapTimeline } from './roadmap-timeline.tsx';

function ProgressHeader({ view }: { view: RoadmapView }) {
  const progress = view.progress;
  if (!progress) return null;
  return (
    <Paper withBorder radius="md" p="md" mb="md" component="section" aria-label="Progress against plan">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ProgressBars progress={progress} />
        <ProgressFacts progress={progress} />
      </SimpleGrid>
      <Group gap="xs" mt="sm">
        {progress.phases.map((phase) => (
          <Badge key={phase.phase} variant="outline" radius="sm" tt="none" color="gray">
            {phaseLabels[phase.phase]}: {percentLabel(phase.percentDone)} done
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}

function ScheduleNote({ view }: { view: RoadmapView }) {
  const { schedule, assessment } = view;
  if (!assessment.targetCertificationDate)
    return (
      <Alert color="blue" variant="light" mb="md" title="No target certification date">
        Without a target date the packages keep their order but have no dates. Set the target on the assessment and
        generate the roadmap again to lay the dates out backwards from it.
      </Alert>
    );
  if (!schedule) return null;
  return schedule.fits ? (
    <Text size="sm" c="dimmed" mb="md">
      Target certification {formatDay(schedule.targetCertificationDate)} · stage 1 audit{' '}
      {formatDay(schedule.stage1AuditDate)} · work must start by {formatDay(schedule.latestStart)} ·{' '}
      {schedule.slackWeeks} weeks to spare
    </Text>
  ) : (
    <Alert color="orange" variant="light" mb="md" title="The plan does not fit before the target date">
      It needs {schedule.weeksNeeded} weeks but only {schedule.weeksAvailable} are left between the assessment and{' '}
      {formatDay(schedule.targetCertificationDate)}: move the target, cut scope, or run packages in parallel by editing
      their dates.
    </Alert>
  );
}

function EmptyRoadmap({ orgId, assessmentId }: { orgId: string; assessmentId: string }) {
  const generate = useGenerateRoadmap(orgId, assessmentId);
  const { allowed, role } = usePermission('ismsContent.write');
  return (
    <Paper withBorder radius="lg" p="xl" maw={760}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz="lg">
          No roadmap yet
        </Title>
        <Text>
          The roadmap turns this assessment's gaps into work packages in three phases — ISMS foundations, then risk
          assessment, treatment and the Statement of Applicability, then Annex A controls by gap size, priority and
          effort — followed by the internal audit and management review before the stage 1 audit.
        </Text>
        <Text c="dimmed" size="sm">
          Each package becomes a task you can track. Rate requirements first: the packages come from those not or only
          partially implemented.
        </Text>
        <GuardedButton
          allowed={allowed}
          reason={whyNotAllowed('ismsContent.write', role)}
          loading={generate.isPending}
          onClick={() => generate.mutate(false)}
        >
          Generate roadmap
        </GuardedButton>
        {generate.isError ? <ErrorAlert error={generate.error} title="The roadmap was not generated" /> : null}
      </Stack>
    </Paper>
  );
}

function Roadmap({ orgId, view }: { orgId: string; view: RoadmapView }) {
  const assessmentId = view.assessment.id;
  const update = useUpdateRoadmapTask(orgId, assessmentId);
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<{ error: unknown; reference: string } | null>(null);
  const save = (task: RoadmapTaskView, patch: Omit<RoadmapTaskUpdateInput, 'version'>) => {
    setProblem(null);
    update.mutate(
      { taskId: task.id, input: { version: task.version, ...patch } },
      {
        onError: (error) => {
          setProblem({ error, reference: task.reference });
          if (conflictingRoadmapTask(error))
            void queryClient.invalidateQueries({ queryKey: roadmapKeys.view(orgId, assessmentId) });
        },
      },
    );
  };
  return (
    <>
      <ProgressHeader view={view} />
      <ScheduleNote view={view} />
      <Title order={2} fz="lg" mb="xs">
        Timeline
      </Title>
      <RoadmapTimeline
        tasks={view.tasks}
        today={view.progress?.today ?? new Date().toISOString().slice(0, 10)}
        assessmentDate={view.assessment.assessmentDate}
        targetCertificationDate={view.assessment.targetCertificationDate}
      />
      <Group justify="space-between" mt="lg" mb="xs">
        <Title order={2} fz="lg">
          Work packages and milestones
        </Title>
        <div role="status" aria-live="polite" aria-label="Save state">
          {update.isPending ? <Text size="sm">Saving…</Text> : update.isSuccess ? <Text size="sm">Saved</Text> : null}
        </div>
      </Group>
      {problem ? (
        conflictingRoadmapTask(problem.error) ? (
          <Alert color="orange" variant="light" mb="sm" title={`Someone else changed ${problem.reference}`}>
            The table now shows their version; apply your change again if it is still needed.
          </Alert>
        ) : (
          <ErrorAlert error={problem.error} title={`${problem.reference} was not saved`} />
        )
      ) : null}
      <RoadmapTaskTable orgId={orgId} tasks={view.tasks} onSave={save} />
    </>
  );
}

function Regenerate({ orgId, assessmentId }: { orgId: string; assessmentId: string }) {
  const generate = useGenerateRoadmap(orgId, assessmentId);
  const { allowed, role } = usePermission('ismsContent.write');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <GuardedButton
        allowed={allowed}
        reason={whyNotAllowed('ismsContent.write', role)}
        variant="default"
        onClick={() => setConfirming(true)}
      >
        Regenerate from current gaps
      </GuardedButton>
      <ConfirmModal
        opened={confirming}
        title="Regenerate the roadmap?"
        confirmLabel="Regenerate"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await generate.mutateAsync(true);
          setConfirming(false);
        }}
      >
        The packages are built again from the assessment's current gaps and dates. A package whose reference and
        requirements are unchanged keeps its status, owner and notes; any other starts again as to do.
      </ConfirmModal>
    </>
  );
}

/** `/o/:orgId/gap-assessments/:assessmentId/roadmap`: the roadmap to certification, tracked as tasks. */
export function RoadmapPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { assessmentId = '' } = useParams();
  const roadmap = useRoadmap(orgId, assessmentId);
  const back = (
    <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${assessmentId}`} size="sm">
      ← Assessment workspace
    </Anchor>
  );
  if (roadmap.isPending) return <Skeleton height={400} aria-label="Loading the roadmap" />;
  if (roadmap.isError)
    return (
      <>
        {back}
        <ErrorAlert error={roadmap.error} title="The roadmap could not be loaded" />
      </>
    );
  const view = roadmap.data;
  const generated = view.tasks.length > 0;
  return (
    <>
      {back}
      <PageHeader
        title="Roadmap to certification"
        summary={`${view.assessment.reference} · ${view.assessment.title}${view.generatedAt ? ` · generated ${formatDay(view.generatedAt.slice(0, 10))}` : ''}`}
        actions={generated ? <Regenerate orgId={orgId} assessmentId={assessmentId} /> : undefined}
      />
      {generated ? <Roadmap orgId={orgId} view={view} /> : <EmptyRoadmap orgId={orgId} assessmentId={assessmentId} />}
    </>
  );
}
