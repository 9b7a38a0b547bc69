import type { FrameworkDetail } from '@certa/client';
import { ApiError } from '@certa/client';
import { Badge, Button, Grid, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useOrganization } from '../../session/session-context.ts';
import { useFramework } from './framework-queries.ts';
import { FrameworkExportMenu } from './framework-export-menu.tsx';
import { formatLabel } from './framework-import-options.ts';
import { attributeFacets, type AttributeSelection } from './requirement-attributes.ts';
import { RequirementDetails } from './requirement-details.tsx';
import { RequirementFilters } from './requirement-filters.tsx';
import { ancestorsOf, buildTree, isFiltering, isNewIn2022, visibleNodes } from './requirement-tree.ts';
import { RequirementTreeView } from './requirement-tree-view.tsx';
import './frameworks.css';

const paneHeight = 'max(320px, calc(100vh - 390px))';
// Open attribute filters take three rows of inputs above the tree.
const paneHeightWithAttributes = 'max(280px, calc(100vh - 560px))';

function BackToList({ orgId }: { orgId: string }) {
  return (
    <Button component={Link} to={`/o/${orgId}/frameworks`} variant="default">
      All frameworks
    </Button>
  );
}

function Browser({ framework }: { framework: FrameworkDetail }) {
  const tree = useMemo(() => buildTree(framework.requirements), [framework.requirements]);
  const facets = useMemo(() => attributeFacets(framework.requirements), [framework.requirements]);
  const offerNewOnly = useMemo(() => framework.requirements.some(isNewIn2022), [framework.requirements]);
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedRef = searchParams.get('ref');
  const selected = selectedRef === null ? undefined : tree.byRef.get(selectedRef)?.requirement;

  const [query, setQuery] = useState('');
  const [newOnly, setNewOnly] = useState(false);
  const [attributes, setAttributes] = useState<AttributeSelection>({});
  const [attributesOpen, setAttributesOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  // Annex A shows its themes at first; the branch of a shared requirement opens too.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(['A', ...(selectedRef ? ancestorsOf(tree, selectedRef) : [])]),
  );

  const filter = useMemo(() => ({ query, newOnly, attributes }), [query, newOnly, attributes]);
  const filtering = isFiltering(filter);
  const nodes = useMemo(() => visibleNodes(tree, filter, expanded), [tree, filter, expanded]);
  const shownRequirements = nodes.filter((node) => node.requirement.assessable).length;

  const isExpanded = useCallback((ref: string) => filtering || expanded.has(ref), [filtering, expanded]);
  const onToggle = useCallback((ref: string, open?: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !current.has(ref)) next.add(ref);
      else next.delete(ref);
      return next;
    });
  }, []);
  const onSelect = useCallback(
    (ref: string) => {
      setSearchParams({ ref }, { replace: true });
      setExpanded((current) => {
        const missing = ancestorsOf(tree, ref).filter((ancestor) => !current.has(ancestor));
        return missing.length === 0 ? current : new Set([...current, ...missing]);
      });
    },
    [setSearchParams, tree],
  );

  return (
    <Grid gap="lg" maw={1400}>
      <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
        <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="requirements-title">
          <Stack gap="sm">
            <Title order={2} fz="md" id="requirements-title">
              Requirements
            </Title>
            <RequirementFilters
              query={query}
              onQueryChange={setQuery}
              onArrowDown={() => setFocusRequest((count) => count + 1)}
              offerNewOnly={offerNewOnly}
              newOnly={newOnly}
              onNewOnlyChange={setNewOnly}
              facets={facets}
              attributes={attributes}
              onAttributesChange={setAttributes}
              open={attributesOpen}
              onOpenChange={setAttributesOpen}
            />
            <Text size="xs" c="dimmed" aria-live="polite">
              {filtering
                ? `${shownRequirements} matching ${shownRequirements === 1 ? 'requirement' : 'requirements'}`
                : 'Arrow keys or j and k move; right and left open and close.'}
            </Text>
            {nodes.length === 0 ? (
              <Text size="sm" c="dimmed" p="xs" mih={240}>
                Nothing matches this filter.
              </Text>
            ) : (
              <RequirementTreeView
                nodes={nodes}
                selectedRef={selectedRef}
                isExpanded={isExpanded}
                onSelect={onSelect}
                onToggle={onToggle}
                focusRequest={focusRequest}
                maxHeight={attributesOpen ? paneHeightWithAttributes : paneHeight}
              />
            )}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
        <Paper withBorder radius="lg" p="xl">
          {selected ? (
            <RequirementDetails
              key={selected.id}
              tree={tree}
              framework={framework}
              requirement={selected}
              onSelect={onSelect}
            />
          ) : (
            <Stack gap="xs">
              <Title order={2} fz="lg">
                {selectedRef ? `No requirement ${selectedRef} in this framework` : 'Choose a requirement'}
              </Title>
              <Text c="dimmed">
                {framework.builtIn
                  ? 'Pick a clause or control on the left to read what it means, what an auditor asks about it, which evidence usually answers and where organisations commonly fall short.'
                  : 'Pick a requirement on the left to read its statement, guidance, parameters and attributes as the imported file gives them.'}
              </Text>
            </Stack>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

function LoadingBrowser() {
  return (
    <Grid gap="lg" maw={1400} aria-busy="true" aria-label="Loading the framework">
      <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
        <Stack gap="xs">
          <Skeleton height={36} />
          {Array.from({ length: 10 }, (_, index) => (
            <Skeleton key={index} height={20} width={`${90 - (index % 3) * 15}%`} />
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
        <Stack gap="sm">
          <Skeleton height={28} width="50%" />
          <Skeleton height={14} />
          <Skeleton height={14} width="80%" />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** `/o/:orgId/frameworks/:frameworkId`: the requirement tree on the left, the selected requirement on the right. */
export function FrameworkBrowserPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { frameworkId = '' } = useParams();
  const framework = useFramework(orgId, frameworkId);

  if (framework.isPending) {
    return (
      <>
        <PageHeader title="Framework" actions={<BackToList orgId={orgId} />} />
        <LoadingBrowser />
      </>
    );
  }
  if (framework.isError) {
    const notFound = framework.error instanceof ApiError && framework.error.code === 'not_found';
    return (
      <>
        <PageHeader title={notFound ? 'Framework not found' : 'Framework'} actions={<BackToList orgId={orgId} />} />
        <ErrorAlert
          error={framework.error}
          message={notFound ? 'This framework does not exist, or this organisation cannot see it.' : undefined}
          title={notFound ? undefined : 'The framework could not be loaded'}
        />
      </>
    );
  }
  return <LoadedFramework orgId={orgId} framework={framework.data} />;
}

function LoadedFramework({ orgId, framework }: { orgId: string; framework: FrameworkDetail }) {
  const source = framework.builtIn
    ? `Version ${framework.version}, published by ${framework.publisher}`
    : `Version ${framework.version}, published by ${framework.publisher}, imported from ${framework.sourceFileName ?? 'a file'}${framework.sourceFormat ? ` (${formatLabel(framework.sourceFormat)})` : ''}`;
  return (
    <>
      <PageHeader
        title={framework.name}
        summary={`${source}: ${framework.assessableCount} requirements you can assess.`}
        actions={
          <>
            {framework.builtIn ? null : (
              <Badge variant="light" color="gray" radius="sm" tt="none" size="lg">
                Imported
              </Badge>
            )}
            <FrameworkExportMenu orgId={orgId} framework={framework} />
            <BackToList orgId={orgId} />
          </>
        }
      />
      <Browser framework={framework} />
    </>
  );
}
