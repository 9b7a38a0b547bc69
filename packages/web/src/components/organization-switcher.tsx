import { Button, Group, Menu, Modal, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useLocation, useNavigate } from 'react-router';
import { DemoBadge } from '../features/demo/demo-badge.tsx';
import { NewOrganizationForm } from '../features/organizations/new-organization-form.tsx';
import { roleLabels } from '../lib/roles.ts';
import { useSession } from '../session/session-context.ts';
import { useCurrentMembership } from './use-current-membership.ts';

function ChevronIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M7 10l5 5 5-5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function CheckIcon({ visible }: { visible: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      aria-hidden="true"
      style={{ visibility: visible ? 'visible' : 'hidden' }}
    >
      <path d="M5 12.5l4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The organisation switcher at the top: every membership with its role, and "New organisation". */
export function OrganizationSwitcher() {
  const me = useSession();
  const current = useCurrentMembership();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [creating, { open: startCreating, close: stopCreating }] = useDisclosure(false);

  // Switching keeps the area: from /o/A/risks to /o/B/risks.
  const switchTo = (orgId: string) => {
    const area = /^\/o\/[^/]+(\/.*)?$/.exec(pathname)?.[1] ?? '';
    void navigate(`/o/${orgId}${area}`);
  };

  return (
    <>
      <Menu position="bottom-start" width={300} shadow="md">
        <Menu.Target>
          <Button variant="subtle" color="gray" c="var(--mantine-color-text)" rightSection={<ChevronIcon />} px="xs">
            <VisuallyHidden>Organisation: </VisuallyHidden>
            <Group gap={8} wrap="nowrap">
              <Text component="span" fw={600} truncate maw={220}>
                {current?.organization.name ?? 'No organisation'}
              </Text>
              <DemoBadge organization={current?.organization} />
              {current ? (
                <Text component="span" size="sm" c="dimmed" visibleFrom="sm">
                  {roleLabels[current.role]}
                </Text>
              ) : null}
            </Group>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your organisations</Menu.Label>
          {me.memberships.map((membership) => {
            const isCurrent = membership.organization.id === current?.organization.id;
            return (
              <Menu.Item
                key={membership.id}
                leftSection={<CheckIcon visible={isCurrent} />}
                aria-current={isCurrent ? 'true' : undefined}
                onClick={() => switchTo(membership.organization.id)}
              >
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={isCurrent ? 600 : 400} truncate>
                    {membership.organization.name}
                  </Text>
                  <DemoBadge organization={membership.organization} />
                </Group>
                <Text size="xs" c="dimmed">
                  {roleLabels[membership.role]}
                </Text>
              </Menu.Item>
            );
          })}
          <Menu.Divider />
          <Menu.Item onClick={startCreating}>New organisation…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={creating} onClose={stopCreating} title="New organisation" centered>
        <NewOrganizationForm onDone={stopCreating} onCancel={stopCreating} />
      </Modal>
    </>
  );
}
