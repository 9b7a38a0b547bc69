import { evidenceDownloadUrl, type EvidenceDetail, type EvidenceFileVersion, type UploadProgress } from '@certa/client';
import { Anchor, Button, CopyButton, Group, Paper, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { GuardedButton } from '../../components/guarded-button.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { whyNotAllowed } from '../../lib/roles.ts';
import { usePermission } from '../../session/session-context.ts';
import { formatBytes, shortSha } from './evidence-labels.ts';
import { useUploadEvidenceFile } from './evidence-queries.ts';
import { FileDrop, UploadBar } from './file-drop.tsx';

function Sha({ sha256 }: { sha256: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={sha256} multiline w={300} style={{ overflowWrap: 'anywhere' }}>
        <Text span ff="monospace" size="sm" tabIndex={0} aria-label={`SHA-256 ${sha256}`}>
          {shortSha(sha256)}…
        </Text>
      </Tooltip>
      <CopyButton value={sha256} timeout={2000}>
        {({ copied, copy }) => (
          <Button
            size="compact-xs"
            variant={copied ? 'light' : 'subtle'}
            color={copied ? 'teal' : undefined}
            onClick={copy}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

function VersionRow({ orgId, item, version }: { orgId: string; item: EvidenceDetail; version: EvidenceFileVersion }) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>v{version.versionNumber}</Table.Td>
      <Table.Td maw={260}>
        <Anchor
          href={evidenceDownloadUrl(api, orgId, item.id, version.versionNumber)}
          download={version.fileName}
          aria-label={`Download version ${String(version.versionNumber)}: ${version.fileName}`}
          style={{ overflowWrap: 'anywhere' }}
        >
          {version.fileName}
        </Anchor>
        {version.note ? (
          <Text size="xs" c="dimmed">
            {version.note}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {version.mediaType}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(version.sizeBytes)}</Table.Td>
      <Table.Td>{version.uploadedBy.name}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(version.uploadedAt)}</Table.Td>
      <Table.Td>
        <Sha sha256={version.sha256} />
      </Table.Td>
    </Table.Tr>
  );
}

function UploadVersion({ orgId, item }: { orgId: string; item: EvidenceDetail }) {
  const { allowed, role } = usePermission('evidence.upload');
  const upload = useUploadEvidenceFile(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !allowed) return;
    setDone(null);
    setProgress({ loaded: 0, total: file.size });
    upload.mutate(
      { evidenceId: item.id, file, note, onProgress: setProgress },
      {
        onSuccess: (saved) => {
          setFile(null);
          setNote('');
          setDone(`Version ${String(saved.currentVersion)} uploaded.`);
        },
        onSettled: () => setProgress(null),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Upload a new version" noValidate>
      <Stack gap="sm">
        <Title order={3} fz="md">
          Upload a new version
        </Title>
        <FileDrop file={file} onFile={setFile} disabled={!allowed || upload.isPending} label="New version file" />
        <TextInput
          label="What changed"
          description="Optional; shown in the version history."
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          readOnly={!allowed}
        />
        <UploadBar progress={progress} />
        {upload.isError ? <ErrorAlert error={upload.error} title="The file was not uploaded" /> : null}
        {done ? (
          <Text size="sm" c="teal.9" role="status">
            {done}
          </Text>
        ) : null}
        <Group>
          <GuardedButton
            type="submit"
            allowed={allowed}
            reason={whyNotAllowed('evidence.upload', role)}
            disabled={allowed && !file}
            loading={upload.isPending}
          >
            Upload version
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}

/** The file versions of an item, newest first, each downloadable and identified by its SHA-256. */
export function EvidenceVersions({ orgId, item }: { orgId: string; item: EvidenceDetail }) {
  const versions = [...item.versions].sort((a, b) => b.versionNumber - a.versionNumber);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="evidence-versions-title">
      <Stack gap="md">
        <Title order={2} fz="lg" id="evidence-versions-title">
          Versions
        </Title>
        {item.kind === 'link' ? (
          <Text size="sm" c="dimmed">
            A link carries no file: it points to where the document lives
            {item.url ? (
              <>
                {' '}
                (
                <Anchor href={item.url} target="_blank" rel="noreferrer">
                  {item.url}
                </Anchor>
                )
              </>
            ) : null}
            .
          </Text>
        ) : versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No file yet. Upload one below; every later upload is kept as a new version.
          </Text>
        ) : (
          <TableFrame label="File versions" minWidth={860}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>File</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th>Uploaded by</Table.Th>
                  <Table.Th>Uploaded</Table.Th>
                  <Table.Th>SHA-256</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((version) => (
                  <VersionRow key={version.versionNumber} orgId={orgId} item={item} version={version} />
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
        {item.kind === 'link' ? null : <UploadVersion orgId={orgId} item={item} />}
      </Stack>
    </Paper>
  );
}
