import { AreaIntro } from '../../components/area-intro.tsx';

/** The findings area: nonconformities, observations and the corrective actions that close them. */
export function FindingsPage() {
  return (
    <AreaIntro
      title="Findings & actions"
      purpose="Track nonconformities, observations and opportunities for improvement through to corrective actions that are verified as effective (clause 10.2)."
      source="Findings are usually raised during an internal audit or a management review, then assigned to an owner with a due date."
      comingNext="findings linked to the audit that raised them, root-cause analysis, corrective actions and effectiveness reviews."
    />
  );
}
