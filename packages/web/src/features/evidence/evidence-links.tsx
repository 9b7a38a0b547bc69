import type { EvidenceDetail, EvidenceLinkView, GapAssessmentDetail } from '@certa/client';
import type { EvidenceLinkTarget } from '@certa/core';
import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { usePermission } from '../../session/session-context.ts';
import { gapKeys } from '../gap-assessments/gap-queries.ts';
import { useUnlinkEvidence } from './evidence-queries.ts';

const targetLabels: Record<EvidenceLinkTarget, string> = {
  gap_answer: 'Gap assessment',
  soa_row: 'Statement of Applicability',
  risk: 'Risk',
  audit_item: 'Audit',
  corrective_action: 'Corrective action',
};

const targetAreas: Record<Exclude<EvidenceLinkTarget, 'gap_answer'>, string> = {
  soa_row: 'soa',
  risk: 'risks',
  audit_item: 'audits',
  corrective_action: 'findings',
};

/** Where a link leads: the requirement in its gap assessment workspace, or the area of the target. */
export function linkAddress(
  orgId: string,
  link: Pick<EvidenceLinkView, 'targetType' | 'targetId' | 'requirementId'>,
  assessments: ReadonlyMap<string, Pick<GapAssessmentDetail, 'requirements'>>,
): string {
  if (link.targetType !== 'gap_answer') return `/o/${orgId}/${targetAreas[link.targetType]}`;
  const base = `/o/${orgId}/gap-assessments/${link.targetId}`;
  const requirement = assessments
    .get(link.targetId)
    ?.requirements.find((candidate) => candidate.id === link.requirementId);
  return requirement ? `${base}?ref=${encodeURIComponent(requirement.refId)}` : base;
}

/** What an item supports: every link, leading to the place it was made, with unlink. */
export function EvidenceLinks({ orgId, item }: { orgId: string; item: EvidenceDetail }) {
  const { allowed, role } = usePermission('evidence.upload');
  const unlink = useUnlinkEvidence(orgId);
  const assessmentIds = [
    ...new Set(item.links.filter((link) => link.targetType === 'gap_answer').map((link) => link.targetId)),
  ];
  // The workspace selects a requirement by its reference; the assessments (usually cached) know it.
  const assessments = useQueries({
    queries: assessmentIds.map((assessmentId) => ({
      queryKey: gapKeys.detail(orgId, assessmentId),
      queryFn: () => api.getGapAssessment(orgId, assessmentId),
    })),
  });
  const byId = new Map<string, GapAssessmentDetail>();
  for (const assessment of assessments) if (assessment.data) byId.set(assessment.data.id, assessment.data);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="evidence-links-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="evidence-links-title">
          What it supports
        </Title>
        {item.links.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not linked yet. Link it from a gap assessment: select a requirement and choose “Link existing evidence”.
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" aria-label="Links" ml={0} pl={0}>
            {item.links.map((link) => (
              <List.Item key={link.id}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      {targetLabels[link.targetType]}
                    </Text>
                    <Anchor component={Link} to={linkAddress(orgId, link, byId)}>
                      {link.label}
                    </Anchor>
                  </div>
                  <GuardedButton
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    allowed={allowed}
                    reason={whyNotAllowed('evidence.upload', role)}
                    loading={unlink.isPending && unlink.variables === link.id}
                    onClick={() => unlink.mutate(link.id)}
                    aria-label={`Unlink from ${link.label}`}
                    style={{ flexShrink: 0 }}
                  >
                    Unlink
                  </GuardedButton>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {unlink.isError ? <ErrorAlert error={unlink.error} title="The link was not removed" /> : null}
      </Stack>
    </Paper>
  );
}
