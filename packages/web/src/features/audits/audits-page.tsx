import { AreaIntro } from '../../components/area-intro.tsx';

/** The audits area: the internal audit programme and the audits carried out within it. */
export function AuditsPage() {
  return (
    <AreaIntro
      title="Audits"
      purpose="Plan and run the internal audit programme required by clause 9.2: scope, criteria, auditors and the checklist used in each interview."
      source="Audits are usually planned from the internal audit programme, so that every clause and process is covered over the audit cycle."
      comingNext="an audit programme with coverage by clause, audit plans, and a checklist to record observations while you interview."
    />
  );
}
