import { Paper, Table, Text, Title } from '@mantine/core';
import { roleDescriptions, roles } from '@certa/core';
import { RoleBadge } from '../../components/role-badge.tsx';

/** What each role may do, in one line each (the descriptions core keeps next to the permission matrix). */
export function RolesLegend() {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="roles-legend-title">
      <Title order={2} fz="md" id="roles-legend-title" mb="sm">
        What each role can do
      </Title>
      <Table verticalSpacing={6} horizontalSpacing="sm" withRowBorders={false}>
        <Table.Tbody>
          {roles.map((role) => (
            <Table.Tr key={role}>
              <Table.Td w={140} style={{ verticalAlign: 'top' }}>
                <RoleBadge role={role} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{roleDescriptions[role]}.</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
