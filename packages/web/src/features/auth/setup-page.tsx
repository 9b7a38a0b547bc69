import { Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { minimumPasswordLength, setupInputSchema } from '@certa/core';
import { Navigate, useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { AuthLayout } from '../../components/auth-layout.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FullPageError, FullPageLoading } from '../../components/full-page-status.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useSetupStatus, useStartSession } from '../../session/session-queries.ts';

function SetupForm() {
  const navigate = useNavigate();
  const startSession = useStartSession();
  const form = useZodForm({
    schema: setupInputSchema,
    initialValues: { organizationName: '', name: '', email: '', password: '' },
  });

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={form.onSubmit(async (input) => {
        const me = await api.setup(input);
        startSession(me);
        const first = me.memberships[0];
        await navigate(first ? `/o/${first.organization.id}` : '/', { replace: true });
      })}
    >
      <Stack gap="md">
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        <TextInput
          label="Organisation name"
          description="The organisation whose ISMS you manage. You can add more organisations later."
          required
          autoComplete="organization"
          data-autofocus
          {...form.getInputProps('organizationName')}
        />
        <Divider label="Your owner account" labelPosition="left" mt="xs" />
        <TextInput label="Your name" required autoComplete="name" {...form.getInputProps('name')} />
        <TextInput label="Email" type="email" required autoComplete="username" {...form.getInputProps('email')} />
        <PasswordInput
          label="Password"
          description={`At least ${minimumPasswordLength} characters. A short sentence is easy to remember.`}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={form.submitting} fullWidth mt="xs">
          Create organisation and sign in
        </Button>
        <Text size="sm" c="dimmed">
          As owner you can invite colleagues and external auditors once you are in.
        </Text>
      </Stack>
    </form>
  );
}

/** First run: the installation has no user yet, so the first person creates the owner and organisation. */
export function SetupPage() {
  const setup = useSetupStatus();
  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.isPending) return <FullPageLoading />;
  if (!setup.data.needsSetup) return <Navigate to="/" replace />;
  return (
    <AuthLayout
      title="Set up Certa"
      summary="This installation is new. Create the first organisation and the account that owns it."
      width={500}
    >
      <SetupForm />
    </AuthLayout>
  );
}
