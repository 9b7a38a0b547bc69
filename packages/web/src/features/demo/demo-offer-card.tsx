import { northwindProfile } from '@certa/core';
import { Anchor, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useOrganization } from '../../session/session-context.ts';
import { useGapAssessments } from '../gap-assessments/gap-queries.ts';
import { useDemoStatus, useLoadDemo } from './demo-queries.ts';

/** The card itself: what the demo holds, the button, and a progress bar while it loads. */
function DemoOffer() {
  const navigate = useNavigate();
  const load = useLoadDemo();
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="demo-offer-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="demo-offer-title">
          Explore a demo organisation
        </Title>
        <Text size="sm">
          See Certa with data in it before you enter your own. Northwind Cloud is{' '}
          {northwindProfile.summary.charAt(0).toLowerCase()}
          {northwindProfile.summary.slice(1)}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>an ISO/IEC 27001:2022 gap assessment, about two thirds rated, with scores and gaps</List.Item>
          <List.Item>evidence linked to requirements, some of it past its review date</List.Item>
          <List.Item>a roadmap to certification generated from the gaps</List.Item>
        </List>
        <Text size="xs" c="dimmed">
          It is loaded as a separate organisation labelled “Demo”, with you as owner, and leaves your own organisation
          untouched. Remove it any time from its Settings page.
        </Text>
        {load.isError ? <ErrorAlert error={load.error} title="The demo could not be loaded" /> : null}
        {load.isPending ? (
          <Stack gap={4} role="status" aria-live="polite">
            <Progress value={100} striped animated aria-label="Loading the demo organisation" />
            <Text size="xs" c="dimmed">
              Creating Northwind Cloud: the assessment, its answers, evidence and roadmap…
            </Text>
          </Stack>
        ) : null}
        <Group>
          <Button
            loading={load.isPending}
            onClick={() =>
              load.mutate(undefined, {
                onSuccess: (result) => void navigate(`/o/${result.organization.id}`),
              })
            }
          >
            Load Northwind Cloud (demo)
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * Offers the demo organisation on the dashboard of an organisation that has no assessment yet (as after
 * first-run setup); points to it instead when the caller already has it; shows nothing otherwise.
 */
export function DemoOfferCard() {
  const { membership } = useOrganization();
  const orgId = membership.organization.id;
  const assessments = useGapAssessments(orgId);
  const isEmpty = assessments.data?.length === 0 && !membership.organization.demo;
  const status = useDemoStatus(isEmpty);
  if (!isEmpty || !status.data) return null;
  if (!status.data.exists) return <DemoOffer />;
  const demo = status.data.organization;
  if (!demo) return null;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="demo-open-title">
      <Title order={2} fz="md" id="demo-open-title" mb="xs">
        The demo organisation is loaded
      </Title>
      <Text size="sm">
        <Anchor component={Link} to={`/o/${demo.id}`}>
          Open {demo.name}
        </Anchor>{' '}
        to see an assessment, evidence and a roadmap with data in them.
      </Text>
    </Paper>
  );
}
