import type { Me, MyMembership } from '@certa/client';
import type { Action, Actor, Role } from '@certa/core';
import { can } from '@certa/core';
import { createContext, useContext } from 'react';

/** The signed-in user, provided by RequireSession to every page inside the app frame. */
export const SessionContext = createContext<Me | null>(null);

/** The signed-in user; only inside RequireSession. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() needs a signed-in user (render inside RequireSession)');
  return me;
}

/** The organisation a page works in: the caller's membership there and the actor for permission checks. */
export interface OrganizationScopeValue {
  membership: MyMembership;
  actor: Actor;
}

export const OrganizationContext = createContext<OrganizationScopeValue | null>(null);

/** The current organisation; only inside an `/o/:orgId` route. */
export function useOrganization(): OrganizationScopeValue {
  const value = useContext(OrganizationContext);
  if (!value) throw new Error('useOrganization() needs an organisation (render inside OrganizationScope)');
  return value;
}

/** The actor core's permission rules look at: this user, inside one of their memberships. */
export function actorFor(me: Me, membership: MyMembership | undefined): Actor {
  return {
    userId: me.user.id,
    email: me.user.email,
    via: me.via,
    ...(membership
      ? { membership: { id: membership.id, organizationId: membership.organization.id, role: membership.role } }
      : {}),
  };
}

/** Whether the caller's role in the current organisation allows an action (the server checks again). */
export function usePermission(action: Action): { allowed: boolean; role: Role } {
  const { actor, membership } = useOrganization();
  return { allowed: can(actor, action), role: membership.role };
}
