import type { FrameworkRequirement } from '@certa/client';
import { Badge, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { TableFrame } from '../../components/table-frame.tsx';
import { normalizeRef, shownAttributes, type ShownAttribute } from './requirement-attributes.ts';
import type { RequirementTree } from './requirement-tree.ts';

/** A titled part of a requirement's page. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section">
      <Title order={3} fz="md">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Text from an imported file, with its line breaks kept. */
export function SourceText({ children }: { children: string }) {
  return (
    <Text size="sm" className="certa-preserve-lines">
      {children}
    </Text>
  );
}

function ParameterValue({ parameter }: { parameter: FrameworkRequirement['parameters'][number] }) {
  if (parameter.values.length > 0) return <>{parameter.values.join('; ')}</>;
  if (parameter.choices.length > 0) {
    const how = parameter.howMany === 'one-or-more' ? 'One or more of' : 'One of';
    return (
      <>
        <Text component="span" c="dimmed" inherit>
          {how}:{' '}
        </Text>
        {parameter.choices.join('; ')}
      </>
    );
  }
  return (
    <Text component="span" c="dimmed" inherit>
      Set by the organisation
    </Text>
  );
}

/** The parameters of a control (OSCAL `param`): what the organisation fills in, with values a profile set. */
export function ParametersTable({ parameters }: { parameters: FrameworkRequirement['parameters'] }) {
  return (
    <Section title="Parameters">
      <TableFrame label="Parameters" minWidth={480}>
        <Table striped withTableBorder verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Parameter</Table.Th>
              <Table.Th scope="col">Label</Table.Th>
              <Table.Th scope="col">Value or choices</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parameters.map((parameter) => (
              <Table.Tr key={parameter.paramId}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {parameter.paramId}
                </Table.Td>
                <Table.Td>{parameter.label ?? '—'}</Table.Td>
                <Table.Td>
                  <ParameterValue parameter={parameter} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
    </Section>
  );
}

function AttributeValues({ attribute, onSelect }: { attribute: ShownAttribute; onSelect: (ref: string) => void }) {
  return (
    <dd style={{ margin: 0 }}>
      <Group gap={6}>
        {attribute.values.map((value) =>
          value.ref !== null ? (
            <UnstyledButton
              key={value.text}
              onClick={() => onSelect(value.ref ?? '')}
              fz="sm"
              ff="monospace"
              c="var(--mantine-color-anchor)"
            >
              {value.text}
            </UnstyledButton>
          ) : (
            <Badge key={value.text} variant="light" color="gray" radius="sm" tt="none" fw={500}>
              {value.text}
            </Badge>
          ),
        )}
      </Group>
    </dd>
  );
}

function AttributeList({ attributes, onSelect }: { attributes: ShownAttribute[]; onSelect: (ref: string) => void }) {
  return (
    <Stack gap={8} component="dl" m={0}>
      {attributes.map((attribute) => (
        <div key={attribute.key}>
          <Text component="dt" size="xs" fw={600} c="dimmed" mb={2}>
            {attribute.label}
          </Text>
          <AttributeValues attribute={attribute} onSelect={onSelect} />
        </div>
      ))}
    </Stack>
  );
}

/**
 * The attributes of a requirement: ISO/IEC 27002 types, related requirements (links that name one of the
 * framework's requirements select it), other properties; bookkeeping of the source file folded away.
 */
export function RequirementAttributes({
  tree,
  requirement,
  onSelect,
}: {
  tree: RequirementTree;
  requirement: FrameworkRequirement;
  onSelect: (ref: string) => void;
}) {
  const byNormalizedRef = useMemo(() => new Map([...tree.byRef.keys()].map((ref) => [normalizeRef(ref), ref])), [tree]);
  const { main, technical } = shownAttributes(requirement.attributes, (ref) => byNormalizedRef.get(ref));
  if (main.length === 0 && technical.length === 0) return null;
  return (
    <Section title="Attributes">
      {main.length > 0 ? <AttributeList attributes={main} onSelect={onSelect} /> : null}
      {technical.length > 0 ? (
        <details>
          <Text component="summary" size="sm" c="dimmed" style={{ cursor: 'pointer' }}>
            Other properties from the file ({technical.length})
          </Text>
          <Stack mt="xs">
            <AttributeList attributes={technical} onSelect={onSelect} />
          </Stack>
        </details>
      ) : null}
    </Section>
  );
}
