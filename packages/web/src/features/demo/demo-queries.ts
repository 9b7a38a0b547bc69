import { getDemoStatus, loadDemoOrganization, removeDemoOrganization } from '@certa/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { sessionKeys } from '../../session/session-queries.ts';

/** Query key of the demo organisation's status. */
export const demoKeys = { status: ['demo'] as const };

/** GET /api/v1/demo: whether the demo organisation is loaded, and the caller's role in it. */
export function useDemoStatus(enabled = true) {
  return useQuery({ queryKey: demoKeys.status, queryFn: () => getDemoStatus(api), enabled });
}

/**
 * Reads the signed-in user's memberships again, whatever their age: the session's query would otherwise
 * be answered from the cache for a while, without the demo organisation just added or removed.
 */
export function useReloadMemberships() {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ queryKey: sessionKeys.me, queryFn: () => api.me(), staleTime: 0 });
}

/** POST /api/v1/demo, then the memberships are read again so the switcher lists the demo. */
export function useLoadDemo() {
  const queryClient = useQueryClient();
  const refreshMe = useReloadMemberships();
  return useMutation({
    mutationFn: () => loadDemoOrganization(api),
    onSuccess: async () => {
      await refreshMe();
      await queryClient.invalidateQueries({ queryKey: demoKeys.status });
    },
  });
}

/**
 * DELETE /api/v1/demo. The caller leaves the demo's pages before `refreshMe` drops the membership, so no
 * page is left showing an organisation that no longer exists.
 */
export function useRemoveDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeDemoOrganization(api),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: demoKeys.status }),
  });
}
