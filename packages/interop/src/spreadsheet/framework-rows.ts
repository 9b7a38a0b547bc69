import {
  checkImportedTree,
  requirementKinds,
  slugify,
  type ImportedFramework,
  type ImportedRequirement,
  type ImportProblem,
  type ParsedImport,
  type RequirementKind,
} from '@certa/core';
import { rejectImport } from '../text-formats.ts';
import {
  exportOnlyColumns,
  frameworkSheetColumns,
  parseAttributes,
  parseYesNo,
  requiredColumns,
  type FrameworkSheetColumn,
  type SheetMetadata,
} from './framework-columns.ts';
import { orderParentsFirst } from './tree-order.ts';

/** One data row of a framework sheet, with where it is (`line 7`, `sheet Requirements, row 7`). */
export interface SheetRow {
  where: string;
  cells: readonly string[];
}

/** A framework sheet as read from CSV or XLSX, before its rows are checked. */
export interface FrameworkSheet {
  fileName: string;
  format: 'csv' | 'xlsx';
  metadata: SheetMetadata;
  headerWhere: string;
  header: readonly string[];
  rows: readonly SheetRow[];
}

/** A header cell as a column name: case-insensitive, spaces and hyphens read as underscores. */
function columnName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Maps each known column to its index, or returns the header's problems. */
function readHeader(sheet: FrameworkSheet): { columns: Map<FrameworkSheetColumn, number>; problems: ImportProblem[] } {
  const location = `${sheet.fileName}: ${sheet.headerWhere}`;
  const columns = new Map<FrameworkSheetColumn, number>();
  const problems: ImportProblem[] = [];
  const known = frameworkSheetColumns.join(', ');
  sheet.header.forEach((cell, index) => {
    const name = columnName(cell);
    if (name === '' || (exportOnlyColumns as readonly string[]).includes(name)) return;
    if (!(frameworkSheetColumns as readonly string[]).includes(name))
      problems.push({ location, message: `unknown column "${cell.trim()}"; the known columns are ${known}` });
    else if (columns.has(name as FrameworkSheetColumn))
      problems.push({ location, message: `column "${name}" appears twice` });
    else columns.set(name as FrameworkSheetColumn, index);
  });
  for (const required of requiredColumns)
    if (!columns.has(required)) problems.push({ location, message: `missing required column "${required}"` });
  return { columns, problems };
}

/** Reads one row into a requirement, pushing what is wrong with it. */
function readRow(
  row: SheetRow,
  columns: Map<FrameworkSheetColumn, number>,
  problem: (message: string) => void,
): ImportedRequirement {
  const cell = (column: FrameworkSheetColumn): string => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  const optional = (column: FrameworkSheetColumn): string | null => (cell(column) === '' ? null : cell(column));
  const refId = cell('ref_id');
  const title = cell('title');
  if (refId === '') problem('ref_id is empty');
  if (title === '') problem('title is empty');

  const kindText = cell('kind')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const kindGiven = (requirementKinds as readonly string[]).includes(kindText) ? (kindText as RequirementKind) : null;
  if (kindText !== '' && kindGiven === null)
    problem(`kind "${cell('kind')}" is not one of ${requirementKinds.join(', ')}`);
  const assessableGiven = cell('assessable') === '' ? null : (parseYesNo(cell('assessable')) ?? null);
  if (cell('assessable') !== '' && assessableGiven === null)
    problem(`assessable "${cell('assessable')}" is not yes or no`);
  const assessable = assessableGiven ?? (kindGiven ? kindGiven !== 'heading' : true);
  const kind = kindGiven ?? (assessable ? 'control' : 'heading');
  if (kind === 'heading' && assessable)
    problem('a heading cannot be assessable: set kind to control or clause_requirement, or assessable to no');
  const withdrawn = cell('withdrawn') === '' ? false : parseYesNo(cell('withdrawn'));
  if (withdrawn === undefined) problem(`withdrawn "${cell('withdrawn')}" is not yes or no`);
  const attributes = parseAttributes(cell('attributes'));
  if ('problem' in attributes) problem(attributes.problem);

  return {
    key: refId,
    parentKey: optional('parent_ref_id'),
    refId,
    title,
    kind,
    assessable,
    description: optional('description'),
    guidance: optional('guidance'),
    objectives: optional('objectives'),
    typicalEvidence: optional('typical_evidence'),
    withdrawn: withdrawn ?? false,
    attributes: 'attributes' in attributes ? attributes.attributes : {},
    parameters: [],
  };
}

/**
 * Turns a framework sheet (header, rows, metadata) into a parsed import, parents ordered before
 * children; refuses the file with every problem, each naming its line or row.
 */
export function frameworkFromSheet(sheet: FrameworkSheet): ParsedImport {
  const { fileName } = sheet;
  const header = readHeader(sheet);
  if (header.problems.length > 0) rejectImport(fileName, header.problems);
  const problems: ImportProblem[] = [];
  const firstSeen = new Map<string, string>();
  const read = sheet.rows.map((row) => {
    const problem = (message: string): void => void problems.push({ location: `${fileName}: ${row.where}`, message });
    const requirement = readRow(row, header.columns, problem);
    const earlier = firstSeen.get(requirement.key);
    if (earlier !== undefined && requirement.key !== '')
      problem(`ref_id "${requirement.key}" is already used (${earlier})`);
    else firstSeen.set(requirement.key, row.where);
    return { requirement, where: row.where };
  });
  const tree = orderParentsFirst(read.map(({ requirement }) => requirement));
  const at = (index: number): { requirement: ImportedRequirement; where: string } =>
    read[index] as { requirement: ImportedRequirement; where: string };
  for (const index of tree.unknownParent)
    problems.push({
      location: `${fileName}: ${at(index).where}`,
      message: `parent "${at(index).requirement.parentKey ?? ''}" is not defined`,
    });
  for (const index of tree.inCycle)
    problems.push({
      location: `${fileName}: ${at(index).where}`,
      message: `parent "${at(index).requirement.parentKey ?? ''}" makes a cycle: the row would be its own ancestor`,
    });
  const { metadata } = sheet;
  const name = metadata.name ?? (fileName.replace(/\.[^./\\]+$/, '') || fileName);
  const framework: ImportedFramework = {
    key: fileName,
    slug: slugify(name),
    version: metadata.version ?? '1',
    name,
    publisher: metadata.publisher ?? 'Unknown',
    licenceNote: metadata.licence ?? '',
    description: metadata.description ?? null,
    requirements: tree.order.map((index) => at(index).requirement),
  };
  if (problems.length === 0) problems.push(...checkImportedTree(framework, fileName));
  if (problems.length > 0) rejectImport(fileName, problems);
  return { kind: 'frameworks', format: sheet.format, frameworks: [framework], mappings: [] };
}
