import { maturityGap, type ConformityStatus, type GapReport, type GapReportRequirement } from '@certa/core';
import {
  counted,
  dash,
  documentationLabels,
  gapAndRecommendation,
  maturityPair,
  phaseLabels,
  priorityLabels,
  requirementGroups,
  statusLabels,
} from './labels.ts';

/** How many gaps the report lists in full under "Top gaps"; the appendix lists every requirement. */
export const topGapCount = 15;

/** The header of the top gaps table. */
export const topGapHeader = [
  'Ref',
  'Requirement',
  'Status',
  'Priority',
  'Maturity now / target',
  'Effort',
  'Owner',
  'Gap and recommendation',
];

/** The top gaps, as text cells in the order of `topGapHeader`. */
export function topGapRows(report: GapReport): string[][] {
  return report.gaps
    .slice(0, topGapCount)
    .map((gap) => [
      gap.refId,
      gap.title,
      statusLabels[gap.status],
      gap.priority ? priorityLabels[gap.priority] : dash,
      maturityPair(gap.maturity.current, gap.maturity.target),
      gap.effort ?? dash,
      gap.owner ?? dash,
      gapAndRecommendation(gap.gap, gap.recommendation),
    ]);
}

/** How the roadmap's dates fit, in one or two sentences. */
export function roadmapTiming(report: GapReport): string {
  const schedule = report.schedule;
  if (!schedule) return 'No target certification date was given, so the work packages have no dates.';
  if (!schedule.fits)
    return `The work needs ${schedule.weeksNeeded} weeks but only ${schedule.weeksAvailable} remain before ${schedule.targetCertificationDate}: move the target date, add people or reduce the effort.`;
  return `Laid out backwards from the target date ${schedule.targetCertificationDate} (stage 1 audit ${schedule.stage1AuditDate}): the work needs ${schedule.weeksNeeded} weeks and must start by ${schedule.latestStart}; ${counted(schedule.slackWeeks, 'week')} to spare.`;
}

/** The header of the roadmap table. */
export const roadmapHeader = [
  'ID',
  'Phase',
  'Work package and why it sits here',
  'Closes',
  'Effort',
  'Owner',
  'Start',
  'Due',
];

/** One roadmap item as title, rationale and the other cells of `roadmapHeader`. */
export interface RoadmapRow {
  id: string;
  phase: string;
  title: string;
  rationale: string;
  closes: string;
  effort: string;
  owner: string;
  start: string;
  due: string;
}

/** The roadmap's rows. */
export function roadmapRows(report: GapReport): RoadmapRow[] {
  return report.roadmap.map((item) => ({
    id: item.id,
    phase: phaseLabels[item.phase],
    title: item.title,
    rationale: item.rationale,
    closes: item.refIds.join(', ') || dash,
    effort: item.effort ?? dash,
    owner: item.owner ?? dash,
    start: item.start ?? dash,
    due: item.due ?? dash,
  }));
}

/** The header of the appendix table. */
export const appendixHeader = [
  'Ref',
  'Requirement',
  'Status',
  'Maturity now / target',
  'Documented information',
  'Priority',
  'Gap and recommendation',
];

/** One appendix row: the requirement's status and its cells in the order of `appendixHeader`. */
export interface AppendixRow {
  status: ConformityStatus;
  cells: string[];
}

/** The requirements of one clause, theme or top-level group, titled. */
export interface AppendixGroup {
  key: string;
  title: string;
  rows: AppendixRow[];
}

function appendixRow(row: GapReportRequirement): AppendixRow {
  const gap = maturityGap(row.maturity, row.target);
  const text =
    row.status === 'not_applicable'
      ? `Excluded: ${row.justification ?? dash}`
      : gapAndRecommendation(row.gap, row.recommendation);
  return {
    status: row.status,
    cells: [
      row.refId,
      row.title,
      statusLabels[row.status],
      `${maturityPair(row.maturity, row.target)}${gap ? ` (gap ${gap})` : ''}`,
      row.documentation ? documentationLabels[row.documentation] : dash,
      row.priority ? priorityLabels[row.priority] : dash,
      text,
    ],
  };
}

/** Every assessable requirement in reading order, grouped by clause and theme (or top-level group). */
export function appendixGroups(report: GapReport): AppendixGroup[] {
  const groupOf = requirementGroups(report);
  const groups: AppendixGroup[] = [];
  for (const requirement of report.requirements) {
    const key = groupOf(requirement.refId);
    let group = groups.at(-1);
    if (group?.key !== key) {
      const title = report.groupTitles[key];
      const label = report.layout === 'iso27001' && !key.startsWith('A') ? `Clause ${key}` : key;
      group = { key, title: title ? `${label} ${title}` : label || 'Other requirements', rows: [] };
      groups.push(group);
    }
    group.rows.push(appendixRow(requirement));
  }
  return groups;
}
