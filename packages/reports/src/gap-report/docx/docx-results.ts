import type { GapReport } from '@certa/core';
import { Paragraph, type Table } from 'docx';
import { ChartRun } from 'docx/charts';
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
import { accentColour } from '../labels.ts';
import {
  columns,
  dataTable,
  heading1,
  heading2,
  heading3,
  landscapeWidth,
  paragraph,
  portraitWidth,
  statusCell,
  type Cell,
} from './docx-blocks.ts';
import { scoreWidths } from './docx-sections.ts';

type Block = Paragraph | Table;

// Word charts (editable, with their data in the document); the tables beside them carry the same figures.
function barChart(table: ScoreTable): Paragraph {
  // Word draws a bar chart's first category at the bottom: reversed, the first row reads at the top.
  const rows = [...table.rows].reverse();
  return new Paragraph({
    keepNext: true,
    children: [
      new ChartRun({
        type: 'bar',
        title: `Conformity ${table.title.replace(/^By/, 'by')} (%)`,
        categories: rows.map((row) => row.label),
        series: [{ name: 'Conformity', values: rows.map((row) => row.score.conformity), color: accentColour }],
        valueAxis: { minimum: 0, maximum: 100, interval: 25 },
        legend: false,
        transformation: { width: 620, height: 40 + rows.length * 32 },
      }),
    ],
  });
}

function radarChart(report: GapReport): Paragraph[] {
  const axes = radarAxes(report);
  if (axes.length === 0) return [];
  return [
    heading2('Maturity: current against target'),
    paragraph('Mean maturity per area on the 0–5 scale; level 3 is what a certification auditor normally expects.', {
      small: true,
    }),
    new Paragraph({
      children: [
        new ChartRun({
          type: 'radar',
          categories: axes.map((axis) => axis.label),
          series: [
            { name: 'Current maturity (mean)', values: axes.map((axis) => axis.current ?? 0), color: accentColour },
            { name: 'Target maturity (mean)', values: axes.map((axis) => axis.target ?? 0), color: 'C55A11' },
          ],
          valueAxis: { minimum: 0, maximum: 5, interval: 1 },
          markers: true,
          transformation: { width: 560, height: 400 },
        }),
      ],
    }),
  ];
}

/** Results: conformity charts and tables by clause and theme (or group), the maturity radar, attribute tables. */
export function docxResults(report: GapReport): Block[] {
  const blocks: Block[] = [heading1('Results')];
  for (const table of groupTables(report))
    blocks.push(
      heading2(`Conformity ${table.title.replace(/^By/, 'by')}`),
      barChart(table),
      dataTable(scoreHeader, table.rows.map(scoreCells), scoreWidths),
    );
  blocks.push(...radarChart(report));
  for (const table of attributeTables(report))
    blocks.push(heading2(table.title), dataTable(scoreHeader, table.rows.map(scoreCells), scoreWidths));
  return blocks;
}

/** The top gaps, by priority then gap size. */
export function docxTopGaps(report: GapReport): Block[] {
  if (report.gaps.length === 0)
    return [heading1('Top gaps'), paragraph('No gaps were found among the assessed requirements.')];
  const rows = topGapRows(report).map((cells, index): Cell[] => {
    const gap = report.gaps[index];
    return cells.map((text, column) => (column === 2 && gap ? statusCell(gap.status) : text));
  });
  return [
    heading1('Top gaps'),
    paragraph(
      `The ${Math.min(report.gaps.length, topGapCount)} most pressing of ${report.gaps.length} gaps, highest priority and largest gap first. Every requirement is listed in the appendix.`,
    ),
    dataTable(topGapHeader, rows, columns(portraitWidth, [7, 17, 12, 8, 9, 6, 10, 31])),
  ];
}

/** The roadmap: how the dates fit and the work packages with their rationale. */
export function docxRoadmap(report: GapReport): Block[] {
  const rows = roadmapRows(report).map((row): Cell[] => [
    { text: row.id, bold: true },
    row.phase,
    { text: row.title, bold: true, note: row.rationale },
    row.closes,
    row.effort,
    row.owner,
    row.start,
    row.due,
  ]);
  return [
    heading1('Roadmap to certification'),
    paragraph(roadmapTiming(report)),
    dataTable(roadmapHeader, rows, columns(portraitWidth, [7, 12, 35, 10, 6, 10, 10, 10])),
  ];
}

/** The appendix: every assessable requirement, a table per clause and theme (its own landscape section). */
export function docxAppendix(report: GapReport): Block[] {
  const widths = columns(landscapeWidth, [6, 20, 11, 9, 10, 7, 37]);
  return [
    heading1('Appendix: every requirement', false),
    paragraph(
      `All ${report.requirements.length} assessable requirements of ${report.framework.name} in reading order, with the status, maturity (now / target), documented information, priority, and the gap found with the recommendation. Not applicable rows give the justification of the exclusion.`,
    ),
    ...appendixGroups(report).flatMap((group): Block[] => [
      heading3(group.title),
      dataTable(
        appendixHeader,
        group.rows.map((row) => row.cells.map((text, column): Cell => (column === 2 ? statusCell(row.status) : text))),
        widths,
      ),
    ]),
  ];
}
