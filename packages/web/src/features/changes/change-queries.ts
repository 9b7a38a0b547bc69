import {
  getReassessmentProposal,
  listIsmsChanges,
  recordIsmsChange,
  startFocusedReassessment,
  updateIsmsChange,
  type FocusedReassessmentInput,
  type IsmsChangeCreateInput,
  type IsmsChangeUpdateInput,
} from '@certa/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { gapKeys } from '../gap-assessments/gap-queries.ts';

/** Query keys of an organisation's change log. */
export const changeKeys = {
  all: (orgId: string) => ['organizations', orgId, 'isms-changes'] as const,
  list: (orgId: string) => ['organizations', orgId, 'isms-changes', 'list'] as const,
  proposal: (orgId: string) => ['organizations', orgId, 'isms-changes', 'proposal'] as const,
};

/** GET …/isms-changes. */
export function useIsmsChanges(orgId: string) {
  return useQuery({ queryKey: changeKeys.list(orgId), queryFn: () => listIsmsChanges(api, orgId) });
}

/** GET …/isms-changes/reassessment-proposal. */
export function useReassessmentProposal(orgId: string) {
  return useQuery({ queryKey: changeKeys.proposal(orgId), queryFn: () => getReassessmentProposal(api, orgId) });
}

/** POST …/isms-changes (or PATCH one when `changeId` is given). */
export function useSaveIsmsChange(orgId: string, changeId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IsmsChangeCreateInput) =>
      changeId
        ? updateIsmsChange(api, orgId, changeId, input satisfies IsmsChangeUpdateInput)
        : recordIsmsChange(api, orgId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changeKeys.all(orgId) }),
  });
}

/** POST …/isms-changes/reassessments. */
export function useStartFocusedReassessment(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FocusedReassessmentInput) => startFocusedReassessment(api, orgId, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: changeKeys.all(orgId) });
      await queryClient.invalidateQueries({ queryKey: gapKeys.list(orgId) });
    },
  });
}
