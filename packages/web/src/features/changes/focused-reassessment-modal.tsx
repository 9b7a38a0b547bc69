import type { ReassessmentProposal } from '@certa/client';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { toDateInput } from '../../lib/dates.ts';
import { useStartFocusedReassessment } from './change-queries.ts';

/**
 * Starts a focused re-assessment: a new assessment carrying over the baseline's answers, where only the
 * requirements the chosen changes call for wait for confirmation. Opens the new assessment.
 */
export function FocusedReassessmentModal({
  orgId,
  proposal,
  onClose,
}: {
  orgId: string;
  proposal: ReassessmentProposal & { baseline: NonNullable<ReassessmentProposal['baseline']> };
  onClose: () => void;
}) {
  const start = useStartFocusedReassessment(orgId);
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>(proposal.changes.map((change) => change.id));
  const references = proposal.changes.filter((change) => chosen.includes(change.id)).map((change) => change.reference);
  const [title, setTitle] = useState(`Re-assessment after ${references.join(', ')}`);
  const [assessmentDate, setAssessmentDate] = useState(() => toDateInput(new Date()));
  const focus = proposal.requirements.filter((entry) =>
    entry.reasons.some((reason) => chosen.includes(reason.changeId)),
  ).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(
      { changeIds: chosen, title, assessmentDate },
      { onSuccess: (created) => void navigate(`/o/${orgId}/gap-assessments/${created.id}`) },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Start a focused re-assessment" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Every answer of {proposal.baseline.reference} is carried over. The {focus} requirements these changes call
            for stay marked for confirmation; the others are carried over as confirmed.
          </Text>
          <Checkbox.Group label="Changes to cover" value={chosen} onChange={setChosen}>
            <Stack gap={6} mt={6}>
              {proposal.changes.map((change) => (
                <Checkbox key={change.id} value={change.id} label={`${change.reference} · ${change.title}`} />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput label="Title" value={title} onChange={(event) => setTitle(event.currentTarget.value)} required />
          <TextInput
            type="date"
            label="Assessment date"
            value={assessmentDate}
            onChange={(event) => setAssessmentDate(event.currentTarget.value)}
            required
          />
          {start.isError ? <ErrorAlert error={start.error} title="The re-assessment could not start" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={start.isPending} disabled={chosen.length === 0}>
              Start and open
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
