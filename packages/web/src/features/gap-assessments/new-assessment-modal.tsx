import { Button, Group, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { toDateInput } from '../../lib/dates.ts';
import { useFrameworks } from '../frameworks/framework-queries.ts';
import { useCreateGapAssessment, useGapAssessments } from './gap-queries.ts';

/** The form that starts a gap assessment against a framework, then opens its workspace. */
export function NewAssessmentModal({
  orgId,
  opened,
  onClose,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const frameworks = useFrameworks(orgId);
  const create = useCreateGapAssessment(orgId);
  const navigate = useNavigate();
  const assessable = (frameworks.data ?? []).filter((framework) => framework.assessableCount > 0);
  const [frameworkId, setFrameworkId] = useState('');
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState('');
  const [assessmentDate, setAssessmentDate] = useState(() => toDateInput(new Date()));
  const [target, setTarget] = useState('');
  const [startFrom, setStartFrom] = useState('');
  const previous = useGapAssessments(orgId).data ?? [];
  const chosenFramework = frameworkId || assessable[0]?.id || '';
  const chosenSlug = assessable.find((framework) => framework.id === chosenFramework)?.slug;
  // Same framework (any version of it): answers are carried over; another framework: through mappings.
  const howPrefilled = (source: (typeof previous)[number]) =>
    source.framework.id === chosenFramework || source.framework.slug === chosenSlug
      ? 'carry over'
      : 'pre-fill through mappings';
  const source = previous.find((candidate) => candidate.id === startFrom);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        frameworkId: chosenFramework,
        title,
        scope,
        assessmentDate,
        targetCertificationDate: target === '' ? null : target,
        ...(startFrom ? { startFromAssessmentId: startFrom } : {}),
      },
      { onSuccess: (created) => void navigate(`/o/${orgId}/gap-assessments/${created.id}`) },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New gap assessment" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NativeSelect
            label="Framework"
            description="The framework version you assess against; it stays pinned to this assessment."
            value={chosenFramework}
            onChange={(event) => setFrameworkId(event.currentTarget.value)}
            data={assessable.map((framework) => ({
              value: framework.id,
              label: `${framework.name} (${String(framework.assessableCount)} requirements)`,
            }))}
            required
          />
          <NativeSelect
            label="Start from"
            description={
              source
                ? howPrefilled(source) === 'carry over'
                  ? `Every answer of ${source.reference} is copied and marked "carried over" until someone confirms it.`
                  : `Answers are suggested through the mappings between ${source.framework.name} and this framework, each marked for review.`
                : 'Optionally pre-fill the answers from a previous assessment; completed ones are fine.'
            }
            value={startFrom}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setStartFrom(value);
              const picked = previous.find((candidate) => candidate.id === value);
              if (picked && scope.trim() === '') setScope(picked.scope);
            }}
            data={[
              { value: '', label: 'Nothing: start with every requirement not assessed' },
              ...previous.map((candidate) => ({
                value: candidate.id,
                label: `${candidate.reference} · ${candidate.title} (${candidate.framework.name}) — ${howPrefilled(candidate)}`,
              })),
            ]}
          />
          <TextInput
            label="Title"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
            data-autofocus
          />
          <Textarea
            label="Scope"
            description="The ISMS scope statement you assess."
            value={scope}
            onChange={(event) => setScope(event.currentTarget.value)}
            autosize
            minRows={2}
            required
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Assessment date"
              value={assessmentDate}
              onChange={(event) => setAssessmentDate(event.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label="Target certification date"
              description="Optional; the roadmap plans back from it."
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
            />
          </Group>
          {create.isError ? <ErrorAlert error={create.error} title="The assessment could not be created" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={chosenFramework === ''}>
              Create and open
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
