import { Alert, DataList, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { organizationInputSchema } from '@certa/core';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { formatDate } from '../../lib/dates.ts';
import { roleLabels, whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { useRefreshMe } from '../../session/session-queries.ts';
import { RemoveDemoSection } from '../demo/remove-demo-section.tsx';
import { AssessmentAgeSettings } from './assessment-age-form.tsx';

function RenameForm() {
  const { membership } = useOrganization();
  const organization = membership.organization;
  const { allowed, role } = usePermission('organization.update');
  const refreshMe = useRefreshMe();
  const [saved, setSaved] = useState(false);
  const form = useZodForm({ schema: organizationInputSchema, initialValues: { name: organization.name } });
  const reason = whyNotAllowed('organization.update', role);

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="organization-details-title"
      onSubmit={form.onSubmit(async (input) => {
        if (!allowed) return;
        setSaved(false);
        await api.updateOrganization(organization.id, input);
        await refreshMe();
        setSaved(true);
      })}
    >
      <Stack gap="md">
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        {saved ? (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(false)}>
            The organisation is now called {organization.name}.
          </Alert>
        ) : null}
        <TextInput
          label="Organisation name"
          description={allowed ? 'Shown in the switcher, on reports and in invitations.' : reason}
          required
          disabled={!allowed}
          maw={480}
          {...form.getInputProps('name')}
        />
        <Group>
          <GuardedButton type="submit" allowed={allowed} reason={reason} loading={form.submitting}>
            Save name
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}

/** `/o/:orgId/settings`: the organisation's details; owners may rename it. */
export function SettingsPage() {
  const { membership } = useOrganization();
  return (
    <>
      <PageHeader
        title="Settings"
        summary="Configure your organisation in Certa: its name now, and the scope of the ISMS in a later release."
      />
      <Stack gap="lg" maw={720}>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="organization-details-title">
          <Title order={2} fz="md" id="organization-details-title" mb="md">
            Organisation details
          </Title>
          <RenameForm />
        </Paper>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="organization-facts-title">
          <Title order={2} fz="md" id="organization-facts-title" mb="md">
            About this organisation
          </Title>
          <DataList labelWidth={160}>
            <DataList.Item>
              <DataList.ItemLabel>Created</DataList.ItemLabel>
              <DataList.ItemValue>{formatDate(membership.organization.createdAt)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Your role</DataList.ItemLabel>
              <DataList.ItemValue>{roleLabels[membership.role]}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Your access ends</DataList.ItemLabel>
              <DataList.ItemValue>
                {membership.expiresAt ? formatDate(membership.expiresAt) : 'No end date'}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          <Text c="dimmed" size="sm" mt="md">
            Coming next: the scope of the ISMS, its boundaries and interfaces, and the organisation&apos;s context
            (clause 4).
          </Text>
        </Paper>
        <AssessmentAgeSettings />
        <RemoveDemoSection />
      </Stack>
    </>
  );
}
