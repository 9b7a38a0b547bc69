import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from './color-scheme-toggle.tsx';
import { Logo } from './logo.tsx';
import { usePageTitle } from './page-header.tsx';

interface AuthLayoutProps {
  /** The h1 of the page, also the browser tab title. */
  title: string;
  /** One line under the title. */
  summary?: ReactNode;
  children: ReactNode;
  width?: number;
}

/** The frame of the pages before sign-in (setup, sign-in, invitations): one calm card in the middle. */
export function AuthLayout({ title, summary, children, width = 460 }: AuthLayoutProps) {
  usePageTitle(title);
  return (
    <Box mih="100vh" bg="var(--mantine-color-default-hover)">
      <Group component="header" justify="space-between" px="xl" py="md">
        <Group gap={10} wrap="nowrap">
          <Logo />
          <Text component="span" fw={700} size="lg">
            Certa
          </Text>
        </Group>
        <ColorSchemeToggle />
      </Group>
      <Box component="main" id="main-content" px="md" pt={24} pb={64}>
        <Paper withBorder shadow="xs" radius="lg" p={32} maw={width} mx="auto">
          <Stack gap={4} mb="lg">
            <Title order={1} fz={24}>
              {title}
            </Title>
            {summary ? <Text c="dimmed">{summary}</Text> : null}
          </Stack>
          {children}
        </Paper>
      </Box>
    </Box>
  );
}
