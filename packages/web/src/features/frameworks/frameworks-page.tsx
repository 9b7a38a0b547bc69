import type { FrameworkSummary } from '@certa/client';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { formatLabel } from './framework-import-options.ts';
import { useFrameworks, usePrefetchFramework } from './framework-queries.ts';

/** Versions of one framework next to each other, in the order the first of each appears. */
function groupVersions(frameworks: readonly FrameworkSummary[]): FrameworkSummary[] {
  const firstSeen = new Map<string, number>();
  frameworks.forEach((framework, index) => {
    if (!firstSeen.has(framework.slug)) firstSeen.set(framework.slug, index);
  });
  return [...frameworks].sort((a, b) => (firstSeen.get(a.slug) ?? 0) - (firstSeen.get(b.slug) ?? 0));
}

function FrameworkCard({ orgId, framework }: { orgId: string; framework: FrameworkSummary }) {
  const prefetch = usePrefetchFramework(orgId);
  const titleId = `framework-${framework.id}`;
  return (
    <Paper withBorder radius="lg" p="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={6}>
          <Title order={2} fz="lg" id={titleId}>
            <Anchor
              component={Link}
              to={`/o/${orgId}/frameworks/${framework.id}`}
              inherit
              onMouseEnter={() => prefetch(framework.id)}
              onFocus={() => prefetch(framework.id)}
            >
              {framework.name}
            </Anchor>
          </Title>
          <Group gap={6}>
            <Badge variant="outline" color="gray" radius="sm" tt="none">
              Version {framework.version}
            </Badge>
            {framework.builtIn ? (
              <Badge variant="light" color="teal" radius="sm" tt="none">
                Built in
              </Badge>
            ) : (
              <Badge variant="light" color="blue" radius="sm" tt="none">
                Imported
              </Badge>
            )}
          </Group>
        </Stack>
        <Text size="sm" c="dimmed">
          Published by {framework.publisher}
          {framework.builtIn
            ? null
            : ` · imported from ${framework.sourceFileName ?? 'a file'}${framework.sourceFormat ? ` (${formatLabel(framework.sourceFormat)})` : ''}`}
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
        {framework.description && !framework.builtIn ? (
          <Text size="sm" lineClamp={3}>
            {framework.description}
          </Text>
        ) : null}
        {framework.licenceNote ? <Text size="sm">{framework.licenceNote}</Text> : null}
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
        <Text c="dimmed">
          This organisation has no framework to assess against. Import a catalog from OSCAL, CISO Assistant or a
          spreadsheet.
        </Text>
      </Paper>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      {groupVersions(frameworks.data).map((framework) => (
        <FrameworkCard key={framework.id} orgId={orgId} framework={framework} />
      ))}
    </SimpleGrid>
  );
}

function Actions({ orgId }: { orgId: string }) {
  const { allowed, role } = usePermission('framework.import');
  return (
    <>
      <Button component={Link} to={`/o/${orgId}/frameworks/mappings`} variant="default">
        Mappings
      </Button>
      {allowed ? (
        <Button component={Link} to={`/o/${orgId}/frameworks/import`}>
          Import framework
        </Button>
      ) : (
        <GuardedButton allowed={false} reason={whyNotAllowed('framework.import', role)}>
          Import framework
        </GuardedButton>
      )}
    </>
  );
}

/** `/o/:orgId/frameworks`: the catalogues of requirements and controls an organisation assesses against. */
export function FrameworksPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  return (
    <>
      <PageHeader
        title="Frameworks"
        summary="The catalogues you assess against. Open one to read each requirement: Certa's guidance on ISO/IEC 27001, and the statements, parameters and attributes of the catalogs you import."
        actions={<Actions orgId={orgId} />}
      />
      <Stack gap="lg" maw={1080}>
        <FrameworkList orgId={orgId} />
        <Text size="sm" c="dimmed">
          Import further frameworks from OSCAL (NIST SP 800-53, CSF 2.0 and other catalogs and profiles), CISO Assistant
          libraries, or your own CSV or XLSX spreadsheet. Each version you import appears as its own card.
        </Text>
        <Text size="sm" c="dimmed">
          Coming next: gap assessments that start from any framework here and use mappings to carry results from one
          framework to another.
        </Text>
      </Stack>
    </>
  );
}
