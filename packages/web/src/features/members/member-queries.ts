import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** Query keys of an organisation's members and invitations. */
export const memberKeys = {
  members: (orgId: string) => ['organizations', orgId, 'members'] as const,
  invitations: (orgId: string) => ['organizations', orgId, 'invitations'] as const,
};

/** GET …/members: everyone in the organisation, with their roles. */
export function useMembers(orgId: string) {
  return useQuery({ queryKey: memberKeys.members(orgId), queryFn: () => api.listMembers(orgId) });
}

/** GET …/invitations: only asked for when the caller may manage invitations. */
export function useInvitations(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: memberKeys.invitations(orgId), queryFn: () => api.listInvitations(orgId), enabled });
}
