import { maturityGap, type GapReport, type Score } from '@certa/core';
import { roadmapTiming, topGapCount } from './content-tables.ts';
import { dash, documentationLabels, maturityPair, percent, statusLabels } from './labels.ts';

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return dash;
  return String(value)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function scoreRow(label: string, score: Score): (string | number | null)[] {
  const counts = score.counts.byStatus;
  return [
    label,
    percent(score.conformity),
    percent(score.coverage),
    maturityPair(score.maturity.current, score.maturity.target, ' → '),
    counts.implemented,
    counts.partially_implemented,
    counts.not_implemented,
    counts.not_applicable,
    counts.not_assessed,
  ];
}

const scoreHeader = [
  'Area',
  'Conformity',
  'Coverage',
  'Maturity (current → target)',
  'Implemented',
  'Partially',
  'Not implemented',
  'Not applicable',
  'Not assessed',
];

function groupTable(report: GapReport, heading: string, groups: Record<string, Score>, prefix = ''): string[] {
  const rows = Object.entries(groups).map(([key, score]) =>
    scoreRow(`${prefix}${key} ${report.groupTitles[key] ?? ''}`.trim(), score),
  );
  return rows.length === 0 ? [] : ['', `## ${heading}`, '', ...table(scoreHeader, rows)];
}

function headline(report: GapReport): string[] {
  const { scores, documentedInformation: documents, gaps } = report;
  const rows = [scoreRow('Overall', scores.overall)];
  if (scores.managementSystem) rows.push(scoreRow('Management system (clauses 4–10)', scores.managementSystem));
  if (scores.annexA) rows.push(scoreRow('Annex A controls', scores.annexA));
  const count = (priority: string) => gaps.filter((gap) => gap.priority === priority).length;
  return [
    '## Headline figures',
    '',
    ...table(scoreHeader, rows),
    '',
    `- **Conformity** ${percent(scores.overall.conformity)} over ${scores.overall.counts.assessed} assessed requirements; **coverage** ${percent(scores.overall.coverage)} of ${scores.overall.counts.applicable} applicable.`,
    `- **Documented information**: ${documents.approved} of ${documents.required} required approved (${percent(documents.completeness)}); ${documents.draft} draft, ${documents.missing} missing, ${documents.notRecorded} not recorded.`,
    `- **Gaps**: ${gaps.length} (${count('high')} high, ${count('medium')} medium, ${count('low')} low priority).`,
  ];
}

function topGaps(report: GapReport): string[] {
  if (report.gaps.length === 0) return ['', '## Top gaps', '', 'No gaps were found among the assessed requirements.'];
  const shown = report.gaps.slice(0, topGapCount);
  return [
    '',
    '## Top gaps',
    '',
    ...table(
      ['Ref', 'Requirement', 'Status', 'Priority', 'Maturity gap', 'Effort', 'Owner', 'Recommendation'],
      shown.map((gap) => [
        gap.refId,
        gap.title,
        statusLabels[gap.status],
        gap.priority,
        gap.maturity.gap,
        gap.effort,
        gap.owner,
        gap.recommendation ?? gap.gap,
      ]),
    ),
    ...(report.gaps.length > shown.length
      ? ['', `${report.gaps.length - shown.length} more gaps are listed in the appendix.`]
      : []),
  ];
}

function roadmap(report: GapReport): string[] {
  const timing = roadmapTiming(report);
  return [
    '',
    '## Roadmap to certification',
    '',
    timing,
    '',
    ...table(
      ['ID', 'Phase', 'Work package', 'Closes', 'Effort', 'Owner', 'Start', 'Due'],
      report.roadmap.map((item) => [
        item.id,
        item.phase,
        item.title,
        item.refIds.join(', '),
        item.effort,
        item.owner,
        item.start,
        item.due,
      ]),
    ),
    '',
    ...report.roadmap.map((item) => `- **${item.id}** ${item.title}: ${item.rationale}`),
  ];
}

function appendix(report: GapReport): string[] {
  return [
    '',
    '## Appendix: every requirement',
    '',
    ...table(
      [
        'Ref',
        'Requirement',
        'Status',
        'Maturity',
        'Target',
        'Gap',
        'Documented information',
        'Priority',
        'Owner',
        'Notes',
      ],
      report.requirements.map((row) => [
        row.refId,
        row.title,
        statusLabels[row.status],
        row.maturity,
        row.target,
        maturityGap(row.maturity, row.target),
        row.documentation ? documentationLabels[row.documentation] : null,
        row.priority,
        row.owner,
        row.status === 'not_applicable' ? row.justification : (row.recommendation ?? row.gap),
      ]),
    ),
  ];
}

/** Renders a gap report as Markdown: headline figures, tables by clause and theme, top gaps, roadmap, appendix. */
export function renderGapReportMarkdown(report: GapReport): string {
  const lines = [
    `# Gap assessment: ${report.organization}`,
    '',
    `- **Framework**: ${report.framework.name} (${report.framework.slug}, version ${report.framework.version})`,
    `- **Scope**: ${cell(report.scope)}`,
    `- **Assessed on**: ${report.date}${report.assessors.length > 0 ? ` by ${report.assessors.join(', ')}` : ''}`,
    `- **Target certification date**: ${report.targetCertificationDate ?? 'not set'}`,
    '',
    ...headline(report),
    ...groupTable(report, 'By clause', report.scores.byClause, 'Clause '),
    ...groupTable(report, 'By Annex A theme', report.scores.byTheme),
    ...groupTable(report, 'By group', report.scores.byGroup),
    ...Object.entries(report.scores.byAttribute).flatMap(([key, values]) =>
      groupTable(report, `By attribute: ${key.replace(/_/g, ' ')}`, values),
    ),
    ...topGaps(report),
    ...roadmap(report),
    ...appendix(report),
    '',
    'Conformity, coverage, priorities and the roadmap are computed as docs/scoring.md describes.',
  ];
  return lines.join('\n');
}
