import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { useOrganization, useSession } from '../../session/session-context.ts';
import { useReloadMemberships, useRemoveDemo } from './demo-queries.ts';

/** On the demo organisation's Settings page: what it is, and removing it as a whole (owners only). */
export function RemoveDemoSection() {
  const { membership } = useOrganization();
  const me = useSession();
  const navigate = useNavigate();
  const refreshMe = useReloadMemberships();
  const remove = useRemoveDemo();
  const [confirming, { open, close }] = useDisclosure(false);
  if (!membership.organization.demo) return null;
  const allowed = membership.role === 'owner';
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="demo-remove-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="demo-remove-title">
          Demo organisation
        </Title>
        <Text size="sm">
          {membership.organization.name} holds fictional data loaded to show Certa at work. Removing it deletes the
          organisation and everything in it — assessment, answers, evidence and its files, roadmap, change log, members
          and its audit trail. Your other organisations are not touched.
        </Text>
        <Group>
          <GuardedButton
            color="red"
            variant="light"
            allowed={allowed}
            reason="Only an owner of the demo organisation can remove it."
            onClick={open}
          >
            Remove demo organisation
          </GuardedButton>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={close}
        title="Remove the demo organisation?"
        confirmLabel="Remove demo organisation"
        onConfirm={async () => {
          await remove.mutateAsync();
          const next = me.memberships.find((other) => other.organization.id !== membership.organization.id);
          await navigate(next ? `/o/${next.organization.id}` : '/', { replace: true });
          await refreshMe();
        }}
      >
        {membership.organization.name} and all its data will be deleted. You can load it again later from the dashboard
        of an organisation without assessments, or with <code>certa demo load</code>.
      </ConfirmModal>
    </Paper>
  );
}
