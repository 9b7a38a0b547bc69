import type { FrameworkImportReport, ImportProblem } from '@certa/client';
import { Alert, Badge, List, Stack, Table, Text, Title } from '@mantine/core';
import { TableFrame } from '../../components/table-frame.tsx';
import { formatLabel } from './framework-import-options.ts';

function StatusBadge({ status }: { status: 'new' | 'unchanged' }) {
  return status === 'new' ? (
    <Badge variant="light" color="teal" radius="sm" tt="none">
      New
    </Badge>
  ) : (
    <Badge variant="outline" color="gray" radius="sm" tt="none">
      Already imported
    </Badge>
  );
}

const number = new Intl.NumberFormat('en-GB');

function FrameworksTable({ report }: { report: FrameworkImportReport }) {
  return (
    <TableFrame label="Frameworks in the file" minWidth={760}>
      <Table withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Caption>Frameworks in the file</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Framework</Table.Th>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Publisher</Table.Th>
            <Table.Th scope="col" ta="right">
              Requirements
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Assessable
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Withdrawn
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Parameters
            </Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.frameworks.map((framework) => (
            <Table.Tr key={`${framework.slug}@${framework.version}`}>
              <Table.Th scope="row" fw={600}>
                {framework.name}
              </Table.Th>
              <Table.Td>{framework.version}</Table.Td>
              <Table.Td>{framework.publisher}</Table.Td>
              <Table.Td ta="right">{number.format(framework.requirementCount)}</Table.Td>
              <Table.Td ta="right">{number.format(framework.assessableCount)}</Table.Td>
              <Table.Td ta="right">{number.format(framework.withdrawnCount)}</Table.Td>
              <Table.Td ta="right">{number.format(framework.parameterCount)}</Table.Td>
              <Table.Td>
                <StatusBadge status={framework.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

function MappingSetsTable({ report }: { report: FrameworkImportReport }) {
  return (
    <TableFrame label="Mapping sets in the file" minWidth={560}>
      <Table withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Caption>Mapping sets in the file</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col" ta="right">
              Mappings
            </Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.mappingSets.map((set) => (
            <Table.Tr key={`${set.source}→${set.target}`}>
              <Table.Td>{set.source}</Table.Td>
              <Table.Td>{set.target}</Table.Td>
              <Table.Td ta="right">{number.format(set.count)}</Table.Td>
              <Table.Td>
                <StatusBadge status={set.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

function ProblemItems({ problems }: { problems: ImportProblem[] }) {
  return (
    <List spacing={6} size="sm" withPadding>
      {problems.map((problem, index) => (
        <List.Item key={`${index}-${problem.location}`}>
          <Text component="span" ff="monospace" size="xs" fw={600}>
            {problem.location}
          </Text>
          <Text component="span" size="sm">
            {' '}
            — {problem.message}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Every problem of a refused file, with where it is: the file changes nothing until they are fixed. */
export function ImportProblemsAlert({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
  return (
    <Alert color="red" variant="light" role="alert" title={`${fileName} cannot be imported`}>
      <Stack gap="xs">
        <Text size="sm">
          {problems.length === 1 ? 'Certa found one problem' : `Certa found ${problems.length} problems`} in the file.
          Nothing was imported. Fix the file and choose it again.
        </Text>
        <ProblemItems problems={problems} />
      </Stack>
    </Alert>
  );
}

/**
 * What an import creates (or created): frameworks with their counts and status, the catalog a profile was
 * resolved against, mapping sets, attribute values, and any warnings.
 */
export function ImportReportView({
  report,
  attributeTarget,
}: {
  report: FrameworkImportReport;
  /** The name of the framework attribute values apply to. */
  attributeTarget: string | null;
}) {
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {report.fileName}, read as {formatLabel(report.format)}.
      </Text>
      {report.resolvedAgainst ? (
        <Text size="sm">
          The profile selects its controls from{' '}
          <strong>
            {report.resolvedAgainst.name} {report.resolvedAgainst.version}
          </strong>
          .
        </Text>
      ) : null}
      {report.frameworks.length > 0 ? <FrameworksTable report={report} /> : null}
      {report.mappingSets.length > 0 ? <MappingSetsTable report={report} /> : null}
      {report.attributes ? (
        <Stack gap={4}>
          <Title order={3} fz="sm">
            Attribute values
          </Title>
          <Text size="sm">
            {number.format(report.attributes.valueCount)} values on {number.format(report.attributes.requirementCount)}{' '}
            requirements of {attributeTarget ?? 'the framework'}.
          </Text>
        </Stack>
      ) : null}
      {report.warnings.length > 0 ? (
        <Alert color="orange" variant="light" title={`${report.warnings.length} to check (the import can go ahead)`}>
          <ProblemItems problems={report.warnings} />
        </Alert>
      ) : null}
    </Stack>
  );
}
