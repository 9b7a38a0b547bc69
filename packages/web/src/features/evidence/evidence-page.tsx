import type { EvidenceList, EvidenceSummary } from '@certa/client';
import { evidenceKinds, evidenceStatuses } from '@certa/core';
import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  SimpleGrid,
  Skeleton,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { EvidenceStatusBadge, ReviewBy } from './evidence-badges.tsx';
import {
  evidenceFiltersForApi,
  evidenceFiltersFromSearch,
  evidenceFiltersToSearch,
  evidencePageSize,
  hasEvidenceFilters,
  pageCount,
  type EvidenceFilterValues,
} from './evidence-filters.ts';
import { evidenceKindLabels, evidenceStatusLabels, formatBytes } from './evidence-labels.ts';
import { useEvidenceList } from './evidence-queries.ts';
import { NewEvidenceModal } from './new-evidence-modal.tsx';

type CountKey = keyof EvidenceList['counts'];

const countCards: { key: CountKey; label: string; hint: string; apply: Partial<EvidenceFilterValues> }[] = [
  { key: 'draft', label: 'Draft', hint: 'not signed off yet', apply: { status: 'draft', stale: '' } },
  { key: 'approved', label: 'Approved', hint: 'signed off by their owner', apply: { status: 'approved', stale: '' } },
  { key: 'expired', label: 'Expired', hint: 'no longer in force', apply: { status: 'expired', stale: '' } },
  { key: 'stale', label: 'Stale', hint: 'review-by date has passed', apply: { stale: 'true', status: '' } },
];

function Counts({
  counts,
  filters,
  onApply,
}: {
  counts: EvidenceList['counts'] | undefined;
  filters: EvidenceFilterValues;
  onApply: (next: Partial<EvidenceFilterValues>) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} mb="md" component="section" aria-label="Evidence by state">
      {countCards.map((card) => {
        const active = Object.entries(card.apply).every(
          ([key, value]) => value === '' || filters[key as keyof EvidenceFilterValues] === value,
        );
        const warn = card.key === 'stale' && (counts?.stale ?? 0) > 0;
        return (
          <UnstyledButton
            key={card.key}
            aria-pressed={active}
            aria-label={`${card.label}: ${counts ? String(counts[card.key]) : 'loading'}, ${card.hint}. Show only these.`}
            onClick={() => onApply(active ? { status: '', stale: '' } : card.apply)}
          >
            <Paper
              withBorder
              radius="md"
              p="sm"
              style={{
                borderColor: active
                  ? 'var(--mantine-primary-color-filled)'
                  : warn
                    ? 'var(--mantine-color-orange-7)'
                    : undefined,
              }}
            >
              <Text size="xs" c="dimmed">
                {card.label}
              </Text>
              <Text fw={700} fz="xl" lh={1.2}>
                {counts ? counts[card.key] : '…'}
              </Text>
              <Text size="xs" c="dimmed">
                {card.hint}
              </Text>
            </Paper>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}

function Filters({
  filters,
  onApply,
}: {
  filters: EvidenceFilterValues;
  onApply: (next: Partial<EvidenceFilterValues>) => void;
}) {
  // Typing waits a moment before it filters, so each keystroke does not ask the server.
  const [q, setQ] = useState(filters.q);
  const [owner, setOwner] = useState(filters.owner);
  const applyText = useDebouncedCallback((next: Partial<EvidenceFilterValues>) => onApply(next), 300);
  return (
    <Group
      align="flex-end"
      gap="sm"
      mb="sm"
      wrap="wrap"
      component="form"
      role="search"
      aria-label="Filter evidence"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ q, owner });
      }}
    >
      <TextInput
        label="Search"
        placeholder="Reference, title, description or owner"
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          applyText({ q: event.currentTarget.value, owner });
        }}
        w={280}
      />
      <NativeSelect
        label="Kind"
        value={filters.kind}
        data={[
          { value: '', label: 'All kinds' },
          ...evidenceKinds.map((kind) => ({ value: kind, label: evidenceKindLabels[kind] })),
        ]}
        onChange={(event) => onApply({ kind: event.currentTarget.value as EvidenceFilterValues['kind'] })}
        w={160}
      />
      <NativeSelect
        label="Status"
        value={filters.status}
        data={[
          { value: '', label: 'All statuses' },
          ...evidenceStatuses.map((status) => ({ value: status, label: evidenceStatusLabels[status] })),
        ]}
        onChange={(event) => onApply({ status: event.currentTarget.value as EvidenceFilterValues['status'] })}
        w={150}
      />
      <NativeSelect
        label="Review"
        value={filters.stale}
        data={[
          { value: '', label: 'Any review date' },
          { value: 'true', label: 'Stale (review overdue)' },
          { value: 'false', label: 'Within review date' },
        ]}
        onChange={(event) => onApply({ stale: event.currentTarget.value as EvidenceFilterValues['stale'] })}
        w={200}
      />
      <TextInput
        label="Owner"
        value={owner}
        onChange={(event) => {
          setOwner(event.currentTarget.value);
          applyText({ q, owner: event.currentTarget.value });
        }}
        w={170}
      />
      {hasEvidenceFilters(filters) ? (
        <Button
          variant="subtle"
          color="gray"
          onClick={() => {
            setQ('');
            setOwner('');
            onApply({ q: '', kind: '', status: '', stale: '', owner: '' });
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}

function LatestFile({ item }: { item: EvidenceSummary }) {
  if (item.kind === 'link') {
    return item.url ? (
      <Anchor href={item.url} target="_blank" rel="noreferrer" size="sm">
        Open link
      </Anchor>
    ) : (
      <Text size="sm" c="dimmed">
        No address
      </Text>
    );
  }
  if (!item.latestFile) {
    return (
      <Text size="sm" c="dimmed">
        No file yet
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {item.latestFile.fileName}
      <Text span size="xs" c="dimmed">
        {' '}
        v{item.currentVersion} · {formatBytes(item.latestFile.sizeBytes)}
      </Text>
    </Text>
  );
}

function EvidenceRow({ orgId, item }: { orgId: string; item: EvidenceSummary }) {
  return (
    <Table.Tr data-stale={item.stale || undefined}>
      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {item.reference}
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/o/${orgId}/evidence/${item.id}`} fw={600}>
          {item.title}
        </Anchor>
      </Table.Td>
      <Table.Td>{evidenceKindLabels[item.kind]}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <EvidenceStatusBadge status={item.status} />
      </Table.Td>
      <Table.Td>
        {item.owner ?? (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <ReviewBy item={item} />
      </Table.Td>
      <Table.Td maw={240}>
        <LatestFile item={item} />
      </Table.Td>
      <Table.Td ta="right">{item.linkCount}</Table.Td>
    </Table.Tr>
  );
}

function EvidenceTable({
  orgId,
  list,
  filters,
  onPage,
}: {
  orgId: string;
  list: EvidenceList;
  filters: EvidenceFilterValues;
  onPage: (page: number) => void;
}) {
  const first = (filters.page - 1) * evidencePageSize + 1;
  const last = first + list.data.length - 1;
  return (
    <>
      <TableFrame label="Evidence" minWidth={920}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Review by</Table.Th>
              <Table.Th>Latest file</Table.Th>
              <Table.Th ta="right">Links</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((item) => (
              <EvidenceRow key={item.id} orgId={orgId} item={item} />
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed" role="status">
          {list.data.length > 0 ? `Showing ${String(first)}–${String(last)} of ${String(list.total)}` : ''}
        </Text>
        {list.total > evidencePageSize ? (
          <Pagination
            total={pageCount(list.total)}
            value={filters.page}
            onChange={onPage}
            aria-label="Pages of evidence"
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          />
        ) : null}
      </Group>
    </>
  );
}

function EmptyLibrary() {
  return (
    <Paper withBorder radius="lg" p="xl" maw={720}>
      <Title order={2} fz="lg">
        No evidence yet
      </Title>
      <Text>
        Add the policies, procedures and records that show your ISMS works: upload the file, or link to where it already
        lives. Give each one a review date so you see when it needs another look. Evidence is often added from a gap
        assessment, right next to the requirement it supports.
      </Text>
    </Paper>
  );
}

/** `/o/:orgId/evidence`: the evidence library — documented information and records, with review dates. */
export function EvidencePage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { allowed, role } = usePermission('evidence.upload');
  const [adding, setAdding] = useState(false);
  const [params, setParams] = useSearchParams();
  const filters = evidenceFiltersFromSearch(params);
  const list = useEvidenceList(orgId, evidenceFiltersForApi(filters));

  const apply = (next: Partial<EvidenceFilterValues>) =>
    setParams(evidenceFiltersToSearch({ ...filters, page: 1, ...next }), { replace: true });

  let body: React.ReactNode;
  if (list.isPending) body = <Skeleton height={240} radius="md" aria-label="Loading evidence" />;
  else if (list.isError) body = <ErrorAlert error={list.error} title="The evidence could not be loaded" />;
  else if (list.data.total === 0 && !hasEvidenceFilters(filters) && filters.page === 1) body = <EmptyLibrary />;
  else if (list.data.data.length === 0) {
    body = (
      <Paper withBorder radius="md" p="lg">
        <Text>No evidence matches these filters.</Text>
      </Paper>
    );
  } else body = <EvidenceTable orgId={orgId} list={list.data} filters={filters} onPage={(page) => apply({ page })} />;

  return (
    <>
      <PageHeader
        title="Evidence"
        summary="The documented information and records that show each requirement and control is met, with owners, review dates and every version kept."
        actions={
          <GuardedButton
            allowed={allowed}
            reason={whyNotAllowed('evidence.upload', role)}
            onClick={() => setAdding(true)}
          >
            Add evidence
          </GuardedButton>
        }
      />
      <Counts counts={list.data?.counts} filters={filters} onApply={apply} />
      <Filters filters={filters} onApply={apply} />
      {body}
      {adding ? <NewEvidenceModal orgId={orgId} opened onClose={() => setAdding(false)} /> : null}
    </>
  );
}
