import type { GapReport, Priority, Score } from '@certa/core';
import { counted, dash, maturityPair, percent } from './labels.ts';

/** One headline figure of the executive summary. */
export interface HeadlineFigure {
  label: string;
  value: string;
  /** What the figure says, in one short line. */
  detail: string;
}

/** One row of a table of scores: a clause, theme, group or attribute value. */
export interface ScoreRow {
  key: string;
  label: string;
  score: Score;
}

/** A titled set of score rows (by clause, by Annex A theme, by group, by one attribute). */
export interface ScoreTable {
  title: string;
  rows: ScoreRow[];
}

/** The header of every table of scores. */
export const scoreHeader = [
  'Area',
  'Conformity',
  'Coverage',
  'Maturity now / target',
  'Impl.',
  'Partial',
  'Not impl.',
  'N/A',
  'Not assessed',
];

/** One table row of a score, as text, in the order of `scoreHeader`. */
export function scoreCells(row: ScoreRow): string[] {
  const counts = row.score.counts.byStatus;
  return [
    row.label,
    percent(row.score.conformity),
    percent(row.score.coverage),
    maturityPair(row.score.maturity.current, row.score.maturity.target),
    ...[
      counts.implemented,
      counts.partially_implemented,
      counts.not_implemented,
      counts.not_applicable,
      counts.not_assessed,
    ].map(String),
  ];
}

/** The number of gaps of each priority. */
export function gapsByPriority(report: GapReport): Record<Priority, number> {
  const counts: Record<Priority, number> = { high: 0, medium: 0, low: 0 };
  for (const gap of report.gaps) if (gap.priority) counts[gap.priority] += 1;
  return counts;
}

function rows(report: GapReport, groups: Record<string, Score>, prefix = ''): ScoreRow[] {
  return Object.entries(groups).map(([key, score]) => ({
    key,
    label: `${prefix}${key} ${report.groupTitles[key] ?? ''}`.trim(),
    score,
  }));
}

/** The overall, management-system and Annex A rows. */
export function overallRows(report: GapReport): ScoreRow[] {
  const { overall, managementSystem, annexA } = report.scores;
  return [
    { key: 'overall', label: 'Overall', score: overall },
    ...(managementSystem
      ? [{ key: 'clauses', label: 'Management system (clauses 4–10)', score: managementSystem }]
      : []),
    ...(annexA ? [{ key: 'annex_a', label: 'Annex A controls', score: annexA }] : []),
  ];
}

/** The tables of scores by clause and by Annex A theme, or by top-level group for other frameworks. */
export function groupTables(report: GapReport): ScoreTable[] {
  const tables = [
    { title: 'By clause', rows: rows(report, report.scores.byClause, 'Clause ') },
    { title: 'By Annex A theme', rows: rows(report, report.scores.byTheme) },
    { title: 'By group', rows: rows(report, report.scores.byGroup) },
  ];
  return tables.filter((table) => table.rows.length > 0);
}

/** One table of scores per attribute key the requirements carry (ISO/IEC 27002 attributes, edition changes). */
export function attributeTables(report: GapReport): ScoreTable[] {
  return Object.entries(report.scores.byAttribute).map(([key, values]) => ({
    title: `By attribute: ${key.replace(/_/g, ' ')}`,
    rows: Object.entries(values).map(([value, score]) => ({ key: value, label: value.replace(/_/g, ' '), score })),
  }));
}

/** The headline figures of the executive summary. */
export function headlineFigures(report: GapReport): HeadlineFigure[] {
  const { overall, managementSystem, annexA } = report.scores;
  const documents = report.documentedInformation;
  const priorities = gapsByPriority(report);
  const figures: HeadlineFigure[] = [
    {
      label: 'Overall conformity',
      value: percent(overall.conformity),
      detail: `over ${counted(overall.counts.assessed, 'assessed requirement')}`,
    },
    {
      label: 'Coverage',
      value: percent(overall.coverage),
      detail: `${overall.counts.assessed} of ${overall.counts.applicable} applicable requirements assessed`,
    },
  ];
  if (managementSystem)
    figures.push({
      label: 'Management system',
      value: percent(managementSystem.conformity),
      detail: 'clauses 4 to 10, all mandatory',
    });
  if (annexA)
    figures.push({
      label: 'Annex A controls',
      value: percent(annexA.conformity),
      detail: `${annexA.counts.applicable} applicable controls`,
    });
  figures.push(
    {
      label: 'Documented information',
      value: percent(documents.completeness),
      detail: `${documents.approved} of ${documents.required} required items approved`,
    },
    {
      label: 'Gaps',
      value: String(report.gaps.length),
      detail: `${priorities.high} high, ${priorities.medium} medium, ${priorities.low} low priority`,
    },
    {
      label: 'Maturity',
      value: maturityPair(overall.maturity.current, overall.maturity.target),
      detail: 'mean level now / target, on a 0–5 scale',
    },
  );
  if (report.schedule)
    figures.push({
      label: 'Roadmap',
      value: `${report.schedule.weeksNeeded} weeks`,
      detail: report.schedule.fits
        ? `start by ${report.schedule.latestStart}; ${counted(report.schedule.slackWeeks, 'week')} to spare`
        : `${report.schedule.weeksAvailable} weeks remain: the target date is at risk`,
    });
  return figures;
}

/** The cover's facts, in the order they are shown. */
export function coverFacts(report: GapReport, date: (iso: string) => string): [string, string][] {
  return [
    ['Framework', report.framework.name],
    ['Scope', report.scope.trim() || dash],
    ['Assessment date', date(report.date)],
    ['Assessors', report.assessors.length > 0 ? report.assessors.join(', ') : dash],
    ['Target certification', report.targetCertificationDate ? date(report.targetCertificationDate) : 'not set'],
  ];
}

/** One spoke of the maturity radar: an area's mean current and target maturity. */
export interface RadarAxis {
  label: string;
  current: number | null;
  target: number | null;
}

/** The radar's spokes: clauses 4–10, or the groups of another framework (none below three spokes). */
export function radarAxes(report: GapReport): RadarAxis[] {
  const groups = report.layout === 'iso27001' ? report.scores.byClause : report.scores.byGroup;
  const axes = Object.entries(groups).map(([key, score]) => ({
    label: report.layout === 'iso27001' ? `${key} ${report.groupTitles[key] ?? ''}`.trim() : key,
    current: score.maturity.current,
    target: score.maturity.target,
  }));
  return axes.length >= 3 ? axes : [];
}
