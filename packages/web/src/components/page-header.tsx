import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';

/** The h1 of a page, with an optional one-line summary; also names the browser tab. */
export function PageHeader({ title, summary }: { title: string; summary?: string }) {
  useEffect(() => {
    document.title = `${title} · Certa`;
  }, [title]);

  return (
    <Stack gap={4} mb="xl">
      <Title order={1} fz={28}>
        {title}
      </Title>
      {summary ? <Text c="dimmed">{summary}</Text> : null}
    </Stack>
  );
}
