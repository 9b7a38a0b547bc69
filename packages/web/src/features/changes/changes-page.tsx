import type { IsmsChangeView, ReassessmentProposal } from '@certa/client';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { formatDate } from '../../lib/dates.ts';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { ChangeFormModal } from './change-form-modal.tsx';
import { changeCategoryLabels } from './change-labels.ts';
import { useIsmsChanges, useReassessmentProposal } from './change-queries.ts';
import { FocusedReassessmentModal } from './focused-reassessment-modal.tsx';

function ChangeList({ orgId, onEdit }: { orgId: string; onEdit: (change: IsmsChangeView) => void }) {
  const changes = useIsmsChanges(orgId);
  const { allowed } = usePermission('ismsContent.write');
  if (changes.isPending) return <Skeleton height={120} radius="md" aria-label="Loading the change log" />;
  if (changes.isError) return <ErrorAlert error={changes.error} title="The change log could not be loaded" />;
  if (changes.data.length === 0) {
    return (
      <Text c="dimmed">
        No change recorded yet. Record acquisitions, new technology or suppliers, reorganisations, new laws or contracts
        as they happen: Certa then tells you what to re-assess.
      </Text>
    );
  }
  return (
    <TableFrame label="Changes" minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            <Table.Th>What changed</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Scope affected</Table.Th>
            <Table.Th>Re-assessment</Table.Th>
            {allowed ? <Table.Th aria-label="Actions" /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.data.map((change) => (
            <Table.Tr key={change.id}>
              <Table.Td ff="monospace">{change.reference}</Table.Td>
              <Table.Td>
                <Text fw={600} size="sm">
                  {change.title}
                </Text>
                {change.description ? (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {change.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{changeCategoryLabels[change.category]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(change.occurredOn)}</Table.Td>
              <Table.Td>{change.scopeAffected ?? '—'}</Table.Td>
              <Table.Td>
                {change.reassessment ? (
                  <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${change.reassessment.id}`}>
                    {change.reassessment.reference}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    Not yet
                  </Text>
                )}
              </Table.Td>
              {allowed ? (
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" onClick={() => onEdit(change)}>
                    Edit <VisuallyHidden>{change.reference}</VisuallyHidden>
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

function Proposal({ orgId, proposal }: { orgId: string; proposal: ReassessmentProposal }) {
  const { allowed, role } = usePermission('ismsContent.write');
  const [starting, setStarting] = useState(false);
  const { baseline } = proposal;
  const noBaseline = 'Complete an assessment first: a focused re-assessment starts from the last completed one.';
  return (
    <Stack gap="sm">
      <Text size="sm">
        {baseline ? (
          <>
            Changes since{' '}
            <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${baseline.id}`}>
              {baseline.reference}
            </Anchor>{' '}
            ({baseline.framework.name}, assessed {formatDate(baseline.assessmentDate)}) that no re-assessment covers
            yet:{' '}
            {proposal.changes.length === 0 ? 'none.' : proposal.changes.map((change) => change.reference).join(', ')}
          </>
        ) : (
          <>No assessment is completed yet, so the proposal reads ISO/IEC 27001:2022 for every recorded change.</>
        )}
      </Text>
      {proposal.requirements.length > 0 ? (
        <TableFrame label="Requirements to re-assess" minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Requirement</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {proposal.requirements.map((entry) => (
                <Table.Tr key={entry.refId}>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Text ff="monospace" fw={600} size="sm">
                      {entry.refId}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {entry.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {entry.reasons.map((reason) => (
                        <Group key={reason.changeId} gap={6} wrap="nowrap" align="flex-start">
                          <Badge variant="light" radius="sm" tt="none" style={{ flex: 'none' }}>
                            {reason.reference}
                          </Badge>
                          <Text size="sm">{reason.why}</Text>
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing to re-assess: record a change when something significant happens.
        </Text>
      )}
      <Group>
        <GuardedButton
          allowed={allowed && baseline !== null && proposal.changes.length > 0}
          reason={!allowed ? whyNotAllowed('ismsContent.write', role) : baseline ? 'No change to cover' : noBaseline}
          onClick={() => setStarting(true)}
        >
          Start focused re-assessment
        </GuardedButton>
      </Group>
      {starting && baseline ? (
        <FocusedReassessmentModal
          orgId={orgId}
          proposal={{ ...proposal, baseline }}
          onClose={() => setStarting(false)}
        />
      ) : null}
    </Stack>
  );
}

/** `/o/:orgId/changes`: the ISMS change log (clause 6.3) and what to re-assess after the changes. */
export function ChangesPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { allowed, role } = usePermission('ismsContent.write');
  const proposal = useReassessmentProposal(orgId);
  const [editing, setEditing] = useState<IsmsChangeView | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title="Change log"
        summary="Significant changes to the organisation and its ISMS, planned and recorded (clause 6.3). Certa proposes which requirements to re-assess after them."
        actions={
          <GuardedButton
            allowed={allowed}
            reason={whyNotAllowed('ismsContent.write', role)}
            onClick={() => setEditing('new')}
          >
            Record a change
          </GuardedButton>
        }
      />
      <Stack gap="xl">
        <ChangeList orgId={orgId} onEdit={setEditing} />
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="proposal-title">
          <Title order={2} fz="lg" id="proposal-title" mb="sm">
            What to re-assess
          </Title>
          {proposal.isPending ? <Skeleton height={120} aria-label="Loading the proposal" /> : null}
          {proposal.isError ? <ErrorAlert error={proposal.error} title="The proposal could not be loaded" /> : null}
          {proposal.data ? <Proposal orgId={orgId} proposal={proposal.data} /> : null}
        </Paper>
      </Stack>
      {editing ? (
        <ChangeFormModal
          orgId={orgId}
          {...(editing === 'new' ? {} : { change: editing })}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
