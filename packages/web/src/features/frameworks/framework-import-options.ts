import { ApiError, type FrameworkImportFormat, type FrameworkImportReport, type ImportProblem } from '@certa/client';

/** What the format select offers: automatic detection, then each format Certa reads. */
export type ImportFormatChoice = 'auto' | FrameworkImportFormat;

/** The choices of the format select, in words. */
export const importFormatOptions: { value: ImportFormatChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic (recognise the file)' },
  { value: 'oscal', label: 'OSCAL catalog or profile' },
  { value: 'ciso-assistant', label: 'CISO Assistant library' },
  { value: 'csv', label: 'CSV spreadsheet' },
  { value: 'xlsx', label: 'XLSX workbook' },
  { value: 'attributes', label: 'ISO/IEC 27002 attributes' },
];

/** The file types the file picker offers. */
export const importAccept = '.json,.yaml,.yml,.xml,.csv,.xlsx';

const formatLabels: Record<string, string> = {
  oscal: 'OSCAL',
  'ciso-assistant': 'CISO Assistant',
  csv: 'CSV',
  xlsx: 'XLSX',
  attributes: 'ISO/IEC 27002 attributes',
};

/** A stored source format in words (`ciso-assistant` → `CISO Assistant`); unknown ones as they are. */
export function formatLabel(format: string): string {
  return formatLabels[format] ?? format;
}

function isProblem(value: unknown): value is ImportProblem {
  if (value === null || typeof value !== 'object') return false;
  const { location, message } = value as Record<string, unknown>;
  return typeof location === 'string' && typeof message === 'string';
}

/** Every problem the server found in a refused file (`details.problems`), empty for any other error. */
export function importProblemsOf(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details;
  if (details === null || typeof details !== 'object') return [];
  const problems = (details as { problems?: unknown }).problems;
  return Array.isArray(problems) ? problems.filter(isProblem) : [];
}

/** Whether an import report would write anything: a new framework, mapping set or attribute values. */
export function reportHasChanges(report: FrameworkImportReport): boolean {
  return (
    report.frameworks.some((framework) => framework.status === 'new') ||
    report.mappingSets.some((set) => set.status === 'new') ||
    (report.attributes !== null && report.attributes.valueCount > 0)
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One sentence on what an import creates (or would create): "1 new framework with 388 requirements". */
export function describeReport(report: FrameworkImportReport): string {
  const parts: string[] = [];
  const fresh = report.frameworks.filter((framework) => framework.status === 'new');
  const known = report.frameworks.length - fresh.length;
  if (fresh.length > 0) {
    const requirements = fresh.reduce((sum, framework) => sum + framework.requirementCount, 0);
    parts.push(
      `${plural(fresh.length, 'new framework', 'new frameworks')} with ${plural(requirements, 'requirement', 'requirements')}`,
    );
  }
  if (known > 0) parts.push(`${plural(known, 'framework', 'frameworks')} already in the library`);
  const sets = report.mappingSets.filter((set) => set.status === 'new');
  if (sets.length > 0) {
    const mappings = sets.reduce((sum, set) => sum + set.count, 0);
    parts.push(`${plural(sets.length, 'mapping set', 'mapping sets')} with ${plural(mappings, 'mapping', 'mappings')}`);
  }
  const knownSets = report.mappingSets.length - sets.length;
  if (knownSets > 0) parts.push(`${plural(knownSets, 'mapping set', 'mapping sets')} already in the library`);
  if (report.attributes) {
    parts.push(
      `${plural(report.attributes.valueCount, 'attribute value', 'attribute values')} on ${plural(report.attributes.requirementCount, 'requirement', 'requirements')}`,
    );
  }
  if (parts.length === 0) return 'Nothing to import.';
  const sentence = parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
