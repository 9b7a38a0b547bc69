import { Alert, Box, Button, Skeleton, Stack, Text } from '@mantine/core';
import { describeError } from '../lib/describe-error.ts';
import { usePageTitle } from './page-header.tsx';

/** While Certa finds out who is signed in: the shape of the app frame, without a spinner. */
export function FullPageLoading() {
  return (
    <Box component="main" p="xl" aria-busy="true" aria-label="Loading Certa">
      <Stack gap="md" maw={720}>
        <Skeleton height={28} width="40%" />
        <Skeleton height={14} width="75%" />
        <Skeleton height={14} width="60%" />
      </Stack>
    </Box>
  );
}

/** When the server cannot be asked who is signed in. */
export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  usePageTitle('Cannot reach Certa');
  return (
    <Box component="main" p="xl" maw={640}>
      <Alert color="red" variant="light" title="Certa cannot reach its server" role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{describeError(error)}</Text>
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </Stack>
      </Alert>
    </Box>
  );
}
