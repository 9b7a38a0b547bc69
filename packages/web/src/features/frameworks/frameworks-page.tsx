import type { FrameworkSummary } from '@certa/client';
import { Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useOrganization } from '../../session/session-context.ts';
import { useFrameworks } from './framework-queries.ts';

function FrameworkCard({ orgId, framework }: { orgId: string; framework: FrameworkSummary }) {
  const titleId = `framework-${framework.id}`;
  return (
    <Paper withBorder radius="lg" p="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} fz="lg" id={titleId}>
            <Anchor component={Link} to={`/o/${orgId}/frameworks/${framework.id}`} inherit>
              {framework.name}
            </Anchor>
          </Title>
          {framework.builtIn ? (
            <Badge variant="light" color="teal" radius="sm" tt="none">
              Built in
            </Badge>
          ) : (
            <Badge variant="light" color="gray" radius="sm" tt="none">
              Imported
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Version {framework.version} · published by {framework.publisher}
        </Text>
        <Group gap="xl">
          <div>
            <Text fw={700} fz="xl" lh={1.1}>
              {framework.requirementCount}
            </Text>
            <Text size="xs" c="dimmed">
              requirements and headings
            </Text>
          </div>
          <div>
            <Text fw={700} fz="xl" lh={1.1}>
              {framework.assessableCount}
            </Text>
            <Text size="xs" c="dimmed">
              you can assess
            </Text>
          </div>
        </Group>
        <Text size="sm">{framework.licenceNote}</Text>
      </Stack>
    </Paper>
  );
}

function FrameworkList({ orgId }: { orgId: string }) {
  const frameworks = useFrameworks(orgId);
  if (frameworks.isPending) {
    return (
      <SimpleGrid cols={{ base: 1, lg: 2 }} aria-busy="true" aria-label="Loading frameworks">
        <Skeleton height={200} radius="lg" />
      </SimpleGrid>
    );
  }
  if (frameworks.isError) return <ErrorAlert error={frameworks.error} title="The frameworks could not be loaded" />;
  if (frameworks.data.length === 0) {
    return (
      <Paper withBorder radius="lg" p="xl">
        <Title order={2} fz="lg">
          No frameworks yet
        </Title>
        <Text c="dimmed">This organisation has no framework to assess against.</Text>
      </Paper>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      {frameworks.data.map((framework) => (
        <FrameworkCard key={framework.id} orgId={orgId} framework={framework} />
      ))}
    </SimpleGrid>
  );
}

/** `/o/:orgId/frameworks`: the catalogues of requirements and controls an organisation assesses against. */
export function FrameworksPage() {
  const { membership } = useOrganization();
  return (
    <>
      <PageHeader
        title="Frameworks"
        summary="The catalogues you assess against. Open one to read each requirement with Certa's guidance: what it means, what an auditor asks and which evidence usually answers."
      />
      <Stack gap="lg" maw={1080}>
        <FrameworkList orgId={membership.organization.id} />
        <Text size="sm" c="dimmed">
          Coming next: importing further frameworks from OSCAL, CISO Assistant or a CSV spreadsheet.
        </Text>
      </Stack>
    </>
  );
}
