import { Alert, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { minimumPasswordLength, passwordChangeInputSchema } from '@certa/core';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';

/** `/account/password`: a new password; every other session of this account ends. */
export function PasswordPage() {
  const [endedSessions, setEndedSessions] = useState<number | null>(null);
  const form = useZodForm({
    schema: passwordChangeInputSchema,
    initialValues: { currentPassword: '', newPassword: '' },
  });

  return (
    <>
      <PageHeader
        title="Change password"
        summary="Choose a new password for your Certa account. Other browsers where you are signed in are signed out."
      />
      <Paper withBorder radius="lg" p="lg" maw={520}>
        <form
          ref={form.formRef}
          noValidate
          aria-label="Change password"
          onSubmit={form.onSubmit(async (input) => {
            setEndedSessions(null);
            const result = await api.changePassword(input);
            form.reset();
            setEndedSessions(result.endedSessions);
          })}
        >
          <Stack gap="md">
            {endedSessions !== null ? (
              <Alert color="green" variant="light" role="status" title="Password changed">
                {endedSessions === 0
                  ? 'You were not signed in anywhere else.'
                  : `${endedSessions} other ${endedSessions === 1 ? 'session was' : 'sessions were'} signed out.`}{' '}
                This browser stays signed in.
              </Alert>
            ) : null}
            {form.formError ? <ErrorAlert message={form.formError} /> : null}
            <PasswordInput
              label="Current password"
              required
              autoComplete="current-password"
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label="New password"
              description={`At least ${minimumPasswordLength} characters.`}
              required
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <Button type="submit" loading={form.submitting} style={{ alignSelf: 'flex-start' }}>
              Change password
            </Button>
            <Text size="sm" c="dimmed">
              API tokens keep working: revoke them on the API tokens page if you think they were exposed.
            </Text>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
