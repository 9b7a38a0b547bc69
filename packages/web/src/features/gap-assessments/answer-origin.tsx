import type { GapAnswer } from '@certa/client';
import { Button, Group, Paper, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useOrganization } from '../../session/session-context.ts';
import './answer-origin.css';
import { useConfirmAnswer } from './prefill-queries.ts';

/** Where a pre-filled answer came from, in words: `Carried over from GA-2025-01` or `From AC-2 (subset)`. */
export function describeOrigin(origin: NonNullable<GapAnswer['origin']>): string {
  if (origin.kind === 'carried_over')
    return `Carried over from ${origin.assessmentReference ?? 'a previous assessment'}`;
  const source = [origin.assessmentReference, origin.requirementRefId].filter(Boolean).join(' ');
  return `From ${source || 'a mapped requirement'}${origin.relationship ? ` (${origin.relationship})` : ''}`;
}

/**
 * The source of a pre-filled answer, and while it is pending a Confirm button that accepts it as it
 * is (editing any field confirms it too). Renders nothing for an answer typed in from scratch.
 */
export function AnswerOrigin({ answer, readOnly }: { answer: GapAnswer; readOnly: boolean }) {
  const { membership } = useOrganization();
  const { assessmentId = '' } = useParams();
  const confirm = useConfirmAnswer(membership.organization.id, assessmentId);
  const origin = answer.origin;
  if (!origin) return null;
  const suffix = origin.kind === 'carried_over' ? 'pending confirmation' : 'review';
  return (
    <Paper
      withBorder
      radius="md"
      p="xs"
      component="section"
      className="answer-origin"
      data-pending={origin.pending || undefined}
      aria-label="Source of this answer"
    >
      <Text size="sm" fw={600} c={origin.pending ? 'blue.8' : 'dimmed'}>
        {describeOrigin(origin)}
        {origin.pending ? ` · ${suffix}` : ' · confirmed'}
      </Text>
      {origin.pending ? (
        <Group gap="xs" justify="space-between" align="flex-end" wrap="nowrap" mt={4}>
          <Text size="xs" c="dimmed">
            {origin.kind === 'carried_over'
              ? 'Copied from the earlier assessment. Check it still holds, then confirm it or change it.'
              : 'Suggested through a mapping from another framework. Review it, then confirm it or change it.'}
          </Text>
          {readOnly ? null : (
            <Button
              size="compact-sm"
              variant="light"
              style={{ flex: 'none' }}
              loading={confirm.isPending}
              onClick={() => confirm.mutate({ requirementId: answer.requirementId, version: answer.version })}
            >
              Confirm
            </Button>
          )}
        </Group>
      ) : null}
      {confirm.isError ? <ErrorAlert error={confirm.error} title="The answer was not confirmed" /> : null}
    </Paper>
  );
}
