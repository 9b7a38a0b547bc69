import type { GapAnswer } from '@certa/client';
import { Alert, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notApplicableProblem } from '@certa/core';
import { useState } from 'react';
import { answerStatusLabels, answerStatuses, effortLabels, maturityLabels, type AnswerStatus } from './gap-labels.ts';
import { PriorityOverrideField } from './priority-override-field.tsx';
import { AnswerOrigin } from './answer-origin.tsx';
import type { AnswerPatch } from './use-answer-saver.ts';

type TextField = 'gap' | 'recommendation' | 'owner' | 'justification' | 'notes';
type Effort = keyof typeof effortLabels;
const efforts = Object.keys(effortLabels) as Effort[];

const maturityOptions = [
  { value: '', label: '—' },
  ...maturityLabels.map((label, level) => ({ value: String(level), label })),
];
const documentationOptions = [
  { value: '', label: 'Not recorded' },
  { value: 'missing', label: 'Missing' },
  { value: 'draft', label: 'Draft' },
  { value: 'approved', label: 'Approved' },
];

/**
 * The answer to one requirement. Choices save at once; texts save when the field is left. "Not
 * applicable" is only saved together with its reason.
 */
export function AnswerForm({
  refId,
  isClauseRequirement,
  answer,
  readOnly,
  wantsNotApplicable,
  onSave,
  readOnlyReason = null,
  ownerLockedReason = null,
}: {
  refId: string;
  /** Clauses 4–10: never not applicable (the rule comes from core). */
  isClauseRequirement: boolean;
  answer: GapAnswer;
  readOnly: boolean;
  /** The status key 4 was pressed: ask for the reason. */
  wantsNotApplicable: boolean;
  onSave: (patch: AnswerPatch) => void;
  /** Why the caller cannot change this answer (e.g. a contributor who does not own it), shown above the form. */
  readOnlyReason?: string | null;
  /** Why the owner cannot be changed by the caller, when it cannot. */
  ownerLockedReason?: string | null;
}) {
  const [texts, setTexts] = useState<Record<TextField, string>>({
    gap: answer.gap ?? '',
    recommendation: answer.recommendation ?? '',
    owner: answer.owner ?? '',
    justification: answer.justification ?? '',
    notes: answer.notes ?? '',
  });
  // The same rule the server applies: a clause cannot be not applicable, a control needs a reason.
  const clauseProblem = isClauseRequirement ? notApplicableProblem(refId, true, null) : null;
  const [pendingNotApplicable, setPendingNotApplicable] = useState(wantsNotApplicable && clauseProblem === null);
  const status: AnswerStatus = pendingNotApplicable ? 'not_applicable' : answer.status;

  const setStatus = (next: AnswerStatus) => {
    if (next === 'not_applicable' && notApplicableProblem(refId, isClauseRequirement, texts.justification) !== null) {
      setPendingNotApplicable(true);
      return;
    }
    setPendingNotApplicable(false);
    onSave(next === 'not_applicable' ? { status: next, justification: texts.justification } : { status: next });
  };

  const saveText = (field: TextField) => {
    const value = texts[field];
    if (field === 'justification' && pendingNotApplicable) {
      if (value.trim() === '') return;
      setPendingNotApplicable(false);
      onSave({ status: 'not_applicable', justification: value });
      return;
    }
    if (value === (answer[field] ?? '')) return;
    onSave({ [field]: value });
  };

  const text = (field: TextField) => ({
    value: texts[field],
    readOnly,
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setTexts((current) => ({ ...current, [field]: value }));
    },
    onBlur: () => saveText(field),
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="answer-title">
      <Title order={2} fz="lg" id="answer-title">
        Answer for {refId}
      </Title>
      <AnswerOrigin answer={answer} readOnly={readOnly} />
      {readOnlyReason ? (
        <Alert color="gray" variant="light" role="note" p="xs">
          <Text size="sm">{readOnlyReason}</Text>
        </Alert>
      ) : null}
      <NativeSelect
        label="Status"
        value={status}
        disabled={readOnly}
        description={clauseProblem ?? undefined}
        data={answerStatuses.map((value) => ({
          value,
          label: answerStatusLabels[value],
          disabled: value === 'not_applicable' && clauseProblem !== null,
        }))}
        onChange={(event) => setStatus(event.currentTarget.value as AnswerStatus)}
      />
      {status === 'not_applicable' ? (
        <Textarea
          label="Why it is not applicable"
          description={pendingNotApplicable ? 'Not applicable is saved once you give the reason.' : undefined}
          autosize
          minRows={2}
          required
          data-autofocus
          {...text('justification')}
        />
      ) : null}
      <Group grow>
        <NativeSelect
          label="Maturity"
          value={answer.maturity === null ? '' : String(answer.maturity)}
          disabled={readOnly}
          data={maturityOptions}
          onChange={(event) =>
            onSave({ maturity: event.currentTarget.value === '' ? null : Number(event.currentTarget.value) })
          }
        />
        <NativeSelect
          label="Target maturity"
          value={answer.targetMaturity === null ? '' : String(answer.targetMaturity)}
          disabled={readOnly}
          data={maturityOptions}
          onChange={(event) =>
            onSave({ targetMaturity: event.currentTarget.value === '' ? null : Number(event.currentTarget.value) })
          }
        />
      </Group>
      <NativeSelect
        label="Documentation"
        value={answer.documentation ?? ''}
        disabled={readOnly}
        data={documentationOptions}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onSave({ documentation: value === '' ? null : (value as 'missing' | 'draft' | 'approved') });
        }}
      />
      <PriorityOverrideField answer={answer} readOnly={readOnly} onSave={onSave} />
      <NativeSelect
        label="Effort to close the gap"
        value={answer.effort ?? ''}
        disabled={readOnly}
        data={[
          { value: '', label: 'Not estimated' },
          ...efforts.map((value) => ({ value, label: effortLabels[value] })),
        ]}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onSave({ effort: value === '' ? null : (value as Effort) });
        }}
      />
      <Textarea label="Gap found" id="answer-gap" autosize minRows={2} {...text('gap')} />
      <Textarea label="Recommendation" autosize minRows={2} {...text('recommendation')} />
      <TextInput
        label="Owner"
        description={ownerLockedReason ?? 'Name or email of who closes the gap.'}
        {...text('owner')}
        readOnly={readOnly || ownerLockedReason !== null}
      />
      <Textarea label="Notes" autosize minRows={2} {...text('notes')} />
    </Stack>
  );
}
