import { Badge, Button, Group, NativeSelect, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Member } from '@certa/client';
import { roles, type Role } from '@certa/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { RoleBadge } from '../../components/role-badge.tsx';
import { formatDate, isPast } from '../../lib/dates.ts';
import { roleLabels } from '../../lib/roles.ts';
import { useOrganization, usePermission, useSession } from '../../session/session-context.ts';
import { useRefreshMe } from '../../session/session-queries.ts';
import { EndDateModal } from './end-date-modal.tsx';
import { memberKeys, useMembers } from './member-queries.ts';
import { ownerRuleProblem } from './owner-rule.ts';
import { TableFrame } from '../../components/table-frame.tsx';

/** The roles a member may be given; those core's owner rule would refuse are shown but disabled. */
function roleOptionsFor(members: readonly Member[], member: Member) {
  return roles.map((role) => ({
    value: role,
    label: roleLabels[role],
    disabled: role !== member.role && ownerRuleProblem(members, member, { role }) !== null,
  }));
}

function MemberName({ member, isYou }: { member: Member; isYou: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {member.user.name}
        {isYou ? (
          <Text component="span" size="sm" c="dimmed" fw={400}>
            {' '}
            (you)
          </Text>
        ) : null}
      </Text>
      <Text size="xs" c="dimmed">
        {member.user.email}
      </Text>
    </Stack>
  );
}

function AccessEnds({ expiresAt }: { expiresAt: string | null }) {
  if (!expiresAt) return <Text size="sm">No end date</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(expiresAt)}
      </Text>
      {isPast(expiresAt) ? (
        <Badge color="gray" variant="outline" size="sm" tt="none" miw="max-content">
          Ended
        </Badge>
      ) : null}
    </Group>
  );
}

function TableSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading members">
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} height={36} />
      ))}
    </Stack>
  );
}

/** The members of the organisation; owners change roles and end dates and remove members in place. */
export function MembersTable() {
  const me = useSession();
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const manage = usePermission('member.manage');
  const members = useMembers(orgId);
  const queryClient = useQueryClient();
  const refreshMe = useRefreshMe();
  const [actionError, setActionError] = useState<unknown>(null);
  const [changingRole, setChangingRole] = useState<string | null>(null);
  const [endDateOf, setEndDateOf] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  const afterChange = async (member: Member) => {
    await queryClient.invalidateQueries({ queryKey: memberKeys.members(orgId) });
    // Changing one's own membership changes what the app may show: ask the server again.
    if (member.user.id === me.user.id) await refreshMe();
  };

  const changeRole = async (member: Member, role: Role) => {
    setActionError(null);
    setChangingRole(member.id);
    try {
      await api.updateMember(orgId, member.id, { role });
      await afterChange(member);
    } catch (error) {
      setActionError(error);
    } finally {
      setChangingRole(null);
    }
  };

  if (members.isPending) return <TableSkeleton />;
  if (members.isError) return <ErrorAlert error={members.error} title="The members could not be loaded" />;

  return (
    <Stack gap="sm">
      {actionError ? <ErrorAlert error={actionError} title="That change was not made" /> : null}
      <TableFrame minWidth={640} label="Members, scrollable">
        <Table verticalSpacing="sm" highlightOnHover aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Member since</Table.Th>
              <Table.Th>Access ends</Table.Th>
              {manage.allowed ? (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <MemberName member={member} isYou={member.user.id === me.user.id} />
                </Table.Td>
                <Table.Td>
                  {manage.allowed ? (
                    <NativeSelect
                      aria-label={`Role of ${member.user.name}`}
                      data={roleOptionsFor(members.data, member)}
                      value={member.role}
                      disabled={changingRole === member.id}
                      onChange={(event) => void changeRole(member, event.currentTarget.value as Role)}
                      size="xs"
                      w={150}
                    />
                  ) : (
                    <RoleBadge role={member.role} />
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(member.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AccessEnds expiresAt={member.expiresAt} />
                </Table.Td>
                {manage.allowed ? (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEndDateOf(member)}
                        aria-label={`End date for ${member.user.name}`}
                      >
                        {member.expiresAt ? 'Change end date' : 'Set end date'}
                      </Button>
                      <GuardedButton
                        size="xs"
                        variant="subtle"
                        color="red"
                        allowed={ownerRuleProblem(members.data, member, { remove: true }) === null}
                        reason={`${ownerRuleProblem(members.data, member, { remove: true }) ?? ''}.`}
                        onClick={() => setRemoving(member)}
                        aria-label={`Remove ${member.user.name}`}
                      >
                        Remove
                      </GuardedButton>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
      <EndDateModal
        orgId={orgId}
        member={endDateOf}
        problem={
          endDateOf ? ownerRuleProblem(members.data, endDateOf, { expiresAt: new Date(Date.now() + 86_400_000) }) : null
        }
        onClose={() => setEndDateOf(null)}
        onSaved={async () => {
          if (endDateOf) await afterChange(endDateOf);
        }}
      />
      <ConfirmModal
        opened={removing !== null}
        title="Remove member"
        confirmLabel="Remove member"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await api.removeMember(orgId, removing.id);
          await afterChange(removing);
        }}
      >
        {removing ? (
          <>
            {removing.user.name} ({removing.user.email}) loses access to {membership.organization.name} at once. What
            they recorded stays, and so does the audit trail of their actions. You can invite them again later.
          </>
        ) : null}
      </ConfirmModal>
    </Stack>
  );
}
