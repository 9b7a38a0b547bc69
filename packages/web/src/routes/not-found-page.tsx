import { Anchor, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';

/** Shown for any address Certa does not know, with a way back to the dashboard. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Stack gap={0} maw={640}>
      <PageHeader title="Page not found" />
      <Text mb="md">
        There is no page at <code>{pathname}</code>. The link may be out of date, or the address mistyped.
      </Text>
      <Anchor component={Link} to="/" fw={600}>
        Back to the dashboard
      </Anchor>
    </Stack>
  );
}
