import { AreaIntro } from '../../components/area-intro.tsx';

/** The evidence library: documented information and records that demonstrate conformity. */
export function EvidencePage() {
  return (
    <AreaIntro
      title="Evidence"
      purpose="Keep the documented information and records that show each requirement and control is met, in one place you can cite."
      source="Evidence is usually uploaded while assessing or auditing, or linked from where the document already lives."
      comingNext="an evidence library with owners and review dates, linked to the requirements, controls and findings it supports."
    />
  );
}
