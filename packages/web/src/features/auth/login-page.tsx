import { Alert, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { loginInputSchema } from '@certa/core';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { AuthLayout } from '../../components/auth-layout.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FullPageError, FullPageLoading } from '../../components/full-page-status.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { safeNextPath } from '../../session/require-session.tsx';
import { useMe, useSetupStatus, useStartSession } from '../../session/session-queries.ts';

function LoginForm({ next, email }: { next: string; email: string }) {
  const navigate = useNavigate();
  const startSession = useStartSession();
  const form = useZodForm({ schema: loginInputSchema, initialValues: { email, password: '' } });

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Sign in"
      onSubmit={form.onSubmit(async (input) => {
        const me = await api.login(input);
        startSession(me);
        await navigate(next, { replace: true });
      })}
    >
      <Stack gap="md">
        {form.formError ? <ErrorAlert title="Not signed in" message={form.formError} /> : null}
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="username"
          data-autofocus
          autoFocus={email === ''}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          required
          autoComplete="current-password"
          autoFocus={email !== ''}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={form.submitting} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

/** The single sign-on button, when an identity provider is configured. */
function SsoSignIn({ next }: { next: string }) {
  const sso = useQuery({
    queryKey: ['auth', 'sso'],
    queryFn: () => api.getSsoStatus(),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!sso.data?.enabled) return null;
  return (
    <>
      <Divider label="or" labelPosition="center" />
      <Button component="a" href={api.ssoStartUrl(next)} variant="default" fullWidth>
        Sign in with {sso.data.name ?? 'single sign-on'}
      </Button>
    </>
  );
}

/** Sign-in with email and password or single sign-on; afterwards Certa opens the page that was asked for. */
export function LoginPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const setup = useSetupStatus();
  const me = useMe(setup.data?.needsSetup === false);
  const next = safeNextPath(searchParams.get('next'));
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.isPending) return <FullPageLoading />;
  if (setup.data.needsSetup) return <Navigate to="/setup" replace />;
  if (me.isPending) return <FullPageLoading />;
  if (me.data) return <Navigate to={next} replace />;

  return (
    <AuthLayout title="Sign in to Certa" summary="Use the email address and password of your Certa account.">
      <Stack gap="md">
        {signedOut ? (
          <Alert color="gray" variant="light" role="status">
            You are signed out.
          </Alert>
        ) : null}
        {next !== '/' && !signedOut ? (
          <Alert color="blue" variant="light" role="note">
            Sign in to continue to the page you asked for.
          </Alert>
        ) : null}
        {searchParams.get('ssoError') ? (
          <Alert color="red" variant="light" role="alert" title="Single sign-on did not work">
            {searchParams.get('ssoError')}
          </Alert>
        ) : null}
        <LoginForm next={next} email={searchParams.get('email') ?? ''} />
        <SsoSignIn next={next} />
      </Stack>
    </AuthLayout>
  );
}
