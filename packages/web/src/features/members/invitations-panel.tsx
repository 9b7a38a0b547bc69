import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { Invitation } from '@certa/client';
import { invitationInputSchema, roleDescriptions, roles, type Role } from '@certa/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { CopyField } from '../../components/copy-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { RoleBadge } from '../../components/role-badge.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { endOfDayIso, formatDate, toDateInput } from '../../lib/dates.ts';
import { roleLabels } from '../../lib/roles.ts';
import { useOrganization } from '../../session/session-context.ts';
import { memberKeys, useInvitations } from './member-queries.ts';
import { TableFrame } from '../../components/table-frame.tsx';

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

const statusLabels: Record<Invitation['status'], { label: string; color: string; variant: 'light' | 'outline' }> = {
  pending: { label: 'Waiting', color: 'blue', variant: 'light' },
  accepted: { label: 'Accepted', color: 'green', variant: 'light' },
  revoked: { label: 'Revoked', color: 'gray', variant: 'light' },
  expired: { label: 'Expired', color: 'gray', variant: 'outline' },
};

interface InviteValues extends Record<string, unknown> {
  email: string;
  role: Role;
  membershipExpiresAt: string;
}

function CreatedInvitation({ invitation, onDismiss }: { invitation: Invitation; onDismiss: () => void }) {
  return (
    <Alert
      role="status"
      color="teal"
      variant="light"
      title={`Invitation ready for ${invitation.email}`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      <Stack gap="sm">
        <Text size="sm">
          {invitation.emailed
            ? 'We emailed this link to them. You can also pass it on yourself.'
            : 'This server does not send email, so nobody was emailed: send this link to them yourself.'}{' '}
          It works once, until {formatDate(invitation.expiresAt)}.
        </Text>
        {invitation.link ? <CopyField label="Invitation link" value={invitation.link} /> : null}
        <Text size="sm" fw={600}>
          The link is shown only now. If it gets lost, revoke this invitation and invite them again.
        </Text>
      </Stack>
    </Alert>
  );
}

function InviteForm({ onCreated }: { onCreated: (invitation: Invitation) => void }) {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const queryClient = useQueryClient();
  const initialValues: InviteValues = { email: '', role: 'viewer', membershipExpiresAt: '' };
  const form = useZodForm({
    schema: invitationInputSchema,
    initialValues,
    toInput: (values: InviteValues) => ({
      email: values.email,
      role: values.role,
      membershipExpiresAt: values.membershipExpiresAt === '' ? null : endOfDayIso(values.membershipExpiresAt),
    }),
  });

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="invite-title"
      onSubmit={form.onSubmit(async (input) => {
        const invitation = await api.createInvitation(orgId, input);
        await queryClient.invalidateQueries({ queryKey: memberKeys.invitations(orgId) });
        form.reset();
        onCreated(invitation);
      })}
    >
      <Stack gap="md">
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        <Group align="flex-start" gap="md" grow preventGrowOverflow={false}>
          <TextInput label="Email" type="email" required autoComplete="off" {...form.getInputProps('email')} />
          <NativeSelect label="Role" data={roleOptions} {...form.getInputProps('role')} />
          <TextInput
            type="date"
            label="Membership ends (optional)"
            min={toDateInput(new Date())}
            {...form.getInputProps('membershipExpiresAt')}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {roleLabels[form.values.role]}: {roleDescriptions[form.values.role]}.
        </Text>
        <Group>
          <Button type="submit" loading={form.submitting}>
            Create invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InvitationsList({ onRevoke }: { onRevoke: (invitation: Invitation) => void }) {
  const { membership } = useOrganization();
  const invitations = useInvitations(membership.organization.id, true);
  if (invitations.isPending) {
    return <Skeleton height={80} aria-busy="true" aria-label="Loading invitations" />;
  }
  if (invitations.isError) return <ErrorAlert error={invitations.error} title="The invitations could not be loaded" />;
  if (invitations.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No invitations yet. People you invite appear here until they answer.
      </Text>
    );
  }
  return (
    <TableFrame minWidth={720} label="Invitations, scrollable">
      <Table verticalSpacing="xs" aria-label="Invitations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Link valid until</Table.Th>
            <Table.Th>Membership ends</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.data.map((invitation) => {
            const status = statusLabels[invitation.status];
            return (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text size="sm">{invitation.email}</Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={invitation.role} />
                </Table.Td>
                <Table.Td>
                  <Badge color={status.color} variant={status.variant} tt="none" radius="sm" miw="max-content">
                    {status.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(invitation.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {invitation.status === 'pending' ? formatDate(invitation.expiresAt) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {invitation.membershipExpiresAt ? formatDate(invitation.membershipExpiresAt) : 'No end date'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {invitation.status === 'pending' ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onRevoke(invitation)}
                      aria-label={`Revoke the invitation of ${invitation.email}`}
                    >
                      Revoke
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/** For owners: invite people by email, see where each invitation stands, and revoke it. */
export function InvitationsPanel() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Invitation | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="invitations-title">
      <Stack gap="lg">
        <div>
          <Title order={2} fz="lg" id="invitations-title">
            Invitations
          </Title>
          <Text size="sm" c="dimmed">
            Invite colleagues, consultants and auditors. Each invitation gives one person one role in{' '}
            {membership.organization.name}.
          </Text>
        </div>
        <Stack gap="sm">
          <Title order={3} fz="md" id="invite-title">
            Invite someone
          </Title>
          <InviteForm onCreated={setCreated} />
        </Stack>
        {created ? <CreatedInvitation invitation={created} onDismiss={() => setCreated(null)} /> : null}
        <Stack gap="sm">
          <Title order={3} fz="md">
            Sent invitations
          </Title>
          <InvitationsList onRevoke={setRevoking} />
        </Stack>
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke invitation"
        confirmLabel="Revoke invitation"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await api.revokeInvitation(orgId, revoking.id);
          if (created?.id === revoking.id) setCreated(null);
          await queryClient.invalidateQueries({ queryKey: memberKeys.invitations(orgId) });
        }}
      >
        {revoking ? (
          <>The link sent to {revoking.email} stops working at once. You can invite them again whenever you need to.</>
        ) : null}
      </ConfirmModal>
    </Paper>
  );
}
