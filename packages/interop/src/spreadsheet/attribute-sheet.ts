import {
  controlAttributeTypes,
  normalizeIsoReference,
  parseAttributeCell,
  type ControlAttributeType,
  type ImportedAttributeRow,
  type ImportProblem,
  type ParsedImport,
} from '@certa/core';
import { stringify } from 'csv-stringify/sync';
import { assertImportSize, decodeText, rejectImport } from '../text-formats.ts';
import { isBlankRecord, readCsvRecords } from './csv-records.ts';

/** The attribute CSV's columns other than `id`, and the ISO/IEC 27002 attribute type each holds. */
const attributeColumns = {
  control_type: 'control_type',
  properties: 'security_properties',
  concepts: 'cybersecurity_concepts',
  capabilities: 'operational_capabilities',
  domains: 'security_domains',
} as const satisfies Record<string, ControlAttributeType>;

type AttributeColumn = keyof typeof attributeColumns;

/** The header of the attribute CSV, in the order the template writes it. */
export const attributeCsvColumns = ['id', ...(Object.keys(attributeColumns) as AttributeColumn[])] as const;

/** The reference a row names: an ISO/IEC 27001 Annex A control normalised (`5.1` → `A.5.1`), else as written. */
function rowReference(id: string): { refId: string } | { problem: string } {
  const normalised = normalizeIsoReference(id, 'annex_a');
  if (normalised) return { refId: normalised };
  // `A.` claims an Annex A control: one the catalogue lacks is a typo, not another framework's reference.
  if (/^a\.?\s*\d/i.test(id))
    return { problem: `id "${id}" is not an ISO/IEC 27001:2022 Annex A control (A.5.1 to A.8.34)` };
  return { refId: id };
}

/**
 * Reads an ISO/IEC 27002 attribute CSV (`id,control_type,properties,concepts,capabilities,domains`):
 * one row of attribute values per control, every word checked against the allowed values.
 */
export function parseAttributeCsv(bytes: Uint8Array, fileName: string): ParsedImport {
  assertImportSize(bytes, fileName);
  const records = readCsvRecords(decodeText(bytes, fileName), fileName).filter(({ cells }) => !isBlankRecord(cells));
  const [header, ...rows] = records;
  const expected = attributeCsvColumns.join(',');
  if (!header) return rejectImport(fileName, [{ location: fileName, message: `No header row: expected ${expected}` }]);
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const sameColumns =
    names.length === attributeCsvColumns.length &&
    attributeCsvColumns.every((column) => names.filter((name) => name === column).length === 1);
  if (!sameColumns)
    rejectImport(fileName, [
      {
        location: `${fileName}: line ${header.line}`,
        message: `the header must be exactly the columns ${expected} (any order); found ${names.join(',')}`,
      },
    ]);
  const indexOf = (column: string): number => names.indexOf(column);

  const problems: ImportProblem[] = [];
  const firstLine = new Map<string, number>();
  const output: ImportedAttributeRow[] = [];
  for (const { line, cells } of rows) {
    const location = `${fileName}: line ${line}`;
    const id = (cells[indexOf('id')] ?? '').trim();
    const reference = id === '' ? { problem: 'id is empty' } : rowReference(id);
    if ('problem' in reference) {
      problems.push({ location, message: reference.problem });
      continue;
    }
    const earlier = firstLine.get(reference.refId);
    if (earlier !== undefined)
      problems.push({ location, message: `id "${reference.refId}" is already given on line ${earlier}` });
    else firstLine.set(reference.refId, line);

    const attributes: Record<string, string[]> = {};
    for (const [column, type] of Object.entries(attributeColumns) as [AttributeColumn, ControlAttributeType][]) {
      const { values, unknown } = parseAttributeCell(type, cells[indexOf(column)] ?? '');
      if (unknown.length > 0)
        problems.push({
          location: `${location}, column ${column}`,
          message: `unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((word) => `"${word}"`).join(', ')}; allowed: ${controlAttributeTypes[type].join(', ')}`,
        });
      if (values.length > 0) attributes[type] = values;
    }
    output.push({ refId: reference.refId, line, attributes });
  }
  if (problems.length > 0) rejectImport(fileName, problems);
  return { kind: 'attributes', format: 'attributes', rows: output };
}

/** An attribute CSV template: the header and two rows with illustrative values under ids that are plainly examples. */
export function attributeTemplateCsv(): string {
  return stringify([
    [...attributeCsvColumns],
    [
      'example-control-1',
      '#Preventive',
      '#Confidentiality #Integrity',
      '#Protect',
      '#Identity_and_access_management',
      '#Protection',
    ],
    ['example-control-2', '#Detective #Corrective', '#Availability', '#Detect #Respond', '#Continuity', '#Resilience'],
  ]);
}
