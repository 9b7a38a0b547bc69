import type { GapAnswer, GapAssessmentDetail, GapAssessmentStatus } from '@certa/client';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  ScrollArea,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { useFramework } from '../frameworks/framework-queries.ts';
import { RequirementDetails } from '../frameworks/requirement-details.tsx';
import { buildTree } from '../frameworks/requirement-tree.ts';
import { notApplicableProblem } from '@certa/core';
import { AnswerEvidence } from './answer-evidence.tsx';
import { AnswerForm } from './answer-form.tsx';
import { useGapAssessment, useTransitionGapAssessment } from './gap-queries.ts';
import {
  answerStatusLabels,
  answerStatuses,
  assessmentStatusColors,
  assessmentStatusLabels,
  percent,
  priorityLabels,
  transitionLabels,
  type AnswerStatus,
} from './gap-labels.ts';
import { useAnswerSaver, type SaveState } from './use-answer-saver.ts';
import { WorkspaceGrid } from './workspace-grid.tsx';
import { answerOwners, workspaceCounts, workspaceRows, type PriorityFilter } from './workspace-rows.ts';
import { answerRights, mayAnswerAny } from './answer-rights.ts';
import { ShortcutsHelp, useWorkspaceKeys } from './workspace-shortcuts.tsx';
import { GapReportMenu } from './report-menu.tsx';
import { RoadmapLink } from '../roadmap/roadmap-link.tsx';
import { ConfirmPrefilledButton } from './confirm-prefilled-button.tsx';
import './gap-workspace.css';

type Score = GapAssessmentDetail['overall'] | null;

function ScoreCard({ label, score }: { label: string; score: Score }) {
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" lh={1.2}>
        {percent(score?.conformity ?? null)}
      </Text>
      <Text size="xs" c="dimmed">
        conformity · {percent(score?.coverage ?? null)} assessed
      </Text>
    </Paper>
  );
}

function Scores({ detail }: { detail: GapAssessmentDetail }) {
  const { scores } = detail;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
      <ScoreCard label="Overall" score={scores.overall} />
      <Paper withBorder radius="md" p="sm" component="section" aria-label="Coverage">
        <Text size="xs" c="dimmed">
          Coverage
        </Text>
        <Text fw={700} fz="xl" lh={1.2}>
          {percent(scores.overall.coverage)}
        </Text>
        <Text size="xs" c="dimmed">
          {scores.overall.counts.assessed} of {scores.overall.counts.applicable} applicable assessed
        </Text>
      </Paper>
      {scores.managementSystem ? <ScoreCard label="Management system" score={scores.managementSystem} /> : null}
      {scores.annexA ? <ScoreCard label="Annex A" score={scores.annexA} /> : null}
    </SimpleGrid>
  );
}

function SaveIndicator({ state, onTheirs, onMine }: { state: SaveState; onTheirs: () => void; onMine: () => void }) {
  let content: React.ReactNode = null;
  if (state.kind === 'saving') content = <Text size="sm">Saving…</Text>;
  if (state.kind === 'saved') content = <Text size="sm">Saved</Text>;
  if (state.kind === 'error') content = <ErrorAlert error={state.error} title="The change was not saved" />;
  if (state.kind === 'conflict') {
    content = (
      <Alert color="orange" variant="light" title="Someone else changed this — reload their version">
        <Text size="sm">
          {state.current.refId} is now {answerStatusLabels[state.current.status]}
          {state.patch.status ? `; you chose ${answerStatusLabels[state.patch.status]}` : ''}.
        </Text>
        <Group gap="xs" mt="xs">
          <Button size="xs" onClick={onTheirs}>
            Reload their version
          </Button>
          <Button size="xs" variant="default" onClick={onMine}>
            Keep mine
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <div role="status" aria-live="polite" aria-label="Save state" style={{ minHeight: 24 }}>
      {content}
    </div>
  );
}

function Transitions({ orgId, detail }: { orgId: string; detail: GapAssessmentDetail }) {
  const transition = useTransitionGapAssessment(orgId, detail.id);
  const { allowed, role } = usePermission('ismsContent.write');
  const [confirming, setConfirming] = useState(false);
  const go = (to: GapAssessmentStatus) => {
    if (to === 'completed') setConfirming(true);
    else transition.mutate(to);
  };
  return (
    <>
      {detail.nextStatuses.map((to) => (
        <GuardedButton
          key={to}
          allowed={allowed}
          reason={whyNotAllowed('ismsContent.write', role)}
          variant={to === 'in_progress' && detail.status === 'in_review' ? 'default' : 'filled'}
          loading={transition.isPending}
          onClick={() => go(to)}
        >
          {transitionLabels[to]}
        </GuardedButton>
      ))}
      {transition.isError ? <ErrorAlert error={transition.error} title="The status did not change" /> : null}
      <ConfirmModal
        opened={confirming}
        title="Complete this assessment?"
        confirmLabel="Complete assessment"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await transition.mutateAsync('completed');
          setConfirming(false);
        }}
      >
        A completed assessment is locked: its answers can no longer change.
      </ConfirmModal>
    </>
  );
}

const emptyAnswer = (requirementId: string, refId: string): GapAnswer => ({
  requirementId,
  refId,
  status: 'not_assessed',
  maturity: null,
  targetMaturity: null,
  documentation: null,
  justification: null,
  gap: null,
  recommendation: null,
  owner: null,
  priorityOverride: null,
  effort: null,
  notes: null,
  version: 0,
  priority: { computed: null, effective: null, rule: null, reason: null, overridden: false },
  updatedAt: null,
  updatedBy: null,
});

function Workspace({ orgId, detail }: { orgId: string; detail: GapAssessmentDetail }) {
  const [params, setParams] = useSearchParams();
  const statusFilter = (params.get('status') ?? '') as AnswerStatus | '';
  const textFilter = params.get('q') ?? '';
  const ownerFilter = params.get('owner') ?? '';
  const priorityFilter = (params.get('priority') ?? '') as PriorityFilter;
  const pendingFilter = params.get('pending') === '1';
  const selectedRef = params.get('ref');
  const [notApplicableFor, setNotApplicableFor] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // The input keeps its own value: the address updates a moment later, and fast typing must not lose keys.
  const [textDraft, setTextDraft] = useState(textFilter);
  const filterRef = useRef<HTMLInputElement>(null);
  const { actor } = useOrganization();
  const locked = detail.status === 'completed';
  const readOnly = locked || !mayAnswerAny(actor);
  const saver = useAnswerSaver(orgId, detail.id);
  const framework = useFramework(orgId, detail.framework.id);
  const tree = useMemo(() => (framework.data ? buildTree(framework.data.requirements) : null), [framework.data]);

  const rows = useMemo(
    () =>
      workspaceRows(detail, {
        status: statusFilter,
        text: textFilter,
        owner: ownerFilter,
        priority: priorityFilter,
        pending: pendingFilter,
      }),
    [detail, statusFilter, textFilter, ownerFilter, priorityFilter, pendingFilter],
  );
  const counts = useMemo(() => workspaceCounts(detail), [detail]);
  const owners = useMemo(() => answerOwners(detail), [detail]);
  const shown = rows.filter((row) => row.kind === 'requirement').length;
  const selected = detail.requirements.find(
    (requirement) => requirement.refId === selectedRef && requirement.assessable,
  );
  const answer = selected
    ? (detail.answers.find((candidate) => candidate.requirementId === selected.id) ??
      emptyAnswer(selected.id, selected.refId))
    : null;

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const selectById = (requirementId: string) => {
    const requirement = detail.requirements.find((candidate) => candidate.id === requirementId);
    if (requirement) setParam('ref', requirement.refId);
  };
  const onStatusKey = (requirementId: string, status: AnswerStatus) => {
    const requirement = detail.requirements.find((candidate) => candidate.id === requirementId);
    const current = detail.answers.find((candidate) => candidate.requirementId === requirementId);
    const isClause = requirement?.kind === 'clause_requirement';
    if (
      status === 'not_applicable' &&
      notApplicableProblem(requirement?.refId ?? '', isClause, current?.justification)
    ) {
      // Show the requirement: its form asks for the reason, or says why a clause cannot be not applicable.
      selectById(requirementId);
      if (!isClause) setNotApplicableFor(requirementId);
      return;
    }
    saver.save(requirementId, { status });
  };
  const focusSelectedRow = () => {
    const row = document.querySelector<HTMLElement>(`[data-row-id="${selected?.id ?? ''}"]`);
    if (row) row.focus();
    else document.querySelector<HTMLElement>('.gap-grid-row')?.focus();
  };
  const onEditKey = () => {
    // The form of a newly selected row renders on the next frame.
    requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById('answer-gap')?.focus()));
  };
  useWorkspaceKeys({
    focusFilter: () => filterRef.current?.focus(),
    showHelp: () => setHelpOpen(true),
    backToGrid: focusSelectedRow,
    panelSelector: '[data-workspace-panel]',
  });
  const rights = answerRights(actor, answer ?? undefined, locked);

  return (
    <>
      {detail.status === 'completed' ? (
        <Alert color="green" variant="light" mb="md" title="Completed">
          This assessment is completed and read-only. Start a new assessment to measure again.
        </Alert>
      ) : null}
      <Group align="flex-end" gap="sm" mb="sm" wrap="wrap">
        <TextInput
          ref={filterRef}
          label="Filter by reference or words"
          value={textDraft}
          onChange={(event) => {
            setTextDraft(event.currentTarget.value);
            setParam('q', event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' || event.key === 'Enter') {
              event.preventDefault();
              focusSelectedRow();
            }
          }}
          w={250}
        />
        <NativeSelect
          label="Status"
          value={statusFilter}
          data={[
            { value: '', label: `All statuses (${String(counts.total)})` },
            ...answerStatuses.map((status) => ({
              value: status,
              label: `${answerStatusLabels[status]} (${String(counts.byStatus[status])})`,
            })),
          ]}
          onChange={(event) => setParam('status', event.currentTarget.value)}
          w={210}
        />
        <NativeSelect
          label="Owner"
          value={ownerFilter}
          data={[
            { value: '', label: 'Any owner' },
            { value: 'none', label: 'Nobody yet' },
            ...owners.map((owner) => ({ value: owner, label: owner })),
          ]}
          onChange={(event) => setParam('owner', event.currentTarget.value)}
          w={170}
        />
        <NativeSelect
          label="Priority"
          value={priorityFilter}
          data={[
            { value: '', label: 'Any priority' },
            ...(['high', 'medium', 'low'] as const).map((value) => ({ value, label: priorityLabels[value] })),
            { value: 'none', label: 'No priority' },
          ]}
          onChange={(event) => setParam('priority', event.currentTarget.value)}
          w={140}
        />
        {counts.pending > 0 || pendingFilter ? (
          <Checkbox
            label={`Pending confirmation (${String(counts.pending)})`}
            checked={pendingFilter}
            onChange={(event) => setParam('pending', event.currentTarget.checked ? '1' : '')}
            mb={8}
          />
        ) : null}
        <Stack gap={0} style={{ flex: 1 }}>
          <Text size="sm" aria-live="polite">
            Showing {shown} of {counts.total} requirements
          </Text>
          <Button variant="subtle" size="compact-sm" px={0} w="fit-content" onClick={() => setHelpOpen(true)}>
            Keyboard shortcuts (?)
          </Button>
        </Stack>
        <SaveIndicator state={saver.state} onTheirs={saver.takeTheirs} onMine={saver.keepMine} />
      </Group>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <div style={{ flex: '1 1 0', minWidth: 0 }}>
          <WorkspaceGrid
            rows={rows}
            selectedId={selected?.id ?? null}
            readOnly={readOnly}
            onSelect={selectById}
            onSave={saver.save}
            onStatusKey={onStatusKey}
            onEditKey={onEditKey}
            onEscapeKey={() => setParam('ref', '')}
            canEdit={(row) => !answerRights(actor, row.answer, locked).readOnly}
          />
        </div>
        <Paper
          withBorder
          radius="md"
          w={380}
          style={{ flex: '0 0 380px' }}
          component="aside"
          aria-label="Selected requirement"
          data-workspace-panel
        >
          <ScrollArea h="calc(100dvh - 330px)" mih={360} p="md">
            {selected && answer ? (
              <Stack gap="lg">
                <AnswerForm
                  key={`${selected.id}-${String(answer.version)}-${String(notApplicableFor === selected.id)}`}
                  refId={selected.refId}
                  isClauseRequirement={selected.kind === 'clause_requirement'}
                  answer={answer}
                  readOnly={rights.readOnly}
                  readOnlyReason={rights.reason}
                  ownerLockedReason={rights.ownerLockedReason}
                  wantsNotApplicable={notApplicableFor === selected.id}
                  onSave={(patch) => {
                    setNotApplicableFor(null);
                    saver.save(selected.id, patch);
                  }}
                />
                <AnswerEvidence
                  orgId={orgId}
                  assessmentId={detail.id}
                  requirementId={selected.id}
                  refId={selected.refId}
                  locked={detail.status === 'completed'}
                />
                {tree && framework.data && tree.byRef.get(selected.refId) ? (
                  <RequirementDetails
                    tree={tree}
                    framework={framework.data}
                    requirement={tree.byRef.get(selected.refId)!.requirement}
                    onSelect={(ref) => setParam('ref', ref)}
                  />
                ) : (
                  <Skeleton height={200} />
                )}
              </Stack>
            ) : (
              <Text c="dimmed" size="sm">
                Select a requirement to answer it and read what it means, what an auditor asks and the evidence that
                usually shows it.
              </Text>
            )}
          </ScrollArea>
        </Paper>
      </Group>
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}

/** `/o/:orgId/gap-assessments/:assessmentId`: the workspace where every requirement is rated. */
export function GapWorkspacePage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { assessmentId = '' } = useParams();
  const assessment = useGapAssessment(orgId, assessmentId);
  if (assessment.isPending) return <Skeleton height={400} aria-label="Loading the assessment" />;
  if (assessment.isError) return <ErrorAlert error={assessment.error} title="The assessment could not be loaded" />;
  const detail = assessment.data;
  return (
    <>
      <Anchor component={Link} to={`/o/${orgId}/gap-assessments`} size="sm">
        ← Gap assessments
      </Anchor>
      <PageHeader
        title={detail.title}
        summary={`${detail.reference} · ${detail.framework.name} · ${detail.scope}`}
        actions={
          <>
            <Badge size="lg" variant="light" radius="sm" tt="none" color={assessmentStatusColors[detail.status]}>
              {assessmentStatusLabels[detail.status]}
            </Badge>
            <Button component={Link} to={`/o/${orgId}/gap-assessments/${detail.id}/scores`} variant="default">
              Scores and charts
            </Button>
            <RoadmapLink orgId={orgId} assessmentId={detail.id} />
            <GapReportMenu orgId={orgId} detail={detail} />
            <ConfirmPrefilledButton detail={detail} />
            <Transitions orgId={orgId} detail={detail} />
          </>
        }
      />
      <Scores detail={detail} />
      <Workspace orgId={orgId} detail={detail} />
    </>
  );
}
