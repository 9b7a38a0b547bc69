import { Alert, Box, Button, Code, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`.trim();
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'An unknown error occurred.';
}

/** Replaces a page that failed to render: says what went wrong and offers to reload. */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    document.title = 'Something went wrong · Certa';
  }, []);
  return (
    <Stack gap="md" maw={640} role="alert">
      <Title order={1} fz={28}>
        Something went wrong
      </Title>
      <Alert color="red" variant="light" title="This page could not be displayed">
        <Code block>{describe(error)}</Code>
      </Alert>
      <Text>Reloading often helps. If the problem persists, note the message above for your administrator.</Text>
      <Button onClick={() => window.location.reload()} style={{ alignSelf: 'flex-start' }}>
        Reload
      </Button>
    </Stack>
  );
}

/** The same message when even the application frame failed, inside a main landmark of its own. */
export function StandaloneRouteError() {
  return (
    <Box component="main" p="xl">
      <RouteError />
    </Box>
  );
}
