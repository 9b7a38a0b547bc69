import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** Query keys of the frameworks an organisation sees. */
export const frameworkKeys = {
  list: (orgId: string) => ['organizations', orgId, 'frameworks'] as const,
  detail: (orgId: string, frameworkId: string) => ['organizations', orgId, 'frameworks', frameworkId] as const,
};

// A framework version never changes once stored: no need to ask again during a visit.
const staleTime = 10 * 60_000;

/** GET …/frameworks: the frameworks the organisation can assess against. */
export function useFrameworks(orgId: string) {
  return useQuery({ queryKey: frameworkKeys.list(orgId), queryFn: () => api.listFrameworks(orgId), staleTime });
}

/** GET …/frameworks/:frameworkId: one framework with all of its requirements. */
export function useFramework(orgId: string, frameworkId: string) {
  return useQuery({
    queryKey: frameworkKeys.detail(orgId, frameworkId),
    queryFn: () => api.getFramework(orgId, frameworkId),
    staleTime,
  });
}
