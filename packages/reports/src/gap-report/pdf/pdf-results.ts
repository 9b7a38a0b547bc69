import type { GapReport } from '@certa/core';
import type { Content, Size, TableCell } from 'pdfmake/interfaces';
import { attributeTables, groupTables, radarAxes, scoreCells, scoreHeader, type ScoreTable } from '../content.ts';
import {
  appendixHeader,
  appendixGroups,
  roadmapHeader,
  roadmapRows,
  roadmapTiming,
  topGapCount,
  topGapHeader,
  topGapRows,
} from '../content-tables.ts';
import { percent, statusLabels } from '../labels.ts';
import { barChartSvg, radarChartSvg, roadmapTimelineSvg } from './pdf-charts.ts';
import { dataTable, heading1, heading2, statusCell } from './pdf-blocks.ts';

const scoreWidths = ['*', 46, 42, 48, 26, 30, 36, 24, 40];

function chartOf(table: ScoreTable): Content {
  return {
    svg: barChartSvg(
      table.rows.map((row) => ({
        label: row.label,
        value: row.score.conformity,
        note: `coverage ${percent(row.score.coverage)}`,
      })),
    ),
    margin: [0, 0, 0, 6],
  };
}

/** Results: conformity bars and tables by clause and theme (or group), the maturity radar, attribute tables. */
export function pdfResults(report: GapReport): Content[] {
  const content: Content[] = [heading1('Results')];
  for (const table of groupTables(report))
    content.push(
      { stack: [heading2(`Conformity ${table.title.replace(/^By/, 'by')}`, false), chartOf(table)], unbreakable: true },
      dataTable(scoreHeader, table.rows.map(scoreCells), scoreWidths),
    );
  const axes = radarAxes(report);
  if (axes.length > 0)
    content.push({
      stack: [
        heading2('Maturity: current against target', false),
        {
          text: 'Mean maturity per area on the 0–5 scale; level 3, the ring drawn darker, is what a certification auditor normally expects. An area with no recorded maturity sits at the centre.',
          style: 'small',
          margin: [0, 0, 0, 4],
        },
        { svg: radarChartSvg(axes) },
      ],
      unbreakable: true,
    });
  for (const table of attributeTables(report))
    content.push(heading2(table.title), dataTable(scoreHeader, table.rows.map(scoreCells), scoreWidths));
  return content;
}

/** The top gaps, by priority then gap size. */
export function pdfTopGaps(report: GapReport): Content[] {
  if (report.gaps.length === 0)
    return [heading1('Top gaps'), { text: 'No gaps were found among the assessed requirements.', style: 'paragraph' }];
  const rows = topGapRows(report).map((cells, index): TableCell[] => {
    const gap = report.gaps[index];
    return cells.map((text, column) => (column === 2 && gap ? statusCell(gap.status) : { text }));
  });
  return [
    heading1('Top gaps'),
    {
      text: `The ${Math.min(report.gaps.length, topGapCount)} most pressing of ${report.gaps.length} gaps, highest priority and largest gap first. Every requirement is listed in the appendix.`,
      style: 'paragraph',
    },
    dataTable(topGapHeader, rows, [34, 90, 56, 38, 38, 28, 50, '*']),
  ];
}

/** The roadmap: how the dates fit, the timeline and the work packages with their rationale. */
export function pdfRoadmap(report: GapReport): Content[] {
  const timeline = roadmapTimelineSvg(report);
  const rows = roadmapRows(report).map((row): TableCell[] => [
    { text: row.id, bold: true },
    row.phase,
    {
      stack: [
        { text: row.title, bold: true },
        { text: row.rationale, fontSize: 7.5, color: '#4B5563', margin: [0, 2, 0, 0] },
      ],
    },
    row.closes,
    row.effort,
    row.owner,
    row.start,
    row.due,
  ]);
  return [
    heading1('Roadmap to certification'),
    { text: roadmapTiming(report), style: 'paragraph' },
    ...(timeline ? [{ svg: timeline, margin: [0, 4, 0, 10] } satisfies Content] : []),
    dataTable(roadmapHeader, rows, [32, 58, '*', 50, 28, 48, 48, 48]),
  ];
}

/** The appendix: every assessable requirement, a table per clause and theme, on landscape pages. */
export function pdfAppendix(report: GapReport): Content[] {
  const widths: Size[] = [40, 150, 74, 62, 70, 44, '*'];
  return [
    heading1('Appendix: every requirement', { landscape: true }),
    {
      text: `All ${report.requirements.length} assessable requirements of ${report.framework.name} in reading order, with the status, maturity (now / target), documented information, priority, and the gap found with the recommendation. ${statusLabels.not_applicable} rows give the justification of the exclusion.`,
      style: 'paragraph',
    },
    ...appendixGroups(report).flatMap((group): Content[] => [
      { text: group.title, style: 'groupHeading', headlineLevel: 1 },
      dataTable(
        appendixHeader,
        group.rows.map((row) =>
          row.cells.map((text, column): TableCell => (column === 2 ? statusCell(row.status) : { text })),
        ),
        widths,
      ),
    ]),
  ];
}
