import { Autocomplete, Group, NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { evidenceKinds, evidenceStatuses } from '@certa/core';
import type { InputProps } from '../../forms/use-zod-form.ts';
import { useMembers } from '../members/member-queries.ts';
import type { EvidenceFormValues } from './evidence-form-values.ts';
import { evidenceKindHints, evidenceKindLabels, evidenceStatusLabels } from './evidence-labels.ts';

type Field = keyof EvidenceFormValues & string;

/**
 * The inputs of an evidence item, shared by the "Add evidence" form and the detail page. The kind is
 * chosen once, at creation; only links carry an address.
 */
export function EvidenceFields({
  orgId,
  values,
  input,
  chooseKind,
  readOnly = false,
}: {
  orgId: string;
  values: EvidenceFormValues;
  input: <K extends Field>(field: K) => InputProps<EvidenceFormValues[K]>;
  chooseKind: boolean;
  readOnly?: boolean;
}) {
  const members = useMembers(orgId);
  const names = [...new Set((members.data ?? []).map((member) => member.user.name))].sort();
  const date = (field: 'coversFrom' | 'coversTo' | 'effectiveFrom' | 'reviewBy') => ({
    type: 'date',
    readOnly,
    ...input(field),
  });
  return (
    <>
      <TextInput
        label="Title"
        required
        readOnly={readOnly}
        data-autofocus={chooseKind || undefined}
        {...input('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {chooseKind ? (
          <NativeSelect
            label="Kind"
            description={evidenceKindHints[values.kind]}
            data={evidenceKinds.map((kind) => ({ value: kind, label: evidenceKindLabels[kind] }))}
            {...input('kind')}
          />
        ) : null}
        <NativeSelect
          label="Status"
          description="Approved once the owner has signed it off; expired when it no longer applies."
          disabled={readOnly}
          data={evidenceStatuses.map((status) => ({ value: status, label: evidenceStatusLabels[status] }))}
          {...input('status')}
        />
        <Autocomplete
          label="Owner"
          description="Who keeps it up to date."
          data={names}
          readOnly={readOnly}
          {...input('owner')}
        />
      </SimpleGrid>
      {values.kind === 'link' ? (
        <TextInput
          label="Address"
          description="Where the document lives, starting with https://"
          type="url"
          required
          readOnly={readOnly}
          {...input('url')}
        />
      ) : null}
      <Textarea label="Description" autosize minRows={2} maxRows={8} readOnly={readOnly} {...input('description')} />
      <Group grow align="flex-start">
        <TextInput label="Covers from" description="First day of the period it shows." {...date('coversFrom')} />
        <TextInput label="Covers to" description="Last day of that period." {...date('coversTo')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label="Effective from"
          description="When it took effect, not when it was uploaded."
          {...date('effectiveFrom')}
        />
        <TextInput label="Review by" description="After this day it is flagged stale." {...date('reviewBy')} />
      </Group>
    </>
  );
}
