import { Anchor, Stack, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { Link, Navigate, Outlet, useParams } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { rememberOrganization, preferredMembership } from './remembered-organization.ts';
import { OrganizationContext, actorFor, useSession } from './session-context.ts';
import { NoOrganizationPage } from '../features/organizations/no-organization-page.tsx';

function UnknownOrganization() {
  return (
    <Stack gap={0} maw={640}>
      <PageHeader title="Organisation not available" />
      <Text mb="md">
        You are not a member of this organisation, or your membership has ended. Ask one of its owners to invite you
        again if you still need access.
      </Text>
      <Anchor component={Link} to="/" fw={600}>
        Go to your organisations
      </Anchor>
    </Stack>
  );
}

/** Every `/o/:orgId/…` page: checks the membership, remembers the choice, and provides it to the page. */
export function OrganizationScope() {
  const { orgId } = useParams();
  const me = useSession();
  const membership = me.memberships.find((candidate) => candidate.organization.id === orgId);
  const value = useMemo(() => (membership ? { membership, actor: actorFor(me, membership) } : null), [me, membership]);

  useEffect(() => {
    if (membership) rememberOrganization(membership.organization.id);
  }, [membership]);

  if (!value) return <UnknownOrganization />;
  return (
    <OrganizationContext.Provider value={value}>
      {/* A new organisation starts every page afresh: no state leaks from one to the other. */}
      <Outlet key={value.membership.organization.id} />
    </OrganizationContext.Provider>
  );
}

/** `/`: opens the remembered organisation (or the first), or offers to create one. */
export function OrganizationHome() {
  const me = useSession();
  const membership = preferredMembership(me.memberships);
  if (!membership) return <NoOrganizationPage />;
  return <Navigate to={`/o/${membership.organization.id}`} replace />;
}

/** Old addresses of areas (`/risks`): the same area in the current organisation. */
export function ToOrganizationArea({ area }: { area: string }) {
  const me = useSession();
  const membership = preferredMembership(me.memberships);
  if (!membership) return <Navigate to="/" replace />;
  return <Navigate to={`/o/${membership.organization.id}/${area}`} replace />;
}
