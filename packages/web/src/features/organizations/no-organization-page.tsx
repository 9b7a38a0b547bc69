import { Paper, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { NewOrganizationForm } from './new-organization-form.tsx';

/** A signed-in user without any membership: create an organisation, or wait for an invitation. */
export function NoOrganizationPage() {
  return (
    <>
      <PageHeader
        title="No organisation yet"
        summary="You are signed in, but not a member of any organisation in this installation."
      />
      <Paper withBorder radius="lg" p="xl" maw={560}>
        <Stack gap="md">
          <Text>
            Create an organisation to start its ISMS work; you will be its owner. If someone invited you to theirs, open
            the link from their invitation instead.
          </Text>
          <NewOrganizationForm />
        </Stack>
      </Paper>
    </>
  );
}
