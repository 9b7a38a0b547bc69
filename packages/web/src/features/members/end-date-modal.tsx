import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { Member } from '@certa/client';
import { memberUpdateInputSchema } from '@certa/core';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { endOfDayIso, isoToDateInput, toDateInput } from '../../lib/dates.ts';

interface EndDateModalProps {
  orgId: string;
  member: Member;
  /** Why core's owner rule refuses an end date for this member, or null. */
  problem: string | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

function EndDateForm({ orgId, member, problem, onClose, onSaved }: EndDateModalProps) {
  const form = useZodForm({
    schema: memberUpdateInputSchema,
    initialValues: { expiresAt: isoToDateInput(member.expiresAt) },
    toInput: (values: { expiresAt: string }) => ({ expiresAt: endOfDayIso(values.expiresAt) }),
  });
  const save = async (expiresAt: string | null) => {
    await api.updateMember(orgId, member.id, { expiresAt });
    await onSaved();
    onClose();
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={form.onSubmit(async (input) => save(input.expiresAt ?? null))}>
      <Stack gap="md">
        <Text size="sm">
          {member.user.name} keeps access until the end of the chosen day, then the membership ends on its own. Useful
          for external auditors and consultants.
        </Text>
        {problem ? (
          <Alert color="gray" variant="light" role="note">
            {problem}.
          </Alert>
        ) : null}
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        <TextInput
          type="date"
          label="Access ends after"
          min={toDateInput(new Date())}
          required
          data-autofocus
          {...form.getInputProps('expiresAt')}
        />
        <Group justify="space-between" gap="sm">
          {member.expiresAt ? (
            <Button
              variant="subtle"
              onClick={() => {
                save(null).catch((error: unknown) => form.applyServerError(error));
              }}
            >
              Remove end date
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting} disabled={problem !== null}>
              Save end date
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** Sets or clears the date a membership ends. */
export function EndDateModal(props: EndDateModalProps | (Omit<EndDateModalProps, 'member'> & { member: null })) {
  const { member } = props;
  return (
    <Modal opened={member !== null} onClose={props.onClose} title="Membership end date" centered>
      {member ? <EndDateForm {...props} member={member} /> : null}
    </Modal>
  );
}
