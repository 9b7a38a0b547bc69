import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import type { AuditEventView, AuditVerification } from '@certa/client';
import { auditEventQuerySchema, auditPeriodProblem } from '@certa/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Fragment, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { useMembers } from '../members/member-queries.ts';
import { AuditEventDetails } from './audit-event-details.tsx';
import {
  filtersForApi,
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
  type AuditFilterValues,
} from './audit-filters.ts';
import { TableFrame } from '../../components/table-frame.tsx';

const pageSize = 50;

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
      style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms ease' }}
    >
      <path d="M9 6l6 6-6 6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function FiltersForm({
  current,
  onApply,
}: {
  current: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) {
  const { membership } = useOrganization();
  const members = useMembers(membership.organization.id);
  const form = useZodForm({
    schema: auditEventQuerySchema,
    initialValues: current,
    toInput: filtersForApi,
  });
  const people = [
    { value: '', label: 'Anyone' },
    ...(members.data ?? []).map((member) => ({
      value: member.user.id,
      label: `${member.user.name} (${member.user.email})`,
    })),
  ];

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Filter the audit trail"
      onSubmit={form.onSubmit((query) => {
        const problem = auditPeriodProblem({
          ...(query.from ? { from: new Date(query.from) } : {}),
          ...(query.to ? { to: new Date(query.to) } : {}),
        });
        if (problem) form.setFormError(`${problem}.`);
        else onApply(form.values);
      })}
    >
      <Stack gap="sm">
        {form.formError ? <ErrorAlert message={form.formError} /> : null}
        <Group align="flex-end" gap="xs">
          <NativeSelect label="User" data={people} w={170} {...form.getInputProps('actorUserId')} />
          <TextInput label="Record type" placeholder="membership" w={130} {...form.getInputProps('entityType')} />
          <TextInput label="Action" placeholder="member.added" w={150} {...form.getInputProps('action')} />
          <TextInput type="date" label="From" w={140} {...form.getInputProps('from')} />
          <TextInput type="date" label="To" w={140} {...form.getInputProps('to')} />
          <Button type="submit" variant="light">
            Apply filters
          </Button>
          {hasFilters(current) ? (
            <Button
              variant="subtle"
              color="gray"
              onClick={() => {
                const empty = filtersFromSearch(new URLSearchParams());
                form.reset(empty);
                onApply(empty);
              }}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function VerificationResult({ result }: { result: AuditVerification }) {
  if (result.ok) {
    return (
      <Alert color="green" variant="light" title="The audit trail is intact" role="status">
        <Stack gap="xs">
          <Text size="sm">
            All {result.checked} {result.checked === 1 ? 'event was' : 'events were'} checked: each one still carries
            the hash computed when it was recorded, and each links to the one before. Nothing was changed, removed or
            inserted afterwards.
          </Text>
          {result.lastHash ? (
            <Text size="sm">
              Latest hash:{' '}
              <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {result.lastHash}
              </Text>
              . Note it outside Certa (for example in your management review minutes): a later check that no longer
              leads to it means the history was rewritten.
            </Text>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title="The audit trail is broken" role="alert">
      {result.firstBrokenSequence !== null ? `The chain breaks at event #${result.firstBrokenSequence}. ` : ''}
      {result.problem ?? 'An event does not match its recorded hash.'} Events from that point on may have been altered
      outside Certa: keep the export you have and tell whoever runs this installation.
    </Alert>
  );
}

function EventRows({ event }: { event: AuditEventView }) {
  const [open, setOpen] = useState(false);
  const detailsId = `audit-event-${event.id}`;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td w={36} pr={0}>
          <UnstyledButton
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={`${open ? 'Hide' : 'Show'} details of event ${event.sequence}`}
            p={4}
            style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'flex' }}
          >
            <Chevron open={open} />
          </UnstyledButton>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Text size="sm">{formatDateTime(event.occurredAt)}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{event.actorLabel}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {event.action}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{event.entityType}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" c="dimmed">
            {Object.keys(event.changes).length || '—'}
          </Text>
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailsId} bg="var(--mantine-color-default-hover)">
          <Table.Td />
          <Table.Td colSpan={5}>
            <AuditEventDetails event={event} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

function EventsTable({ orgId, filters }: { orgId: string; filters: AuditFilterValues }) {
  const apiFilters = useMemo(() => filtersForApi(filters), [filters]);
  const events = useInfiniteQuery({
    queryKey: ['organizations', orgId, 'audit-events', apiFilters],
    queryFn: ({ pageParam }) =>
      api.listAuditEvents(orgId, apiFilters, { limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  if (events.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading the audit trail">
        {[0, 1, 2, 3, 4].map((row) => (
          <Skeleton key={row} height={32} />
        ))}
      </Stack>
    );
  }
  if (events.isError) return <ErrorAlert error={events.error} title="The audit trail could not be loaded" />;

  const rows = events.data.pages.flatMap((page) => page.data);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {hasFilters(filters)
          ? 'No events match these filters. Widen the date range or clear a filter.'
          : 'Nothing has been recorded in this organisation yet.'}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {rows.length} {rows.length === 1 ? 'event' : 'events'}, newest first
        {events.hasNextPage ? '; older events follow' : ''}.
      </Text>
      <TableFrame minWidth={720} label="Audit events, scrollable">
        <Table verticalSpacing={6} highlightOnHover aria-label="Audit events">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>Details</VisuallyHidden>
              </Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Record type</Table.Th>
              <Table.Th>Fields</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((event) => (
              <EventRows key={event.id} event={event} />
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
      {events.hasNextPage ? (
        <Group>
          <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
            Load more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function AuditTrail() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(searchParams), [searchParams]);
  const apiFilters = filtersForApi(filters);
  const verification = useMutation({ mutationFn: () => api.verifyAuditTrail(orgId) });

  return (
    <>
      <PageHeader
        title="Audit trail"
        summary="Who changed what in this organisation, and when. Entries are only ever added: none can be edited or removed."
        actions={
          <>
            <Button component="a" href={api.auditExportUrl(orgId, 'csv', apiFilters)} download variant="default">
              Export CSV
            </Button>
            <Button component="a" href={api.auditExportUrl(orgId, 'json', apiFilters)} download variant="default">
              Export JSON
            </Button>
            <Button onClick={() => verification.mutate()} loading={verification.isPending}>
              Verify integrity
            </Button>
          </>
        }
      />
      <Stack gap="lg" maw={1280}>
        {verification.isSuccess ? <VerificationResult result={verification.data} /> : null}
        {verification.isError ? (
          <ErrorAlert error={verification.error} title="The audit trail could not be verified" />
        ) : null}
        <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="audit-filters-title">
          <Title order={2} fz="sm" id="audit-filters-title" mb={4}>
            Filters
          </Title>
          <FiltersForm
            key={searchParams.toString()}
            current={filters}
            onApply={(values) => setSearchParams(filtersToSearch(values))}
          />
        </Paper>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="audit-events-title">
          <Title order={2} fz="md" id="audit-events-title" mb={4}>
            Events
          </Title>
          {/* New filters, new list: rows opened under the old filters close. */}
          <EventsTable key={searchParams.toString()} orgId={orgId} filters={filters} />
        </Paper>
      </Stack>
    </>
  );
}

/** `/o/:orgId/audit-trail`: browse, filter, export and verify the organisation's audit trail. */
export function AuditTrailPage() {
  const { allowed, role } = usePermission('auditTrail.read');
  if (!allowed) {
    return (
      <>
        <PageHeader title="Audit trail" />
        <Stack gap="md" maw={640}>
          <Alert color="gray" variant="light" title="Not available with your role" role="note">
            {whyNotAllowed('auditTrail.read', role)}
          </Alert>
          <Anchor component={Link} to=".." relative="path" fw={600}>
            Back to the dashboard
          </Anchor>
        </Stack>
      </>
    );
  }
  return <AuditTrail />;
}
