import { ApiError, type Me } from '@certa/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api.ts';

/** Query keys of the session: whether setup is needed, and who is signed in (null when nobody). */
export const sessionKeys = {
  setupStatus: ['setup-status'] as const,
  me: ['me'] as const,
};

/** GET /api/v1/setup: asked once per visit (it only ever changes from true to false). */
export function useSetupStatus() {
  return useQuery({
    queryKey: sessionKeys.setupStatus,
    queryFn: () => api.getSetupStatus(),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** GET /api/v1/auth/me, with `null` meaning "not signed in" rather than an error. */
export function useMe(enabled = true) {
  return useQuery<Me | null, Error>({
    queryKey: sessionKeys.me,
    queryFn: async () => {
      try {
        return await api.me();
      } catch (error) {
        if (error instanceof ApiError && error.code === 'unauthenticated') return null;
        throw error;
      }
    },
    enabled,
    staleTime: 60_000,
  });
}

/** Keeps a fresh sign-in (login, setup, accepted invitation) as the session, dropping any other cache. */
export function useStartSession() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.setupStatus[0] });
    queryClient.setQueryData(sessionKeys.setupStatus, { needsSetup: false });
    queryClient.setQueryData(sessionKeys.me, me);
  };
}

/** Signs out and goes to the sign-in page; the cache of the previous user is dropped. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await api.logout();
    } catch (error) {
      // Already signed out (the session ended on its own): carry on to the sign-in page.
      if (!(error instanceof ApiError && error.code === 'unauthenticated')) throw error;
    }
    api.forgetSession();
    await navigate('/login', { replace: true, state: { signedOut: true } });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.setupStatus[0] });
    queryClient.setQueryData(sessionKeys.me, null);
  };
}

/** Refetches who is signed in, e.g. after a new organisation changed the memberships. */
export function useRefreshMe() {
  const queryClient = useQueryClient();
  // staleTime 0: a refresh after a change must read the server, never the app-wide cached answer.
  return () => queryClient.fetchQuery({ queryKey: sessionKeys.me, queryFn: () => api.me(), staleTime: 0 });
}
