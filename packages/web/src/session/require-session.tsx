import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageError, FullPageLoading } from '../components/full-page-status.tsx';
import { SessionContext } from './session-context.ts';
import { useMe, useSetupStatus } from './session-queries.ts';

/**
 * The gate in front of the app: a fresh installation goes to first-run setup, a visitor who is not
 * signed in goes to sign-in (and comes back to the page they asked for), everyone else gets the app.
 */
export function RequireSession() {
  const location = useLocation();
  const setup = useSetupStatus();
  const me = useMe(setup.data?.needsSetup === false);

  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.isPending) return <FullPageLoading />;
  if (setup.data.needsSetup) return <Navigate to="/setup" replace />;
  if (me.isError) return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
  if (me.isPending) return <FullPageLoading />;
  if (me.data === null) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?${new URLSearchParams({ next }).toString()}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return (
    <SessionContext.Provider value={me.data}>
      <Outlet />
    </SessionContext.Provider>
  );
}

/** Where to go after signing in: the `next` page if it is one of ours, else the start. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
