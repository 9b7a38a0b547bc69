import type { RoadmapTaskUpdateInput, RoadmapTaskView } from '@certa/client';
import { can, roadmapTaskProblems, type RoadmapTaskStatus } from '@certa/core';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { TableFrame } from '../../components/table-frame.tsx';
import { useOrganization } from '../../session/session-context.ts';
import { phaseLabels, taskStatusLabels } from './roadmap-labels.ts';

type Patch = Omit<RoadmapTaskUpdateInput, 'version'>;

const ownedBy = (owner: string | null, email: string) =>
  owner !== null && owner.trim().toLowerCase() === email.toLowerCase();

/** Asks for the reason before a task is cancelled (the server refuses a cancellation without one). */
function CancelReasonModal({
  task,
  onClose,
  onCancel,
}: {
  task: RoadmapTaskView | null;
  onClose: () => void;
  onCancel: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Modal opened={task !== null} onClose={onClose} title={`Cancel ${task?.reference ?? ''}?`} centered>
      <Stack gap="md">
        <Textarea
          label="Why it is cancelled"
          description="Kept in the task's notes and in the audit trail"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button
            color="red"
            disabled={reason.trim() === ''}
            onClick={() => {
              onCancel(reason.trim());
              setReason('');
            }}
          >
            Cancel the task
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function TaskRow({
  orgId,
  task,
  editable,
  onSave,
  onWantsCancel,
}: {
  orgId: string;
  task: RoadmapTaskView;
  editable: boolean;
  onSave: (task: RoadmapTaskView, patch: Patch) => void;
  onWantsCancel: (task: RoadmapTaskView) => void;
}) {
  const [texts, setTexts] = useState({
    owner: task.owner ?? '',
    plannedStart: task.plannedStart ?? '',
    plannedDue: task.plannedDue ?? '',
    notes: task.notes ?? '',
  });
  type Field = keyof typeof texts;
  const stored: Record<Field, string> = {
    owner: task.owner ?? '',
    plannedStart: task.plannedStart ?? '',
    plannedDue: task.plannedDue ?? '',
    notes: task.notes ?? '',
  };
  const field = (name: Field, label: string) => ({
    'aria-label': `${label} of ${task.reference}`,
    value: texts[name],
    readOnly: !editable,
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setTexts((current) => ({ ...current, [name]: value }));
    },
    onBlur: () => {
      if (!editable || texts[name] === stored[name]) return;
      const value = texts[name].trim();
      onSave(task, { [name]: name === 'plannedStart' || name === 'plannedDue' ? value || null : value });
    },
  });
  const setStatus = (status: RoadmapTaskStatus) => {
    const next = { ...task, notes: texts.notes || null, status };
    if (roadmapTaskProblems(task, next).some((issue) => issue.path === 'notes')) {
      onWantsCancel(task);
      return;
    }
    onSave(task, status === 'cancelled' ? { status, notes: texts.notes } : { status });
  };
  const workspace = `/o/${orgId}/gap-assessments/${task.assessmentId}`;
  return (
    <Table.Tr aria-label={`${task.reference} ${task.title}`}>
      <Table.Td>
        <Text fw={700} size="sm">
          {task.reference}
        </Text>
        {task.kind === 'milestone' ? (
          <Badge size="xs" variant="outline" radius="sm" tt="none">
            Milestone
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {task.title}
          </Text>
          <Text size="xs" c="dimmed">
            {task.rationale}
          </Text>
          {task.refIds.length > 0 ? (
            <Text size="xs">
              Closes:{' '}
              {task.refIds.map((refId, index) => (
                <span key={refId}>
                  {index > 0 ? ', ' : ''}
                  <Anchor component={Link} to={`${workspace}?ref=${encodeURIComponent(refId)}`} size="xs">
                    {refId}
                  </Anchor>
                </span>
              ))}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {task.effort ? `Effort ${task.effort}` : 'Certification body'}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={`Status of ${task.reference}`}
          value={task.status}
          disabled={!editable}
          data={[task.status, ...task.nextStatuses].map((status) => ({
            value: status,
            label: taskStatusLabels[status],
          }))}
          onChange={(event) => setStatus(event.currentTarget.value as RoadmapTaskStatus)}
        />
        {task.overdue ? (
          <Badge color="red" variant="light" size="sm" radius="sm" tt="none" mt={4}>
            Overdue
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <TextInput size="xs" placeholder="Who carries it" {...field('owner', 'Owner')} />
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed" w={34}>
              Start
            </Text>
            <TextInput size="xs" type="date" style={{ flex: 1 }} {...field('plannedStart', 'Planned start')} />
          </Group>
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed" w={34}>
              Due
            </Text>
            <TextInput size="xs" type="date" style={{ flex: 1 }} {...field('plannedDue', 'Planned due')} />
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Textarea
          size="xs"
          autosize
          minRows={1}
          maxRows={4}
          placeholder="Progress notes"
          {...field('notes', 'Notes')}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The tracked tasks, grouped by phase: each with its one-line rationale and the requirements it closes,
 * and inline status, owner, dates and notes (saved when changed or when the field is left).
 */
export function RoadmapTaskTable({
  orgId,
  tasks,
  onSave,
}: {
  orgId: string;
  tasks: readonly RoadmapTaskView[];
  onSave: (task: RoadmapTaskView, patch: Patch) => void;
}) {
  const { actor } = useOrganization();
  const [cancelling, setCancelling] = useState<RoadmapTaskView | null>(null);
  const editable = (task: RoadmapTaskView) =>
    can(actor, 'ismsContent.write', {
      assignedMembershipId: ownedBy(task.owner, actor.email) ? (actor.membership?.id ?? null) : null,
    });
  const phases = [...new Set(tasks.map((task) => task.phase))];
  return (
    <>
      <TableFrame label="Roadmap tasks" minWidth={900}>
        <Table verticalSpacing="xs" aria-label="Roadmap tasks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={96}>Ref</Table.Th>
              <Table.Th>Work package, why it sits here, what it closes</Table.Th>
              <Table.Th w={140}>Status</Table.Th>
              <Table.Th w={200}>Owner and planned dates</Table.Th>
              <Table.Th w={200}>Notes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {phases.map((phase) => (
            <Table.Tbody key={phase}>
              <Table.Tr>
                <Table.Th colSpan={5} scope="colgroup" bg="var(--mantine-color-default-hover)">
                  {phaseLabels[phase]}
                </Table.Th>
              </Table.Tr>
              {tasks
                .filter((task) => task.phase === phase)
                .map((task) => (
                  <TaskRow
                    key={`${task.id}-${task.version}`}
                    orgId={orgId}
                    task={task}
                    editable={editable(task)}
                    onSave={onSave}
                    onWantsCancel={setCancelling}
                  />
                ))}
            </Table.Tbody>
          ))}
        </Table>
      </TableFrame>
      <CancelReasonModal
        task={cancelling}
        onClose={() => setCancelling(null)}
        onCancel={(reason) => {
          if (cancelling) onSave(cancelling, { status: 'cancelled', notes: reason });
          setCancelling(null);
        }}
      />
    </>
  );
}
