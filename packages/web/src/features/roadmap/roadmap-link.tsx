import { Button } from '@mantine/core';
import { Link } from 'react-router';

/** The button of the gap workspace header that opens the assessment's roadmap. */
export function RoadmapLink({ orgId, assessmentId }: { orgId: string; assessmentId: string }) {
  return (
    <Button component={Link} to={`/o/${orgId}/gap-assessments/${assessmentId}/roadmap`} variant="default">
      Roadmap
    </Button>
  );
}
