import type { FrameworkSummary, MappingSetSummary } from '@certa/client';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { useFramework, useFrameworks, useMappings, useMappingSets } from './framework-queries.ts';
import { MappingTable, RelationshipLegend } from './mapping-table.tsx';
import { filterMappings, mappingCoverage } from './mappings.ts';

const setLabel = (name: string, version: string) => `${name} (${version})`;

function MappingSetCards({
  sets,
  sourceId,
  targetId,
  onChoose,
}: {
  sets: MappingSetSummary[];
  sourceId: string | null;
  targetId: string | null;
  onChoose: (set: MappingSetSummary) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {sets.map((set) => {
        const current = set.sourceFrameworkId === sourceId && set.targetFrameworkId === targetId;
        return (
          <li key={`${set.sourceFrameworkId}-${set.targetFrameworkId}`}>
            <UnstyledButton
              onClick={() => onChoose(set)}
              aria-pressed={current}
              w="100%"
              h="100%"
              p="md"
              style={{
                border: `1px solid ${current ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)'}`,
                borderRadius: 'var(--mantine-radius-lg)',
                background: current ? 'var(--mantine-primary-color-light)' : undefined,
              }}
            >
              <Text fw={600} size="sm">
                {setLabel(set.sourceName, set.sourceVersion)}
              </Text>
              <Text size="sm">to {setLabel(set.targetName, set.targetVersion)}</Text>
              <Text size="xs" c="dimmed" mt={4}>
                {set.count} {set.count === 1 ? 'mapping' : 'mappings'}
              </Text>
            </UnstyledButton>
          </li>
        );
      })}
    </SimpleGrid>
  );
}

function EmptyMappings({ orgId, canImport }: { orgId: string; canImport: boolean }) {
  return (
    <Paper withBorder radius="lg" p="xl" maw={760}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz="lg">
          No mappings yet
        </Title>
        <Text>
          A mapping says which requirement of one framework answers which requirement of another, so the work you do for
          one counts towards the other.
        </Text>
        <Text c="dimmed">
          Mappings usually come from a CISO Assistant mapping library (a YAML file with a requirement mapping set).
          Import the source framework first, then the mapping library.
        </Text>
        {canImport ? (
          <Button component={Link} to={`/o/${orgId}/frameworks/import`}>
            Import framework
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}

function PairView({
  orgId,
  frameworks,
  sourceId,
  targetId,
}: {
  orgId: string;
  frameworks: FrameworkSummary[];
  sourceId: string;
  targetId: string;
}) {
  const [query, setQuery] = useState('');
  const mappings = useMappings(orgId, sourceId, targetId);
  const source = useFramework(orgId, sourceId);
  const shown = useMemo(() => filterMappings(mappings.data ?? [], query), [mappings.data, query]);
  const coverage = useMemo(
    () => (source.data && mappings.data ? mappingCoverage(source.data.requirements, mappings.data) : null),
    [source.data, mappings.data],
  );
  const sourceName = frameworks.find((framework) => framework.id === sourceId)?.name ?? 'the source';
  const targetName = frameworks.find((framework) => framework.id === targetId)?.name ?? 'the target';

  if (mappings.isPending) return <Skeleton height={160} radius="md" aria-label="Loading the mappings" />;
  if (mappings.isError) return <ErrorAlert error={mappings.error} title="The mappings could not be loaded" />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <TextInput
          label="Filter mappings"
          placeholder="e.g. A.5.16 or accounts"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={320}
        />
        <Text size="sm" aria-live="polite">
          {query.trim() === ''
            ? `${mappings.data.length} ${mappings.data.length === 1 ? 'mapping' : 'mappings'}`
            : `${shown.length} of ${mappings.data.length} mappings match`}
          {coverage
            ? ` · ${coverage.mapped} of ${coverage.total} assessable requirements of ${sourceName} have a mapping, ${coverage.total - coverage.mapped} have none`
            : ''}
        </Text>
      </Group>
      <RelationshipLegend />
      {mappings.data.length === 0 ? (
        <Text c="dimmed">
          No mappings from {sourceName} to {targetName}. Choose a pair listed above, or import a mapping library for
          this pair.
        </Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">No mapping matches this filter.</Text>
      ) : (
        <MappingTable orgId={orgId} mappings={shown} />
      )}
    </Stack>
  );
}

function MappingsView({ orgId }: { orgId: string }) {
  const sets = useMappingSets(orgId);
  const frameworks = useFrameworks(orgId);
  const { allowed: canImport } = usePermission('framework.import');
  const [searchParams, setSearchParams] = useSearchParams();
  if (sets.isPending || frameworks.isPending) {
    return <Skeleton height={200} radius="lg" aria-label="Loading the mappings" />;
  }
  if (sets.isError) return <ErrorAlert error={sets.error} title="The mappings could not be loaded" />;
  if (frameworks.isError) return <ErrorAlert error={frameworks.error} title="The frameworks could not be loaded" />;
  if (sets.data.length === 0) return <EmptyMappings orgId={orgId} canImport={canImport} />;

  // The pair in the address, else the first set.
  const first = sets.data[0];
  const sourceId = searchParams.get('source') ?? first?.sourceFrameworkId ?? null;
  const targetId = searchParams.get('target') ?? first?.targetFrameworkId ?? null;
  const choose = (source: string | null, target: string | null) => {
    const next = new URLSearchParams();
    if (source) next.set('source', source);
    if (target) next.set('target', target);
    setSearchParams(next, { replace: true });
  };
  const options = frameworks.data.map((framework) => ({
    value: framework.id,
    label: setLabel(framework.name, framework.version),
  }));

  return (
    <Stack gap="lg" maw={1280}>
      <Stack gap="xs" component="section" aria-labelledby="mapping-sets-title">
        <Title order={2} fz="md" id="mapping-sets-title">
          Mapping sets in your library
        </Title>
        <MappingSetCards
          sets={sets.data}
          sourceId={sourceId}
          targetId={targetId}
          onChoose={(set) => choose(set.sourceFrameworkId, set.targetFrameworkId)}
        />
      </Stack>
      <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="mapping-pair-title">
        <Stack gap="md">
          <Title order={2} fz="md" id="mapping-pair-title">
            Frameworks side by side
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={760}>
            <Select
              label="Source framework"
              data={options}
              value={sourceId}
              onChange={(value) => choose(value, targetId)}
              searchable
              allowDeselect={false}
            />
            <Select
              label="Target framework"
              data={options}
              value={targetId}
              onChange={(value) => choose(sourceId, value)}
              searchable
              allowDeselect={false}
            />
          </SimpleGrid>
          {sourceId && targetId ? (
            <PairView
              key={`${sourceId}-${targetId}`}
              orgId={orgId}
              frameworks={frameworks.data}
              sourceId={sourceId}
              targetId={targetId}
            />
          ) : (
            <Text c="dimmed">Choose a source and a target framework.</Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

/** `/o/:orgId/frameworks/mappings`: which requirements of one framework answer which of another. */
export function FrameworkMappingsPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  return (
    <>
      <PageHeader
        title="Mappings"
        summary="How the requirements of one framework relate to those of another, as imported mapping libraries state it: work done for one counts towards the other."
        actions={
          <Button component={Link} to={`/o/${orgId}/frameworks`} variant="default">
            All frameworks
          </Button>
        }
      />
      <MappingsView orgId={orgId} />
    </>
  );
}
