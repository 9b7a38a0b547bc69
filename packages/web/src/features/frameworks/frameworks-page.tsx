import { AreaIntro } from '../../components/area-intro.tsx';

/** The frameworks area: the catalogues of requirements and controls an organisation assesses against. */
export function FrameworksPage() {
  return (
    <AreaIntro
      title="Frameworks"
      purpose="The catalogues you assess against: ISO/IEC 27001:2022 clauses 4 to 10 and the 93 Annex A controls, with guidance for each requirement."
      source="Assessments start from a catalogue: ISO/IEC 27001:2022 first, and later others such as NIST or your own control set, imported from OSCAL or a spreadsheet."
      comingNext="browse the catalogue requirement by requirement, read the guidance and auditor questions, and import further frameworks."
    />
  );
}
