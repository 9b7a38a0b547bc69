import { AreaIntro } from '../../components/area-intro.tsx';

/** The gap assessments area: measuring the current state of the ISMS against a framework. */
export function GapAssessmentsPage() {
  return (
    <AreaIntro
      title="Gap assessments"
      purpose="Measure where your ISMS stands today against each requirement, with status, maturity and the evidence behind every answer."
      source="An assessment is usually started from a framework, or copied from your last assessment so that you only record what changed."
      comingNext="a keyboard-friendly assessment workspace, conformity scores by clause and theme, and a roadmap built from the gaps you find."
    />
  );
}
