import { Alert, Button, DataList, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Health } from '@certa/core';
import { useHealth } from './use-health.ts';

const databaseLabels: Record<Health['database'], string> = {
  embedded: 'Embedded (PGlite)',
  postgres: 'PostgreSQL server',
};

function SystemDetails({ health }: { health: Health }) {
  return (
    <DataList labelWidth={140}>
      <DataList.Item>
        <DataList.ItemLabel>Database</DataList.ItemLabel>
        <DataList.ItemValue>{databaseLabels[health.database]}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>Schema version</DataList.ItemLabel>
        <DataList.ItemValue>{health.schemaVersion}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>Certa version</DataList.ItemLabel>
        <DataList.ItemValue>{health.version}</DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}

function SystemLoading() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading system information">
      <Skeleton height={14} width="70%" />
      <Skeleton height={14} width="45%" />
      <Skeleton height={14} width="55%" />
    </Stack>
  );
}

/** A small card about the running server: which database it uses and which versions it runs. */
export function SystemCard() {
  const health = useHealth();

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="system-card-title">
      <Title order={2} fz="md" id="system-card-title" mb="md">
        System
      </Title>
      {health.isPending ? <SystemLoading /> : null}
      {health.isError ? (
        <Alert color="red" variant="light" title="Cannot reach the Certa server">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{health.error.message}</Text>
            <Button size="xs" variant="default" onClick={() => void health.refetch()} loading={health.isFetching}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {health.isSuccess ? <SystemDetails health={health.data} /> : null}
    </Paper>
  );
}
