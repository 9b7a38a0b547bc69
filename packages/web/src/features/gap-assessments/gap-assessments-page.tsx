import type { GapAssessmentSummary } from '@certa/client';
import { Anchor, Badge, Button, Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { formatDate } from '../../lib/dates.ts';
import { whyNotAllowed } from '../../lib/roles.ts';
import { useOrganization, usePermission } from '../../session/session-context.ts';
import { useGapAssessments } from './gap-queries.ts';
import { assessmentStatusColors, assessmentStatusLabels, percent } from './gap-labels.ts';
import { NewAssessmentModal } from './new-assessment-modal.tsx';
import { RenewalBadge } from './renewal-badge.tsx';

function AssessmentRow({ orgId, assessment }: { orgId: string; assessment: GapAssessmentSummary }) {
  return (
    <Table.Tr>
      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {assessment.reference}
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/o/${orgId}/gap-assessments/${assessment.id}`} fw={600}>
          {assessment.title}
        </Anchor>
      </Table.Td>
      <Table.Td>{assessment.framework.name}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge
          variant="light"
          radius="sm"
          tt="none"
          color={assessmentStatusColors[assessment.status]}
          style={{ overflow: 'visible' }}
        >
          {assessmentStatusLabels[assessment.status]}
        </Badge>
        <RenewalBadge assessment={assessment} />
      </Table.Td>
      <Table.Td>{percent(assessment.overall.conformity)}</Table.Td>
      <Table.Td>
        {percent(assessment.overall.coverage)}
        <Text span size="xs" c="dimmed">
          {' '}
          ({assessment.counts.answered}/{assessment.counts.requirements})
        </Text>
      </Table.Td>
      <Table.Td>{formatDate(assessment.assessmentDate)}</Table.Td>
    </Table.Tr>
  );
}

function AssessmentList({ orgId }: { orgId: string }) {
  const assessments = useGapAssessments(orgId);
  if (assessments.isPending) return <Skeleton height={160} radius="md" aria-label="Loading gap assessments" />;
  if (assessments.isError) return <ErrorAlert error={assessments.error} title="The assessments could not be loaded" />;
  if (assessments.data.length === 0) {
    return (
      <Paper withBorder radius="lg" p="xl" maw={720}>
        <Title order={2} fz="lg">
          No assessment yet
        </Title>
        <Text>
          Start one from a framework: every requirement gets a row to rate its status and maturity, and the scores
          follow as you go.
        </Text>
      </Paper>
    );
  }
  return (
    <TableFrame label="Gap assessments" minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Framework</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Conformity</Table.Th>
            <Table.Th>Coverage</Table.Th>
            <Table.Th>Date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.data.map((assessment) => (
            <AssessmentRow key={assessment.id} orgId={orgId} assessment={assessment} />
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/** `/o/:orgId/gap-assessments`: measuring the current state of the ISMS against a framework. */
export function GapAssessmentsPage() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const { allowed, role } = usePermission('ismsContent.write');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Gap assessments"
        summary="Measure where your ISMS stands today against each requirement, with status, maturity and the reasons behind every answer."
        actions={
          <>
            <Button component={Link} to={`/o/${orgId}/gap-assessments/compare`} variant="default">
              Compare assessments
            </Button>
            <GuardedButton
              allowed={allowed}
              reason={whyNotAllowed('ismsContent.write', role)}
              onClick={() => setCreating(true)}
            >
              New assessment
            </GuardedButton>
          </>
        }
      />
      <AssessmentList orgId={orgId} />
      <Text c="dimmed" size="sm" mt="lg">
        Coming next: conformity charts by clause and theme, and a roadmap built from the gaps you find.
      </Text>
      {creating ? <NewAssessmentModal orgId={orgId} opened onClose={() => setCreating(false)} /> : null}
    </>
  );
}
