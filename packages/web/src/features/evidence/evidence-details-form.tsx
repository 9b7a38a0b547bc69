import type { EvidenceDetail } from '@certa/client';
import { evidenceUpdateInputSchema } from '@certa/core';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { whyNotAllowed } from '../../lib/roles.ts';
import { usePermission } from '../../session/session-context.ts';
import { EvidenceFields } from './evidence-fields.tsx';
import {
  changedFields,
  displayValue,
  evidenceValuesOf,
  fieldLabels,
  patchedFields,
  type EvidenceFormValues,
} from './evidence-form-values.ts';
import { evidenceStatusLabels } from './evidence-labels.ts';
import { useEvidenceEditor, type EditState } from './use-evidence-editor.ts';

const shown = (field: string, value: unknown): string => {
  if (field === 'status' && typeof value === 'string' && value in evidenceStatusLabels) {
    return evidenceStatusLabels[value as keyof typeof evidenceStatusLabels];
  }
  return displayValue(typeof value === 'string' ? value : null);
};

function ConflictPrompt({
  state,
  onTheirs,
  onMine,
}: {
  state: Extract<EditState, { kind: 'conflict' }>;
  onTheirs: () => void;
  onMine: () => void;
}) {
  const fields = patchedFields(state.patch);
  return (
    <Alert color="orange" variant="light" title="Someone else changed this item — reload their version">
      <Text size="sm" mb="xs">
        Your change was not saved: it started from an older version. Compare, then keep theirs or apply yours on top.
      </Text>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label="Their values and yours">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            <Table.Th>Saved now</Table.Th>
            <Table.Th>Yours</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field}>
              <Table.Td>{fieldLabels[field]}</Table.Td>
              <Table.Td>{shown(field, state.current[field])}</Table.Td>
              <Table.Td>{shown(field, state.patch[field])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={onTheirs}>
          Reload their version
        </Button>
        <Button size="xs" variant="default" onClick={onMine}>
          Apply mine again
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * The editable details of an item: saved together with "Save changes" from the version the page
 * shows; a change someone else saved first is shown next to this one (see useEvidenceEditor).
 */
export function EvidenceDetailsForm({ orgId, item }: { orgId: string; item: EvidenceDetail }) {
  const { allowed, role } = usePermission('evidence.upload');
  const editor = useEvidenceEditor(orgId, item.id);
  const base = evidenceValuesOf(item);
  const form = useZodForm<typeof evidenceUpdateInputSchema, EvidenceFormValues>({
    schema: evidenceUpdateInputSchema,
    initialValues: base,
    toInput: (values) => ({ ...changedFields(base, values), version: item.version }),
  });
  const patch = changedFields(base, form.values);
  const dirty = Object.keys(patch).length > 0;
  const conflict = editor.state.kind === 'conflict' ? editor.state : null;

  const onSubmit = form.onSubmit(async () => {
    const saved = await editor.save(patch);
    if (saved) form.reset(evidenceValuesOf(saved));
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="evidence-details-title">
      <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Evidence details">
        <Stack gap="sm">
          <Title order={2} fz="lg" id="evidence-details-title">
            Details
          </Title>
          {form.formError ? <ErrorAlert message={form.formError} title="The change was not saved" /> : null}
          <EvidenceFields
            orgId={orgId}
            values={form.values}
            input={form.getInputProps}
            chooseKind={false}
            readOnly={!allowed}
          />
          {conflict ? (
            <ConflictPrompt
              state={conflict}
              onTheirs={() => {
                void editor.takeTheirs().then((theirs) => {
                  if (theirs) form.reset(evidenceValuesOf(theirs));
                });
              }}
              onMine={() => {
                void editor.keepMine().then((saved) => {
                  if (saved) form.reset(evidenceValuesOf(saved));
                });
              }}
            />
          ) : null}
          {editor.state.kind === 'error' ? (
            <ErrorAlert error={editor.state.error} title="The change was not saved" />
          ) : null}
          <Group justify="space-between">
            <Text size="sm" role="status" aria-label="Save state" c="dimmed">
              {editor.state.kind === 'saving' ? 'Saving…' : editor.state.kind === 'saved' && !dirty ? 'Saved' : ''}
              {dirty && editor.state.kind !== 'saving' ? 'Unsaved changes' : ''}
            </Text>
            <Group gap="sm">
              {dirty ? (
                <Button variant="default" onClick={() => form.reset(base)}>
                  Discard changes
                </Button>
              ) : null}
              <GuardedButton
                type="submit"
                allowed={allowed}
                reason={whyNotAllowed('evidence.upload', role)}
                disabled={allowed && !dirty}
                loading={editor.state.kind === 'saving'}
              >
                Save changes
              </GuardedButton>
            </Group>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
