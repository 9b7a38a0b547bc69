import type { MyMembership } from '@certa/client';
import { useMatch } from 'react-router';
import { preferredMembership } from '../session/remembered-organization.ts';
import { useSession } from '../session/session-context.ts';

/**
 * The organisation the frame (header, navigation) shows: the one in the address on `/o/:orgId/…`
 * pages, else the remembered one, so account pages keep the context.
 */
export function useCurrentMembership(): MyMembership | undefined {
  const me = useSession();
  const match = useMatch('/o/:orgId/*');
  const orgId = match?.params.orgId;
  if (orgId) return me.memberships.find((membership) => membership.organization.id === orgId);
  return preferredMembership(me.memberships);
}
