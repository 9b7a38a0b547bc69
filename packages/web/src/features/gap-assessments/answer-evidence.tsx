import { Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { whyNotAllowed } from '../../lib/roles.ts';
import { usePermission } from '../../session/session-context.ts';
import { EvidencePicker } from '../evidence/evidence-picker.tsx';
import { useEvidenceLinks, useUnlinkEvidence } from '../evidence/evidence-queries.ts';
import { NewEvidenceModal } from '../evidence/new-evidence-modal.tsx';

/**
 * The evidence linked to one requirement of a gap assessment, in the workspace's side panel: open it,
 * link more from the library, upload a new item (saved, uploaded and linked in one go), or unlink.
 */
export function AnswerEvidence({
  orgId,
  assessmentId,
  requirementId,
  refId,
  locked,
}: {
  orgId: string;
  assessmentId: string;
  requirementId: string;
  refId: string;
  /** A completed assessment no longer changes: its links stay as they are. */
  locked: boolean;
}) {
  const target = { targetType: 'gap_answer' as const, targetId: assessmentId, requirementId };
  const links = useEvidenceLinks(orgId, target);
  const unlink = useUnlinkEvidence(orgId);
  const { allowed, role } = usePermission('evidence.upload');
  const [picking, setPicking] = useState(false);
  const [uploading, setUploading] = useState(false);
  const may = allowed && !locked;
  const reason = locked ? 'This assessment is completed and read-only.' : whyNotAllowed('evidence.upload', role);
  const linked = links.data ?? [];

  return (
    <Stack gap="xs" component="section" aria-labelledby="answer-evidence-title">
      <Title order={2} fz="lg" id="answer-evidence-title">
        Evidence for {refId}
      </Title>
      {links.isPending ? <Skeleton height={40} aria-label="Loading linked evidence" /> : null}
      {links.isError ? <ErrorAlert error={links.error} title="The linked evidence could not be loaded" /> : null}
      {links.isSuccess && linked.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing linked yet. Link the documents and records that show this requirement is met.
        </Text>
      ) : null}
      {linked.length > 0 ? (
        <Stack gap={4} role="list" aria-label={`Evidence linked to ${refId}`}>
          {linked.map((link) => (
            <Group key={link.id} justify="space-between" wrap="nowrap" gap="xs" role="listitem">
              <Anchor component={Link} to={`/o/${orgId}/evidence/${link.evidenceId}`} size="sm" style={{ minWidth: 0 }}>
                <Text span ff="monospace" size="sm">
                  {link.evidenceReference}
                </Text>{' '}
                {link.evidenceTitle}
              </Anchor>
              <GuardedButton
                size="compact-xs"
                variant="subtle"
                color="red"
                allowed={may}
                reason={reason}
                loading={unlink.isPending && unlink.variables === link.id}
                onClick={() => unlink.mutate(link.id)}
                aria-label={`Unlink ${link.evidenceReference}`}
                style={{ flexShrink: 0 }}
              >
                Unlink
              </GuardedButton>
            </Group>
          ))}
        </Stack>
      ) : null}
      {unlink.isError ? <ErrorAlert error={unlink.error} title="The link was not removed" /> : null}
      <Group gap="xs">
        <GuardedButton size="xs" variant="light" allowed={may} reason={reason} onClick={() => setPicking(true)}>
          Link existing evidence
        </GuardedButton>
        <GuardedButton size="xs" variant="default" allowed={may} reason={reason} onClick={() => setUploading(true)}>
          Upload new evidence
        </GuardedButton>
      </Group>
      {picking ? (
        <EvidencePicker
          orgId={orgId}
          opened
          onClose={() => setPicking(false)}
          target={target}
          targetLabel={refId}
          linkedIds={new Set(linked.map((link) => link.evidenceId))}
        />
      ) : null}
      {uploading ? (
        <NewEvidenceModal
          orgId={orgId}
          opened
          onClose={() => setUploading(false)}
          linkTo={{ ...target, label: refId }}
        />
      ) : null}
    </Stack>
  );
}
