import type { RequirementMappingView } from '@certa/client';
import { Anchor, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { TableFrame } from '../../components/table-frame.tsx';
import { relationshipText } from './mappings.ts';

const relationshipColors: Record<RequirementMappingView['relationship'], string> = {
  equal: 'teal',
  subset: 'blue',
  superset: 'grape',
  intersect: 'orange',
};

/** A relationship as a badge that explains itself on hover (the legend above the table says the same). */
export function RelationshipBadge({ relationship }: { relationship: RequirementMappingView['relationship'] }) {
  const { label, explanation } = relationshipText[relationship];
  return (
    <Tooltip label={explanation} multiline w={260}>
      <Badge variant="light" color={relationshipColors[relationship]} radius="sm" tt="none">
        {label}
      </Badge>
    </Tooltip>
  );
}

/** What the four relationships mean, for people who do not hover. */
export function RelationshipLegend() {
  return (
    <Group gap="lg" component="dl" m={0}>
      {(Object.keys(relationshipText) as RequirementMappingView['relationship'][]).map((relationship) => (
        <Group key={relationship} gap={6} wrap="nowrap">
          <dt>
            <RelationshipBadge relationship={relationship} />
          </dt>
          <Text component="dd" size="xs" c="dimmed" m={0} maw={220}>
            {relationshipText[relationship].explanation}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

function RequirementCell({ orgId, side }: { orgId: string; side: RequirementMappingView['source'] }) {
  return (
    <Anchor
      component={Link}
      to={`/o/${orgId}/frameworks/${side.frameworkId}?ref=${encodeURIComponent(side.refId)}`}
      size="sm"
    >
      <Text component="span" ff="monospace" fw={600} inherit>
        {side.refId}
      </Text>{' '}
      {side.title}
    </Anchor>
  );
}

/** The mappings of one pair of frameworks, a row each: source, relationship, strength, target, rationale. */
export function MappingTable({ orgId, mappings }: { orgId: string; mappings: RequirementMappingView[] }) {
  return (
    <TableFrame label="Mappings" minWidth={860}>
      <Table withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Source requirement</Table.Th>
            <Table.Th scope="col">Relationship</Table.Th>
            <Table.Th scope="col" ta="right">
              Strength
            </Table.Th>
            <Table.Th scope="col">Target requirement</Table.Th>
            <Table.Th scope="col">Rationale</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mappings.map((mapping) => (
            <Table.Tr key={mapping.id}>
              <Table.Td>
                <RequirementCell orgId={orgId} side={mapping.source} />
              </Table.Td>
              <Table.Td>
                <RelationshipBadge relationship={mapping.relationship} />
              </Table.Td>
              <Table.Td ta="right">
                {mapping.strength === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <VisuallyHidden>not given</VisuallyHidden>
                  </>
                ) : (
                  `${mapping.strength}/10`
                )}
              </Table.Td>
              <Table.Td>
                <RequirementCell orgId={orgId} side={mapping.target} />
              </Table.Td>
              <Table.Td>{mapping.rationale ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
