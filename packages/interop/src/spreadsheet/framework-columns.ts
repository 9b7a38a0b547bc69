/** Columns of the framework spreadsheet that import reads, in the order exports write them. */
export const frameworkSheetColumns = [
  'ref_id',
  'parent_ref_id',
  'title',
  'kind',
  'assessable',
  'description',
  'guidance',
  'typical_evidence',
  'objectives',
  'attributes',
  'withdrawn',
] as const;

/** One importable column of the framework spreadsheet. */
export type FrameworkSheetColumn = (typeof frameworkSheetColumns)[number];

/** Columns an export of a framework with Certa guidance adds; import reads past them. */
export const exportOnlyColumns = [
  'meaning',
  'auditor_questions',
  'common_gaps',
  'documented_information_required',
] as const;

/** Columns every framework spreadsheet must have. */
export const requiredColumns: readonly FrameworkSheetColumn[] = ['ref_id', 'title'];

/** One line per column, for the template's Help sheet. */
export const columnHelp: Record<FrameworkSheetColumn | (typeof exportOnlyColumns)[number], string> = {
  ref_id: 'Required. The reference of the requirement, unique in the file (for example POL-2.1).',
  parent_ref_id: 'The ref_id of the parent row; leave empty at the top level. A parent may come later in the file.',
  title: 'Required. A short title.',
  kind: 'heading, clause_requirement or control. Default: control when assessable, else heading.',
  assessable:
    'yes or no (also true/false, 1/0): whether the requirement is assessed. Default: no for a heading, else yes.',
  description: 'The requirement statement.',
  guidance: 'How to meet the requirement, in your own words.',
  typical_evidence: 'Documents and records that usually show the requirement is met.',
  objectives: 'Questions or assessment objectives, one per line.',
  attributes: 'key=value pairs separated by semicolons (owner=IT; owner=HR); write \\; for a semicolon in a value.',
  withdrawn: 'yes when the requirement is withdrawn; default no.',
  meaning: 'Export only (Certa guidance): what the requirement means in practice. Ignored on import.',
  auditor_questions: 'Export only (Certa guidance): questions an internal auditor asks. Ignored on import.',
  common_gaps: 'Export only (Certa guidance): gaps auditors often find. Ignored on import.',
  documented_information_required:
    'Export only (Certa guidance): documented information the standard requires. Ignored on import.',
};

/** Framework metadata keys of the CSV preamble and the XLSX `Framework` sheet. */
export const metadataKeys = ['name', 'version', 'publisher', 'licence', 'description'] as const;

/** Framework metadata as written in a spreadsheet. */
export type SheetMetadata = Partial<Record<(typeof metadataKeys)[number], string>>;

/** Reads a metadata key, accepting the American spelling `license`. */
export function metadataKey(raw: string): (typeof metadataKeys)[number] | undefined {
  const key = raw.trim().toLowerCase();
  const spelled = key === 'license' ? 'licence' : key;
  return (metadataKeys as readonly string[]).includes(spelled) ? (spelled as (typeof metadataKeys)[number]) : undefined;
}

/** Reads yes/no, true/false, 1/0 (any case); undefined when the text is none of them. */
export function parseYesNo(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(word)) return true;
  if (['no', 'n', 'false', '0'].includes(word)) return false;
  return undefined;
}

/** Writes attributes as `key=value; key=value2`, escaping `\`, `;` and `=` with a backslash. */
export function formatAttributes(attributes: Record<string, readonly string[]>): string {
  const escape = (part: string): string => part.replace(/[\\;=]/g, (char) => `\\${char}`);
  return Object.entries(attributes)
    .flatMap(([key, values]) => values.map((value) => `${escape(key)}=${escape(value)}`))
    .join('; ');
}

/** Reads `key=value; key=value2` (repeated keys collect values); returns the pairs or what was wrong. */
export function parseAttributes(cell: string): { attributes: Record<string, string[]> } | { problem: string } {
  const attributes: Record<string, string[]> = {};
  const pairs: string[][] = [];
  let current = [''];
  for (let index = 0; index < cell.length; index += 1) {
    const char = cell[index] as string;
    if (char === '\\' && index + 1 < cell.length) {
      index += 1;
      current[current.length - 1] += cell[index] as string;
    } else if (char === ';') {
      pairs.push(current);
      current = [''];
    } else if (char === '=' && current.length === 1) current.push('');
    else current[current.length - 1] += char;
  }
  pairs.push(current);
  for (const pair of pairs) {
    const [rawKey = '', rawValue] = pair;
    const key = rawKey.trim();
    if (key === '' && rawValue === undefined) continue;
    if (rawValue === undefined || key === '')
      return {
        problem: `attributes: "${pair.join('=').trim()}" is not key=value (write pairs like owner=IT; owner=HR)`,
      };
    (attributes[key] ??= []).push(rawValue.trim());
  }
  return { attributes };
}
