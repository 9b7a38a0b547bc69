import { Button, Group, Stack, TextInput } from '@mantine/core';
import { organizationInputSchema } from '@certa/core';
import { useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { useRefreshMe } from '../../session/session-queries.ts';

/** Creates an organisation; its creator becomes owner and lands on its dashboard. */
export function NewOrganizationForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const navigate = useNavigate();
  const refreshMe = useRefreshMe();
  const form = useZodForm({ schema: organizationInputSchema, initialValues: { name: '' } });

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={form.onSubmit(async (input) => {
        const organization = await api.createOrganization(input);
        await refreshMe();
        onDone?.();
        await navigate(`/o/${organization.id}`);
      })}
    >
      <Stack gap="md">
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        <TextInput
          label="Organisation name"
          description="The organisation whose ISMS you will assess and audit, e.g. a client of yours."
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={form.submitting}>
            Create organisation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
