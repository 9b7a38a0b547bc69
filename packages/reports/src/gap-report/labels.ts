import type { ConformityStatus, DocumentationFinding, Effort, GapReport, Priority, RoadmapPhase } from '@certa/core';

/** How each conformity status reads in a report. */
export const statusLabels: Readonly<Record<ConformityStatus, string>> = {
  not_assessed: 'Not assessed',
  not_implemented: 'Not implemented',
  partially_implemented: 'Partially implemented',
  implemented: 'Implemented',
  not_applicable: 'Not applicable',
};

/** How each state of documented information reads in a report. */
export const documentationLabels: Readonly<Record<DocumentationFinding, string>> = {
  missing: 'missing',
  draft: 'draft',
  approved: 'approved',
  not_recorded: 'not recorded',
};

/** How each priority reads in a report. */
export const priorityLabels: Readonly<Record<Priority, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

/** How each roadmap phase reads in a report. */
export const phaseLabels: Readonly<Record<RoadmapPhase, string>> = {
  foundations: 'ISMS foundations',
  risk: 'Risk assessment and treatment',
  controls: 'Annex A controls',
  readiness: 'Certification readiness',
};

/** How each effort size reads in a report. */
export const effortLabels: Readonly<Record<Effort, string>> = {
  S: 'S (about 1 week)',
  M: 'M (about 2 weeks)',
  L: 'L (about 4 weeks)',
  XL: 'XL (about 8 weeks)',
};

/** The colour of each status in every chart and table, as UX.md's single status palette says (hex, no `#`). */
export const statusColours: Readonly<Record<ConformityStatus, string>> = {
  implemented: '2E7D32',
  partially_implemented: 'E0A100',
  not_implemented: 'C62828',
  not_applicable: '9E9E9E',
  not_assessed: 'FFFFFF',
};

/** The report's accent colour (headings, bars), hex without `#`. */
export const accentColour = '1F4E79';

/** What an empty value shows. */
export const dash = '—';

/** A percentage with its sign, or a dash when there is nothing to compute. */
export function percent(value: number | null): string {
  return value === null ? dash : `${value}%`;
}

/**
 * Current and target maturity, or a dash when neither is known. The PDF's Roboto has no arrow, so the
 * documents write `2 / 3`; the Markdown keeps `2 → 3`.
 */
export function maturityPair(current: number | null, target: number | null, separator = ' / '): string {
  return current === null && target === null ? dash : `${current ?? dash}${separator}${target ?? dash}`;
}

/** The gap found and the recommendation, one per line, or a dash when neither was recorded. */
export function gapAndRecommendation(gap: string | null, recommendation: string | null): string {
  const lines = [gap, recommendation ? `Recommendation: ${recommendation}` : null].filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : dash;
}

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** An ISO date as a reader expects it on a cover page (`15 January 2026`); other text is left as it is. */
export function readableDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  const valid = Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === isoDate;
  return valid ? longDate.format(time) : isoDate;
}

/** A count with its noun, in the singular when it is one. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Finds the group (clause, Annex A theme or top-level heading) of any assessable requirement of a report:
 * from its gap where it has one, from the reference for ISO/IEC 27001, else the longest group key that
 * prefixes the reference; an empty string when none fits.
 */
export function requirementGroups(report: GapReport): (refId: string) => string {
  const fromGaps = new Map(report.gaps.map((gap) => [gap.refId, gap.group ?? '']));
  const keys = Object.keys(report.scores.byGroup).sort((a, b) => b.length - a.length);
  return (refId) => {
    const known = fromGaps.get(refId);
    if (known !== undefined) return known;
    if (report.layout === 'iso27001') {
      const parts = refId.split('.');
      return parts[0] === 'A' ? parts.slice(0, 2).join('.') : (parts[0] ?? '');
    }
    return keys.find((key) => refId.startsWith(key) && !/^[\p{L}\p{N}]/u.test(refId.slice(key.length))) ?? '';
  };
}

/** A file-name-safe slug of the organisation, for `<org>-gap-assessment-<date>.<ext>` names. */
export function gapReportFileName(report: GapReport, extension: string): string {
  const org = report.organization
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${org || 'organisation'}-gap-assessment-${report.date}.${extension}`;
}
