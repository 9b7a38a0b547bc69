import type { IsmsChangeView } from '@certa/client';
import { ismsChangeCategories, ismsChangeCreateInputSchema } from '@certa/core';
import { Button, Group, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { toDateInput } from '../../lib/dates.ts';
import { changeCategoryLabels } from './change-labels.ts';
import { useSaveIsmsChange } from './change-queries.ts';

interface Values extends Record<string, unknown> {
  title: string;
  category: string;
  occurredOn: string;
  scopeAffected: string;
  description: string;
  refIds: string;
}

const toInput = (values: Values) => ({
  ...values,
  refIds: values.refIds
    .split(/[\s,;]+/)
    .map((refId) => refId.trim())
    .filter(Boolean),
});

/** Records a significant change, or edits one: what changed, when, and which part of the scope it touches. */
export function ChangeFormModal({
  orgId,
  change,
  onClose,
}: {
  orgId: string;
  /** The change to edit; a new one is recorded when absent. */
  change?: IsmsChangeView;
  onClose: () => void;
}) {
  const save = useSaveIsmsChange(orgId, change?.id);
  const form = useZodForm({
    schema: ismsChangeCreateInputSchema,
    toInput,
    initialValues: {
      title: change?.title ?? '',
      category: change?.category ?? 'new_supplier',
      occurredOn: change?.occurredOn ?? toDateInput(new Date()),
      scopeAffected: change?.scopeAffected ?? '',
      description: change?.description ?? '',
      refIds: change?.refIds.join(', ') ?? '',
    },
  });
  return (
    <Modal opened onClose={onClose} title={change ? `Edit ${change.reference}` : 'Record a change'} centered size="lg">
      <form
        ref={form.formRef}
        noValidate
        onSubmit={form.onSubmit(async (input) => {
          await save.mutateAsync(input);
          onClose();
        })}
      >
        <Stack gap="md">
          {form.formError ? <ErrorAlert message={form.formError} /> : null}
          <TextInput label="What changed" required data-autofocus {...form.getInputProps('title')} />
          <Group grow align="flex-start">
            <NativeSelect
              label="Kind of change"
              description="Certa proposes what to re-assess from it."
              data={ismsChangeCategories.map((value) => ({ value, label: changeCategoryLabels[value] }))}
              {...form.getInputProps('category')}
            />
            <TextInput type="date" label="When" required {...form.getInputProps('occurredOn')} />
          </Group>
          <TextInput
            label="Scope affected"
            description="The part of the ISMS scope it touches: a site, a service, a department."
            {...form.getInputProps('scopeAffected')}
          />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <TextInput
            label="Also re-assess"
            description="Requirement references beyond those proposed for the kind of change, separated by commas (e.g. A.8.26, 7.4)."
            {...form.getInputProps('refIds')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {change ? 'Save change' : 'Record change'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
