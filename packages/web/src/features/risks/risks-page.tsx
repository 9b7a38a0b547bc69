import { AreaIntro } from '../../components/area-intro.tsx';

/** The risk register: information security risks, their analysis and their treatment. */
export function RisksPage() {
  return (
    <AreaIntro
      title="Risk register"
      purpose="Identify, analyse and treat information security risks, following clauses 6.1.2 and 6.1.3 of ISO/IEC 27001:2022."
      source="Risks are typically entered during a risk workshop or imported from an existing register kept in a spreadsheet."
      comingNext="risk entries with owners, inherent and residual ratings, treatment plans and heat maps."
    />
  );
}
