import { Alert, Anchor, Button, DataList, PasswordInput, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { ApiError, type InvitationPreview, type Me } from '@certa/client';
import { invitationAcceptInputSchema, minimumPasswordLength, roleDescriptions } from '@certa/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api.ts';
import { AuthLayout } from '../../components/auth-layout.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { RoleBadge } from '../../components/role-badge.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useMe, useSignOut, useStartSession } from '../../session/session-queries.ts';

// A new account needs both; the core schema leaves them optional because existing accounts send neither.
const newAccountSchema = invitationAcceptInputSchema.required();

/** The organisation the invitation just added: the membership that was not there before. */
function joinedOrganizationId(me: Me, before: Me | null | undefined, preview: InvitationPreview): string | undefined {
  const known = new Set(before?.memberships.map((membership) => membership.organization.id));
  const joined =
    me.memberships.find((membership) => !known.has(membership.organization.id)) ??
    me.memberships.find((membership) => membership.organization.name === preview.organizationName);
  return joined?.organization.id;
}

function InvitationSummary({ preview }: { preview: InvitationPreview }) {
  return (
    <Stack gap="xs">
      <DataList labelWidth={120}>
        <DataList.Item>
          <DataList.ItemLabel>Organisation</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text fw={600}>{preview.organizationName}</Text>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Invited email</DataList.ItemLabel>
          <DataList.ItemValue>{preview.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Role</DataList.ItemLabel>
          <DataList.ItemValue>
            <RoleBadge role={preview.role} />
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <Text size="sm" c="dimmed">
        {roleDescriptions[preview.role]}.
      </Text>
    </Stack>
  );
}

function NewAccountForm({
  token,
  preview,
  onJoined,
}: {
  token: string;
  preview: InvitationPreview;
  onJoined: (me: Me) => Promise<void>;
}) {
  const form = useZodForm({ schema: newAccountSchema, initialValues: { name: '', password: '' } });
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Create your account"
      onSubmit={form.onSubmit(async (input) => onJoined(await api.acceptInvitation(token, input)))}
    >
      <Stack gap="md">
        <Text size="sm">
          Create your Certa account for <strong>{preview.email}</strong> to accept.
        </Text>
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        <TextInput label="Your name" required autoComplete="name" data-autofocus {...form.getInputProps('name')} />
        <PasswordInput
          label="Choose a password"
          description={`At least ${minimumPasswordLength} characters.`}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}

function ExistingAccount({
  token,
  preview,
  me,
  onJoined,
}: {
  token: string;
  preview: InvitationPreview;
  me: Me | null;
  onJoined: (me: Me) => Promise<void>;
}) {
  const signOut = useSignOut();
  const [error, setError] = useState<unknown>(null);
  const [accepting, setAccepting] = useState(false);
  const here = `/invitations/${encodeURIComponent(token)}`;
  const loginLink = `/login?${new URLSearchParams({ next: here, email: preview.email }).toString()}`;

  if (!me) {
    return (
      <Stack gap="md">
        <Text size="sm">
          There is already a Certa account for <strong>{preview.email}</strong>. Sign in with it first; you will come
          back here to accept.
        </Text>
        <Button component={Link} to={loginLink} fullWidth>
          Sign in as {preview.email}
        </Button>
      </Stack>
    );
  }
  if (me.user.email !== preview.email) {
    return (
      <Stack gap="md">
        <Alert color="yellow" variant="light" title="Signed in as someone else" role="note">
          You are signed in as {me.user.email}, but this invitation is for {preview.email}. Sign out, then sign in as{' '}
          {preview.email} to accept it.
        </Alert>
        <Button variant="default" onClick={() => void signOut()}>
          Sign out
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        You are signed in as <strong>{me.user.email}</strong>.
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      <Button
        loading={accepting}
        fullWidth
        onClick={() => {
          setAccepting(true);
          setError(null);
          api
            .acceptInvitation(token, {})
            .then(onJoined)
            .catch((caught: unknown) => setError(caught))
            .finally(() => setAccepting(false));
        }}
      >
        Accept and join {preview.organizationName}
      </Button>
    </Stack>
  );
}

/** `/invitations/:token`: the page an invitation link opens, before or after signing in. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const me = useMe();
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.previewInvitation(token),
    retry: false,
  });

  const onJoined = async (joined: Me) => {
    const orgId = preview.data ? joinedOrganizationId(joined, me.data, preview.data) : undefined;
    startSession(joined);
    await navigate(orgId ? `/o/${orgId}` : '/', { replace: true });
  };

  if (preview.isError) {
    const gone = preview.error instanceof ApiError && preview.error.code === 'not_found';
    return (
      <AuthLayout title="Invitation">
        <Stack gap="md">
          {gone ? (
            <Alert color="gray" variant="light" title="This invitation can no longer be used" role="note">
              It was already accepted, withdrawn by the organisation, or it has expired. Ask the person who invited you
              to send a new one.
            </Alert>
          ) : (
            <ErrorAlert error={preview.error} title="The invitation could not be opened" />
          )}
          <Anchor component={Link} to="/" fw={600}>
            Go to Certa
          </Anchor>
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="You are invited" summary="Join an organisation in Certa to work on its ISMS together.">
      {preview.isPending || me.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading the invitation">
          <Skeleton height={16} width="70%" />
          <Skeleton height={16} width="55%" />
          <Skeleton height={16} width="40%" />
        </Stack>
      ) : (
        <Stack gap="xl">
          <InvitationSummary preview={preview.data} />
          {preview.data.hasAccount ? (
            <ExistingAccount token={token} preview={preview.data} me={me.data ?? null} onJoined={onJoined} />
          ) : (
            <NewAccountForm token={token} preview={preview.data} onJoined={onJoined} />
          )}
        </Stack>
      )}
    </AuthLayout>
  );
}
