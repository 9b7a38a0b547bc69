import { frameworkSheetColumns } from './framework-columns.ts';
import { writeFrameworkCsv, writeFrameworkXlsx, type FrameworkSheetContent } from './framework-export.ts';

/** A made-up internal policy, written for the template, that shows every kind of row. */
const exampleRows: Record<string, string>[] = [
  {
    ref_id: 'POL-1',
    title: 'Access to systems',
    kind: 'heading',
    assessable: 'no',
    description: 'Rules on who may use which company system.',
  },
  {
    ref_id: 'POL-1.1',
    parent_ref_id: 'POL-1',
    title: 'Named accounts only',
    kind: 'control',
    assessable: 'yes',
    description: 'Every person signs in with an account in their own name; shared accounts are not allowed.',
    guidance: 'Service accounts are allowed when a named owner is recorded for each of them.',
    typical_evidence: 'Account list exported from the directory, with an owner for every service account',
    objectives: 'Are there accounts nobody can name an owner for?\nAre any accounts shared by several people?',
    attributes: 'owner=IT; owner=HR; review=yearly',
  },
  {
    ref_id: 'POL-1.2',
    parent_ref_id: 'POL-1',
    title: 'Quarterly access review',
    kind: 'control',
    assessable: 'yes',
    description: 'Each team lead confirms, every quarter, the access rights of the people in their team.',
    typical_evidence: 'Signed review record for each team and quarter',
    attributes: 'owner=IT',
  },
  {
    ref_id: 'POL-2',
    title: 'Yearly policy review',
    kind: 'clause_requirement',
    assessable: 'yes',
    description: 'Management reviews this policy at least once a year and records any change it decides.',
    typical_evidence: 'Minutes of the management meeting that reviewed the policy',
  },
];

function templateContent(): FrameworkSheetContent {
  const columns = frameworkSheetColumns.filter((column) => column !== 'withdrawn');
  return {
    metadata: [
      ['name', 'Example Ltd information security policy'],
      ['version', '2025.1'],
      ['publisher', 'Example Ltd'],
      ['licence', 'Internal use only'],
      ['description', 'A made-up policy showing the format: replace these rows with your own.'],
    ],
    columns,
    rows: exampleRows.map((row) => columns.map((column) => row[column] ?? '')),
  };
}

/** A framework CSV template: the metadata preamble, the header and four example rows. */
export function frameworkTemplateCsv(): string {
  return writeFrameworkCsv(templateContent());
}

/** A framework XLSX template: Framework, Requirements (four example rows) and a Help sheet explaining each column. */
export async function frameworkTemplateXlsx(): Promise<Uint8Array> {
  return writeFrameworkXlsx(templateContent(), true);
}
