import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { PageHeader } from './page-header.tsx';

interface AreaIntroProps {
  /** The page title (h1). */
  title: string;
  /** One sentence: what this area is for. */
  purpose: string;
  /** What the first release of this area will let the user do. */
  comingNext: string;
  /** Where the data of this area usually comes from. */
  source: string;
}

function CompassIcon() {
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
      <circle cx="12" cy="12" r="9" />
      <path d="M15.5 8.5l-2 5-5 2 2-5z" />
    </svg>
  );
}

/** An empty state that teaches: what an area is for, where its data comes from and what arrives next. */
export function AreaIntro({ title, purpose, comingNext, source }: AreaIntroProps) {
  return (
    <>
      <PageHeader title={title} summary={purpose} />
      <Paper withBorder radius="lg" p="xl" maw={720}>
        <Stack gap="sm" align="flex-start">
          <ThemeIcon variant="light" size={44} radius="xl">
            <CompassIcon />
          </ThemeIcon>
          <Title order={2} fz="lg">
            Nothing here yet
          </Title>
          <Text>{source}</Text>
          <Text c="dimmed">Coming next: {comingNext}</Text>
        </Stack>
      </Paper>
    </>
  );
}
