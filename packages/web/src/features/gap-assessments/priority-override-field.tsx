import type { GapAnswer } from '@certa/client';
import { NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { priorityLabels } from './gap-labels.ts';
import type { AnswerPatch } from './use-answer-saver.ts';

type Priority = keyof typeof priorityLabels;
const priorities = Object.keys(priorityLabels) as Priority[];

/**
 * The priority of a gap: computed by Certa's rules unless set by hand, which needs a reason. A priority
 * chosen by hand is saved once its reason is given; choosing "As computed" removes the override.
 */
export function PriorityOverrideField({
  answer,
  readOnly,
  onSave,
}: {
  answer: GapAnswer;
  readOnly: boolean;
  onSave: (patch: AnswerPatch) => void;
}) {
  const [choice, setChoice] = useState<Priority | ''>(answer.priorityOverride?.priority ?? '');
  const [reason, setReason] = useState(answer.priorityOverride?.reason ?? '');
  const computed = answer.priority.computed;
  const computedLabel = computed ? priorityLabels[computed] : 'none';
  const waiting = choice !== '' && reason.trim() === '';

  const choose = (next: Priority | '') => {
    setChoice(next);
    if (next === '') {
      if (answer.priorityOverride) onSave({ priorityOverride: null });
      return;
    }
    if (reason.trim() !== '') onSave({ priorityOverride: { priority: next, reason } });
  };
  const saveReason = () => {
    if (choice === '' || reason.trim() === '') return;
    if (answer.priorityOverride?.priority === choice && answer.priorityOverride.reason === reason) return;
    onSave({ priorityOverride: { priority: choice, reason } });
  };

  return (
    <Stack gap={6}>
      <NativeSelect
        label="Priority"
        value={choice}
        disabled={readOnly}
        description={
          answer.priority.rule && !answer.priority.overridden
            ? `Computed: ${computedLabel}, because ${answer.priority.reason ?? ''}.`
            : `Computed by Certa's rules: ${computedLabel}.`
        }
        data={[
          { value: '', label: `As computed (${computedLabel})` },
          ...priorities.map((value) => ({ value, label: `${priorityLabels[value]}, set by hand` })),
        ]}
        onChange={(event) => choose(event.currentTarget.value as Priority | '')}
      />
      {choice !== '' ? (
        <Textarea
          label="Why the priority is set by hand"
          required
          autosize
          minRows={2}
          readOnly={readOnly}
          value={reason}
          error={waiting ? 'Give the reason: the priority is saved with it.' : undefined}
          onChange={(event) => setReason(event.currentTarget.value)}
          onBlur={saveReason}
        />
      ) : null}
      {answer.priority.overridden ? (
        <Text size="xs" c="dimmed">
          Set by hand: {priorityLabels[answer.priority.effective ?? 'low']} instead of {computedLabel}.
        </Text>
      ) : null}
    </Stack>
  );
}
