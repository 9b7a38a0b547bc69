import { getAssessmentSettings, updateAssessmentSettings } from '@certa/client';
import { Alert, Group, NumberInput, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';

/** Settings card: after how many months a completed gap assessment is flagged as due for renewal. */
export function AssessmentAgeSettings() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const key = ['organizations', orgId, 'assessment-settings'];
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: key, queryFn: () => getAssessmentSettings(api, orgId) });
  const { allowed, role } = usePermission('organization.update');
  const [months, setMonths] = useState<number | string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (value: number) => updateAssessmentSettings(api, orgId, { assessmentMaxAgeMonths: value }),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['organizations', orgId] });
    },
  });
  const reason = whyNotAllowed('organization.update', role);
  const value = months ?? settings.data?.assessmentMaxAgeMonths ?? 12;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="assessment-age-title">
      <Title order={2} fz="md" id="assessment-age-title" mb="xs">
        Renewal of gap assessments
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        A completed assessment older than this is flagged &quot;Due for renewal&quot; on the assessment list and the
        dashboard. Re-assess sooner after significant change (see the change log).
      </Text>
      {settings.isPending ? <Skeleton height={60} /> : null}
      {settings.isError ? <ErrorAlert error={settings.error} title="The setting could not be loaded" /> : null}
      {settings.data ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            if (allowed) save.mutate(Number(value));
          }}
        >
          <Stack gap="sm">
            {saved ? (
              <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(false)}>
                Assessments are now due for renewal after {String(value)} months.
              </Alert>
            ) : null}
            {save.isError ? <ErrorAlert error={save.error} title="The setting was not saved" /> : null}
            <NumberInput
              label="Maximum age (months)"
              description={allowed ? 'Between 1 and 60; 12 is the usual yearly cycle.' : reason}
              min={1}
              max={60}
              allowDecimal={false}
              value={value}
              disabled={!allowed}
              onChange={setMonths}
              maw={240}
            />
            <Group>
              <GuardedButton type="submit" allowed={allowed} reason={reason} loading={save.isPending}>
                Save renewal age
              </GuardedButton>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}
