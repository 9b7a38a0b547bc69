import { compareGapAssessments, getOrganizationDashboard } from '@certa/client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** Query keys of the dashboard and of assessment comparisons. */
export const dashboardKeys = {
  dashboard: (orgId: string) => ['organizations', orgId, 'dashboard'] as const,
  comparison: (orgId: string, before: string, after: string) =>
    ['organizations', orgId, 'gap-assessments', 'comparison', before, after] as const,
};

/** GET …/dashboard: the latest assessments with scores, renewals due and evidence counts. */
export function useDashboard(orgId: string) {
  return useQuery({ queryKey: dashboardKeys.dashboard(orgId), queryFn: () => getOrganizationDashboard(api, orgId) });
}

/** GET …/gap-assessments/comparison, once both assessments are chosen. */
export function useGapComparison(orgId: string, before: string, after: string) {
  return useQuery({
    queryKey: dashboardKeys.comparison(orgId, before, after),
    queryFn: () => compareGapAssessments(api, orgId, before, after),
    enabled: before !== '' && after !== '' && before !== after,
    retry: false,
  });
}
