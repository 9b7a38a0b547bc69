import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { ApiToken } from '@certa/client';
import { apiTokenInputSchema } from '@certa/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { CopyField } from '../../components/copy-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { formatDate, isPast } from '../../lib/dates.ts';
import { TableFrame } from '../../components/table-frame.tsx';

const tokenKeys = { all: ['api-tokens'] as const };

function statusOf(token: ApiToken): { label: string; color: string; variant: 'light' | 'outline' } {
  if (token.revokedAt) return { label: 'Revoked', color: 'gray', variant: 'light' };
  if (isPast(token.expiresAt)) return { label: 'Expired', color: 'gray', variant: 'outline' };
  return { label: 'Active', color: 'green', variant: 'light' };
}

function NewTokenSecret({ token, onDismiss }: { token: ApiToken; onDismiss: () => void }) {
  return (
    <Alert
      role="status"
      color="yellow"
      variant="light"
      title={`Copy your new token "${token.name}" now`}
      withCloseButton
      closeButtonLabel="I have copied it"
      onClose={onDismiss}
    >
      <Stack gap="sm">
        <Text size="sm">
          This is the only time Certa shows it: it keeps a fingerprint, not the token. Store it in your password manager
          or the secret store of the script that uses it. Anyone who has it can act as you until it expires on{' '}
          {formatDate(token.expiresAt)}.
        </Text>
        {token.token ? <CopyField label="API token" value={token.token} /> : null}
        <Text size="sm">
          Scripts send it in the request header <code>Authorization: Bearer &lt;token&gt;</code>.
        </Text>
      </Stack>
    </Alert>
  );
}

interface TokenValues extends Record<string, unknown> {
  name: string;
  /** A number input holds text while it is empty or being typed. */
  expiresInDays: number | string;
}

function CreateTokenForm({ onCreated }: { onCreated: (token: ApiToken) => void }) {
  const queryClient = useQueryClient();
  const initialValues: TokenValues = { name: '', expiresInDays: 90 };
  const form = useZodForm({
    schema: apiTokenInputSchema,
    initialValues,
    toInput: (values: TokenValues) => ({
      name: values.name,
      expiresInDays: typeof values.expiresInDays === 'number' ? values.expiresInDays : Number.NaN,
    }),
  });
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="new-token-title"
      onSubmit={form.onSubmit(async (input) => {
        const token = await api.createApiToken(input);
        await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
        form.reset();
        onCreated(token);
      })}
    >
      <Stack gap="md">
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        <Group align="flex-start" gap="md">
          <TextInput
            label="Name"
            description="What uses it, e.g. “Nightly evidence export”."
            required
            w={320}
            {...form.getInputProps('name')}
          />
          <NumberInput
            label="Valid for (days)"
            description="1 to 366 days."
            required
            min={1}
            max={366}
            allowDecimal={false}
            allowNegative={false}
            w={160}
            {...form.getInputProps('expiresInDays')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TokensTable({ onRevoke }: { onRevoke: (token: ApiToken) => void }) {
  const tokens = useQuery({ queryKey: tokenKeys.all, queryFn: () => api.listApiTokens() });
  if (tokens.isPending) return <Skeleton height={80} aria-busy="true" aria-label="Loading your API tokens" />;
  if (tokens.isError) return <ErrorAlert error={tokens.error} title="Your API tokens could not be loaded" />;
  if (tokens.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        You have no API tokens. Create one when a script or the command line needs to reach Certa as you.
      </Text>
    );
  }
  return (
    <TableFrame minWidth={680} label="API tokens, scrollable">
      <Table verticalSpacing="xs" aria-label="API tokens">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Starts with</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.data.map((token) => {
            const status = statusOf(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {token.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {token.prefix}…
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={status.color} variant={status.variant} tt="none" radius="sm" miw="max-content">
                    {status.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(token.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(token.expiresAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{token.lastUsedAt ? formatDate(token.lastUsedAt) : 'Never'}</Text>
                </Table.Td>
                <Table.Td>
                  {status.label === 'Active' ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onRevoke(token)}
                      aria-label={`Revoke ${token.name}`}
                    >
                      Revoke
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/** `/account/tokens`: personal API tokens for scripts and the command line. */
export function ApiTokensPage() {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<ApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  return (
    <>
      <PageHeader
        title="API tokens"
        summary="Personal tokens let scripts and the command line use Certa on your behalf, with your roles in each organisation."
      />
      <Stack gap="lg" maw={1040}>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="new-token-title">
          <Title order={2} fz="md" id="new-token-title" mb="md">
            New token
          </Title>
          <CreateTokenForm onCreated={setCreated} />
        </Paper>
        {created ? <NewTokenSecret token={created} onDismiss={() => setCreated(null)} /> : null}
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="tokens-title">
          <Title order={2} fz="md" id="tokens-title" mb="md">
            Your tokens
          </Title>
          <TokensTable onRevoke={setRevoking} />
        </Paper>
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke API token"
        confirmLabel="Revoke token"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await api.revokeApiToken(revoking.id);
          if (created?.id === revoking.id) setCreated(null);
          await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
        }}
      >
        {revoking ? (
          <>
            Scripts using “{revoking.name}” stop working at once. This cannot be undone; create a new token if needed.
          </>
        ) : null}
      </ConfirmModal>
    </>
  );
}
