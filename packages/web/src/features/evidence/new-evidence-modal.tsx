import type { EvidenceDetail, EvidenceLinkRequest, UploadProgress } from '@certa/client';
import { evidenceCreateInputSchema } from '@certa/core';
import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { EvidenceFields } from './evidence-fields.tsx';
import { emptyEvidenceValues, toCreateInput, type EvidenceFormValues } from './evidence-form-values.ts';
import { useCreateEvidence, useLinkEvidence, useUploadEvidenceFile } from './evidence-queries.ts';
import { FileDrop, UploadBar } from './file-drop.tsx';

/** What to link a new item to once it is saved (the gap workspace's selected requirement). */
export type LinkTarget = Omit<EvidenceLinkRequest, 'evidenceId'> & { label: string };

/**
 * "Add evidence": the item's details and, for everything but links, its file, saved in one go (create,
 * then upload with a progress bar, then link when `linkTo` is given). Without `linkTo` it opens the new
 * item; with it, it closes and calls `onDone`.
 */
export function NewEvidenceModal({
  orgId,
  opened,
  onClose,
  linkTo,
  onDone,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
  linkTo?: LinkTarget;
  onDone?: (item: EvidenceDetail) => void;
}) {
  const navigate = useNavigate();
  const create = useCreateEvidence(orgId);
  const upload = useUploadEvidenceFile(orgId);
  const link = useLinkEvidence(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  // Saved before a later step failed: the item exists, say so rather than creating it twice.
  const [saved, setSaved] = useState<EvidenceDetail | null>(null);
  const [stepError, setStepError] = useState<{ title: string; error: unknown } | null>(null);
  const form = useZodForm<typeof evidenceCreateInputSchema, EvidenceFormValues>({
    schema: evidenceCreateInputSchema,
    initialValues: emptyEvidenceValues(),
    toInput: toCreateInput,
  });
  const needsFile = form.values.kind !== 'link';
  const busy = form.submitting;

  const finish = (item: EvidenceDetail) => {
    if (onDone) onDone(item);
    onClose();
    if (!linkTo) void navigate(`/o/${orgId}/evidence/${item.id}`);
  };

  const afterCreate = async (item: EvidenceDetail) => {
    setStepError(null);
    let current = item;
    if (needsFile && file && current.versions.length === 0) {
      try {
        setProgress({ loaded: 0, total: file.size });
        current = await upload.mutateAsync({ evidenceId: item.id, file, onProgress: setProgress });
      } catch (error) {
        setProgress(null);
        setStepError({ title: `${item.reference} was saved, but its file was not uploaded`, error });
        return;
      }
    }
    if (linkTo) {
      const { label: _label, ...target } = linkTo;
      try {
        await link.mutateAsync({ ...target, evidenceId: item.id });
      } catch (error) {
        setStepError({ title: `${item.reference} was saved, but it was not linked to ${linkTo.label}`, error });
        return;
      }
    }
    finish(current);
  };

  const onSubmit = form.onSubmit(async (input) => {
    if (saved) {
      await afterCreate(saved);
      return;
    }
    const item = await create.mutateAsync(input);
    setSaved(item);
    await afterCreate(item);
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={linkTo ? `Upload new evidence for ${linkTo.label}` : 'Add evidence'}
      centered
      size="lg"
    >
      <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="New evidence">
        <Stack gap="md">
          {form.formError ? <ErrorAlert message={form.formError} title="The evidence was not saved" /> : null}
          <EvidenceFields
            orgId={orgId}
            values={form.values}
            input={form.getInputProps}
            chooseKind={saved === null}
            readOnly={saved !== null}
          />
          {needsFile ? (
            <>
              <FileDrop file={file} onFile={setFile} disabled={busy} />
              <UploadBar progress={progress} />
            </>
          ) : null}
          {stepError ? (
            <ErrorAlert error={stepError.error} title={stepError.title}>
              {saved ? (
                <Text size="sm" mt="xs">
                  Try again, or{' '}
                  <Anchor component={Link} to={`/o/${orgId}/evidence/${saved.id}`} onClick={onClose}>
                    open {saved.reference}
                  </Anchor>{' '}
                  and finish there.
                </Text>
              ) : null}
            </ErrorAlert>
          ) : null}
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed" style={{ flex: 1 }}>
              {needsFile && !file ? 'You can also add the file later, from the item’s page.' : ''}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={onClose} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                {saved ? 'Try again' : linkTo ? 'Save, upload and link' : 'Save evidence'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
