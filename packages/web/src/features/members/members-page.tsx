import { Alert, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { InvitationsPanel } from './invitations-panel.tsx';
import { useMembers } from './member-queries.ts';
import { MembersTable } from './members-table.tsx';
import { RolesLegend } from './roles-legend.tsx';

function MemberCount() {
  const { membership } = useOrganization();
  const members = useMembers(membership.organization.id);
  if (!members.isSuccess) return null;
  const count = members.data.length;
  return (
    <Text size="sm" c="dimmed">
      {count} {count === 1 ? 'member' : 'members'}
    </Text>
  );
}

/** `/o/:orgId/members`: who works in the organisation and in which role; owners manage both. */
export function MembersPage() {
  const { membership } = useOrganization();
  const manageMembers = usePermission('member.manage');
  const manageInvitations = usePermission('invitation.manage');

  return (
    <>
      <PageHeader
        title="Members"
        summary={`The people who work on the ISMS of ${membership.organization.name}, and what each of them may do.`}
      />
      <Grid gap="lg" maw={1280}>
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Stack gap="lg">
            <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="members-title">
              <Stack gap="md">
                <div>
                  <Title order={2} fz="lg" id="members-title">
                    People
                  </Title>
                  <MemberCount />
                </div>
                {manageMembers.allowed ? null : (
                  <Alert color="gray" variant="light" role="note">
                    Changing roles, end dates and removing members: {whyNotAllowed('member.manage', manageMembers.role)}
                  </Alert>
                )}
                <MembersTable />
              </Stack>
            </Paper>
            {manageInvitations.allowed ? <InvitationsPanel /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <RolesLegend />
        </Grid.Col>
      </Grid>
    </>
  );
}
