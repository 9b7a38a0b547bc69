import { confirmGapAnswer, confirmGapAnswers } from '@certa/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { gapKeys } from './gap-queries.ts';

/** POST …/answers/:requirementId/confirm, then the assessment is read again. */
export function useConfirmAnswer(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requirementId, version }: { requirementId: string; version: number }) =>
      confirmGapAnswer(api, orgId, assessmentId, requirementId, version),
    onSettled: () => queryClient.invalidateQueries({ queryKey: gapKeys.list(orgId) }),
  });
}

/** POST …/confirmations, then the assessment is read again. */
export function useConfirmAnswers(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requirementIds: string[]) => confirmGapAnswers(api, orgId, assessmentId, requirementIds),
    onSettled: () => queryClient.invalidateQueries({ queryKey: gapKeys.list(orgId) }),
  });
}
