import type { GapReport, Score } from '@certa/core';
import type ExcelJS from 'exceljs';
import { gapsByPriority, headlineFigures } from '../content.ts';
import { readinessStatement } from '../narrative.ts';
import { addTableSheet, fraction, percentFormat, type SheetColumn } from './xlsx-sheet.ts';

/** Adds the Summary sheet: the assessment's facts, the headline figures and the readiness verdict. */
export function addSummarySheet(workbook: ExcelJS.Workbook, report: GapReport): void {
  const { overall, managementSystem, annexA } = report.scores;
  const documents = report.documentedInformation;
  const byPriority = gapsByPriority(report);
  const rows: [string, string | number | null, string?][] = [
    ['Organisation', report.organization],
    ['Framework', report.framework.name],
    ['Scope', report.scope],
    ['Assessment date', report.date],
    ['Assessors', report.assessors.join(', ')],
    ['Target certification date', report.targetCertificationDate],
    ['Overall conformity', fraction(overall.conformity), percentFormat],
    ['Coverage', fraction(overall.coverage), percentFormat],
    ['Management system conformity (clauses 4–10)', fraction(managementSystem?.conformity ?? null), percentFormat],
    ['Annex A conformity', fraction(annexA?.conformity ?? null), percentFormat],
    ['Documented information completeness', fraction(documents.completeness), percentFormat],
    ['Required documented information', documents.required],
    ['Approved', documents.approved],
    ['Mean maturity now', overall.maturity.current],
    ['Mean maturity target', overall.maturity.target],
    ['Gaps', report.gaps.length],
    ['High-priority gaps', byPriority.high],
    ['Medium-priority gaps', byPriority.medium],
    ['Low-priority gaps', byPriority.low],
    ['Roadmap weeks needed', report.schedule?.weeksNeeded ?? null],
    ['Latest start', report.schedule?.latestStart ?? null],
    ['Readiness', readinessStatement(report).join(' ')],
  ];
  const sheet = workbook.addWorksheet('Summary');
  sheet.columns = [
    { header: 'Figure', key: 'figure', width: 44 },
    {
      header: 'Value',
      key: 'value',
      width: 90,
      style: { alignment: { wrapText: true, vertical: 'top', horizontal: 'left' } },
    },
  ];
  for (const [label, value, format] of rows) {
    const row = sheet.addRow([label, value]);
    if (format) row.getCell(2).numFmt = format;
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).font = { bold: true };
  // The headline figures as the report words them, for a reader who opens only this sheet.
  sheet.addRow([]);
  for (const figure of headlineFigures(report)) sheet.addRow([figure.label, `${figure.value} (${figure.detail})`]);
}

const scoreColumns: SheetColumn[] = [
  { header: 'Dimension', key: 'dimension', width: 16 },
  { header: 'Key', key: 'key', width: 14 },
  { header: 'Title', key: 'title', width: 36 },
  ...[
    ['Conformity', 'conformity'],
    ['Coverage', 'coverage'],
  ].map(([header = '', key = '']) => ({ header, key, width: 12 })),
  ...[
    'Total',
    'Applicable',
    'Assessed',
    'Implemented',
    'Partially',
    'Not implemented',
    'Not applicable',
    'Not assessed',
  ].map((header) => ({ header, key: header.toLowerCase().replace(/ /g, '_'), width: 11 })),
  { header: 'Maturity now', key: 'maturity', width: 11 },
  { header: 'Maturity target', key: 'target', width: 11 },
  { header: 'Maturity gap', key: 'gap', width: 11 },
];

function scoreRow(dimension: string, key: string, title: string, score: Score): unknown[] {
  const counts = score.counts;
  return [
    dimension,
    key,
    title,
    fraction(score.conformity),
    fraction(score.coverage),
    counts.total,
    counts.applicable,
    counts.assessed,
    counts.byStatus.implemented,
    counts.byStatus.partially_implemented,
    counts.byStatus.not_implemented,
    counts.byStatus.not_applicable,
    counts.byStatus.not_assessed,
    score.maturity.current,
    score.maturity.target,
    score.maturity.gap,
  ];
}

// The rows of the Scores sheet: overall, by clause, theme, group and attribute value.
function scoreRows(report: GapReport): unknown[][] {
  const { scores, groupTitles } = report;
  const titled = (dimension: string, groups: Record<string, Score>) =>
    Object.entries(groups).map(([key, score]) => scoreRow(dimension, key, groupTitles[key] ?? '', score));
  return [
    scoreRow('Overall', 'overall', 'All assessable requirements', scores.overall),
    ...(scores.managementSystem
      ? [scoreRow('Overall', 'clauses', 'Management system (clauses 4–10)', scores.managementSystem)]
      : []),
    ...(scores.annexA ? [scoreRow('Overall', 'annex_a', 'Annex A controls', scores.annexA)] : []),
    ...titled('Clause', scores.byClause),
    ...titled('Theme', scores.byTheme),
    ...titled('Group', scores.byGroup),
    ...Object.entries(scores.byAttribute).flatMap(([attribute, values]) =>
      Object.entries(values).map(([value, score]) =>
        scoreRow(`Attribute: ${attribute}`, value, value.replace(/_/g, ' '), score),
      ),
    ),
  ];
}

/** Adds the Scores sheet. */
export function addScoresSheet(workbook: ExcelJS.Workbook, report: GapReport): void {
  addTableSheet(workbook, 'Scores', scoreColumns, scoreRows(report), {
    conformity: percentFormat,
    coverage: percentFormat,
  });
}
