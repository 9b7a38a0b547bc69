import type { UploadProgress } from '@certa/client';
import { Button, FileButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { formatBytes } from './evidence-labels.ts';

function UploadIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M12 16V4" />
      <path d="M7 9l5-5 5 5" />
      <path d="M4 17v2a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-2" />
    </svg>
  );
}

/**
 * Where a file is dropped or chosen: the whole area takes a dragged file, and the button opens the
 * file chooser for keyboard and touch users. Shows the chosen file's name and size.
 */
export function FileDrop({
  file,
  onFile,
  disabled = false,
  label = 'File',
}: {
  file: File | null;
  onFile: (file: File | null) => void;
  disabled?: boolean;
  label?: string;
}) {
  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent) => {
    if (disabled) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const dropped = event.dataTransfer.files.item(0);
    if (dropped) onFile(dropped);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      role="group"
      aria-label={label}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
        background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Group gap="md" wrap="nowrap">
        <UploadIcon />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          {file ? (
            <>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {file.name}
              </Text>
              <Text size="sm" c="dimmed">
                {formatBytes(file.size)}
              </Text>
            </>
          ) : (
            <Text size="sm">
              Drop a file here, or choose one. Up to 50 MB unless your administrator set another limit.
            </Text>
          )}
        </Stack>
        <FileButton onChange={onFile} disabled={disabled}>
          {(props) => (
            <Button variant="default" disabled={disabled} {...props}>
              {file ? 'Choose another' : 'Choose a file'}
            </Button>
          )}
        </FileButton>
      </Group>
    </Paper>
  );
}

/** How far an upload has gone, as a bar with its percentage in words. */
export function UploadBar({ progress }: { progress: UploadProgress | null }) {
  if (!progress) return null;
  const value = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const label = value >= 100 ? 'Uploaded, checking the file…' : `Uploading… ${String(value)} %`;
  return (
    <Stack gap={4}>
      <Progress value={value} aria-label="Upload progress" size="lg" transitionDuration={150} />
      <Text size="sm" role="status">
        {label}
      </Text>
    </Stack>
  );
}
