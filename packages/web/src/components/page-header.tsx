import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/** Names the browser tab after the page. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Certa`;
  }, [title]);
}

/** The h1 of a page, with an optional one-line summary and actions on the right; also names the tab. */
export function PageHeader({ title, summary, actions }: { title: string; summary?: string; actions?: ReactNode }) {
  usePageTitle(title);

  return (
    <Group justify="space-between" align="flex-start" mb="xl" gap="md">
      <Stack gap={4} maw={760} style={{ flex: '1 1 420px' }}>
        <Title order={1} fz={28}>
          {title}
        </Title>
        {summary ? <Text c="dimmed">{summary}</Text> : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
