import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api.ts';

/** Query keys of the frameworks an organisation sees, and of the mappings between them. */
export const frameworkKeys = {
  list: (orgId: string) => ['organizations', orgId, 'frameworks'] as const,
  detail: (orgId: string, frameworkId: string) => ['organizations', orgId, 'frameworks', frameworkId] as const,
  mappingSets: (orgId: string) => ['organizations', orgId, 'mapping-sets'] as const,
  mappings: (orgId: string, sourceId: string, targetId: string) =>
    ['organizations', orgId, 'mapping-sets', sourceId, targetId] as const,
};

// A framework version never changes once stored: no need to ask again during a visit.
const staleTime = 10 * 60_000;

/** GET …/frameworks: the frameworks the organisation can assess against. */
export function useFrameworks(orgId: string) {
  return useQuery({ queryKey: frameworkKeys.list(orgId), queryFn: () => api.listFrameworks(orgId), staleTime });
}

/** GET …/frameworks/:frameworkId: one framework with all of its requirements. */
export function useFramework(orgId: string, frameworkId: string, enabled = true) {
  return useQuery({
    queryKey: frameworkKeys.detail(orgId, frameworkId),
    queryFn: () => api.getFramework(orgId, frameworkId),
    staleTime,
    enabled: enabled && frameworkId !== '',
  });
}

/**
 * Starts loading a framework when a link to it is pointed at or focused, so the tree is often ready by
 * the time the click lands (a NIST catalog is over a megabyte of JSON).
 */
export function usePrefetchFramework(orgId: string): (frameworkId: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (frameworkId: string) =>
      void queryClient.prefetchQuery({
        queryKey: frameworkKeys.detail(orgId, frameworkId),
        queryFn: () => api.getFramework(orgId, frameworkId),
        staleTime,
      }),
    [queryClient, orgId],
  );
}

/** GET …/mapping-sets: the pairs of frameworks with mappings between them. */
export function useMappingSets(orgId: string) {
  return useQuery({ queryKey: frameworkKeys.mappingSets(orgId), queryFn: () => api.listMappingSets(orgId) });
}

/** GET …/mappings: the mappings from one framework to another (waits until both are chosen). */
export function useMappings(orgId: string, sourceId: string | null, targetId: string | null) {
  return useQuery({
    queryKey: frameworkKeys.mappings(orgId, sourceId ?? '', targetId ?? ''),
    queryFn: () => api.listMappings(orgId, sourceId ?? '', targetId ?? ''),
    enabled: sourceId !== null && targetId !== null,
  });
}
