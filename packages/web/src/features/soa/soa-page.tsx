import { AreaIntro } from '../../components/area-intro.tsx';

/** The Statement of Applicability: the applicable Annex A controls and the reasons for each decision. */
export function SoaPage() {
  return (
    <AreaIntro
      title="Statement of Applicability"
      purpose="Record which Annex A controls apply to your organisation, why each is included or excluded, and how far it is implemented."
      source="The Statement of Applicability is derived from your risk treatment decisions and the ISO/IEC 27001:2022 Annex A catalogue."
      comingNext="a Statement of Applicability generated from risk treatment, with justifications and a downloadable document for the certification auditor."
    />
  );
}
