import type { GapAssessmentCreateInput, GapAssessmentDetail, GapAssessmentStatus } from '@certa/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** Query keys of an organisation's gap assessments. */
export const gapKeys = {
  list: (orgId: string) => ['organizations', orgId, 'gap-assessments'] as const,
  detail: (orgId: string, assessmentId: string) => ['organizations', orgId, 'gap-assessments', assessmentId] as const,
};

/** GET …/gap-assessments: every assessment of the organisation with its overall score. */
export function useGapAssessments(orgId: string) {
  return useQuery({ queryKey: gapKeys.list(orgId), queryFn: () => api.listGapAssessments(orgId) });
}

/** GET …/gap-assessments/:id: one assessment with its requirements, answers and scores. */
export function useGapAssessment(orgId: string, assessmentId: string) {
  return useQuery<GapAssessmentDetail>({
    queryKey: gapKeys.detail(orgId, assessmentId),
    queryFn: () => api.getGapAssessment(orgId, assessmentId),
  });
}

/** POST …/gap-assessments. */
export function useCreateGapAssessment(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GapAssessmentCreateInput) => api.createGapAssessment(orgId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gapKeys.list(orgId) }),
  });
}

/** POST …/gap-assessments/:id/transitions. */
export function useTransitionGapAssessment(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: GapAssessmentStatus) => api.transitionGapAssessment(orgId, assessmentId, to),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gapKeys.list(orgId) }),
  });
}
