import type { GapAssessmentDetail } from '@certa/client';
import { useState } from 'react';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { useConfirmAnswers } from './prefill-queries.ts';

/**
 * "Confirm all carried-over answers": accepts every pending pre-filled answer as it is, after asking.
 * Shown only while some answers of an open assessment are pending.
 */
export function ConfirmPrefilledButton({ detail }: { detail: GapAssessmentDetail }) {
  const { membership } = useOrganization();
  const { allowed, role } = usePermission('ismsContent.write');
  const confirm = useConfirmAnswers(membership.organization.id, detail.id);
  const [asking, setAsking] = useState(false);
  const pending = detail.answers.filter((answer) => answer.origin?.pending);
  if (pending.length === 0 || detail.status === 'completed') return null;
  const carried = pending.every((answer) => answer.origin?.kind === 'carried_over');
  return (
    <>
      <GuardedButton
        variant="default"
        allowed={allowed}
        reason={whyNotAllowed('ismsContent.write', role)}
        onClick={() => setAsking(true)}
      >
        {carried ? 'Confirm all carried-over answers' : 'Confirm all pre-filled answers'} ({pending.length})
      </GuardedButton>
      <ConfirmModal
        opened={asking}
        title={`Confirm ${String(pending.length)} pre-filled answers?`}
        confirmLabel="Confirm all"
        onClose={() => setAsking(false)}
        onConfirm={async () => {
          await confirm.mutateAsync(pending.map((answer) => answer.requirementId));
          setAsking(false);
        }}
      >
        Each answer is accepted as it stands today. Only do this once you have checked them: the pending mark is what
        tells reviewers an answer was not looked at again.
      </ConfirmModal>
    </>
  );
}
