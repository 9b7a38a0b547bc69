import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { SystemCard } from '../system/system-card.tsx';

/** The landing page: where the ISMS journey will be summarised, and the state of this installation. */
export function DashboardPage() {
  return (
    <>
      <PageHeader
        title="Dashboard"
        summary="Your starting point: where your ISMS stands and what needs your attention."
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1040}>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="journey-title">
          <Stack gap="sm">
            <Title order={2} fz="md" id="journey-title">
              Your ISMS at a glance
            </Title>
            <Text>
              Once you run a gap assessment and an internal audit, this page will show conformity by clause, open
              nonconformities and corrective actions that are due.
            </Text>
            <Text c="dimmed">
              Coming next: the journey timeline, headline scores and a list of what needs attention.
            </Text>
          </Stack>
        </Paper>
        <SystemCard />
      </SimpleGrid>
    </>
  );
}
