import type { GapReport } from '@certa/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { coverFacts, headlineFigures, overallRows, scoreCells, scoreHeader } from '../content.ts';
import { readableDate } from '../labels.ts';
import {
  maturityScale,
  methodIntroduction,
  methodRules,
  readinessStatement,
  statusScale,
  urgentGaps,
} from '../narrative.ts';
import { accent, dataTable, heading1, heading2, statusCell } from './pdf-blocks.ts';

/** The cover page: title on the accent band (drawn by the page background), then the assessment's facts. */
export function pdfCover(report: GapReport): Content[] {
  return [
    {
      text: 'GAP ASSESSMENT REPORT',
      color: '#BFD3E6',
      fontSize: 9,
      bold: true,
      characterSpacing: 2,
      margin: [0, 70, 0, 8],
    },
    { text: 'Gap assessment', color: '#FFFFFF', fontSize: 34, bold: true },
    { text: report.organization, color: '#FFFFFF', fontSize: 20, margin: [0, 6, 0, 2] },
    { text: report.framework.name, color: '#DCE7F2', fontSize: 12, margin: [0, 0, 0, 110] },
    {
      layout: 'noBorders',
      table: {
        widths: [130, '*'],
        body: coverFacts(report, readableDate).map(([label, value]): TableCell[] => [
          { text: label, color: '#6B7280', fontSize: 10, margin: [0, 4, 0, 4] },
          { text: value, fontSize: 11, margin: [0, 4, 0, 4] },
        ]),
      },
    },
    {
      text: [
        { text: 'Prepared with Certa', bold: true, color: accent },
        ', open-source ISO/IEC 27001 gap assessment and audit software.',
      ],
      fontSize: 9,
      color: '#4B5563',
      absolutePosition: { x: 40, y: 770 },
    },
  ];
}

/** The table of contents, built by pdfmake from the headings. */
export function pdfContents(): Content {
  return {
    toc: { title: { text: 'Contents', style: 'h1' }, textMargin: [0, 3, 0, 3] },
    pageBreak: 'before',
  };
}

function figureTile(label: string, value: string, detail: string): TableCell {
  return {
    fillColor: '#F3F6FA',
    margin: [6, 6, 6, 6],
    stack: [
      { text: label, fontSize: 8, color: '#4B5563' },
      { text: value, fontSize: 18, bold: true, color: accent, margin: [0, 2, 0, 2] },
      { text: detail, fontSize: 7.5, color: '#4B5563' },
    ],
  };
}

/** The executive summary: the readiness verdict, the headline figures and the most urgent gaps. */
export function pdfExecutiveSummary(report: GapReport): Content[] {
  const [verdict, ...rest] = readinessStatement(report);
  const tiles = headlineFigures(report).map((figure) => figureTile(figure.label, figure.value, figure.detail));
  const grid: TableCell[][] = [];
  for (let index = 0; index < tiles.length; index += 4) {
    const row = tiles.slice(index, index + 4);
    while (row.length < 4) row.push({ text: '' });
    grid.push(row);
  }
  const urgent = urgentGaps(report);
  return [
    heading1('Executive summary'),
    { text: verdict ?? '', style: 'lead', bold: true },
    ...rest.map((sentence): Content => ({ text: sentence, style: 'paragraph' })),
    heading2('Headline figures'),
    {
      layout: { hLineWidth: () => 3, vLineWidth: () => 3, hLineColor: () => '#FFFFFF', vLineColor: () => '#FFFFFF' },
      table: { widths: ['*', '*', '*', '*'], body: grid },
      margin: [-3, 0, -3, 8],
    },
    dataTable(scoreHeader, overallRows(report).map(scoreCells), ['*', 46, 42, 48, 26, 30, 36, 24, 40]),
    ...(urgent.length > 0
      ? [
          heading2('Most urgent gaps'),
          {
            ul: urgent.map((gap) => ({
              text: [{ text: gap.requirement, bold: true }, gap.text],
              margin: [0, 0, 0, 3],
            })),
          } satisfies Content,
        ]
      : []),
  ];
}

/** The scope and method: what was assessed, the two rating scales and how the figures are computed. */
export function pdfScopeAndMethod(report: GapReport): Content[] {
  return [
    heading1('Scope and method'),
    heading2('Scope'),
    { text: report.scope.trim() || 'No scope statement was recorded.', style: 'paragraph' },
    ...methodIntroduction(report).map((text): Content => ({ text, style: 'paragraph' })),
    heading2('Conformity status'),
    dataTable(
      ['Status', 'Meaning', 'Weight in conformity'],
      statusScale.map((entry): TableCell[] => [statusCell(entry.status), entry.meaning, entry.weight]),
      [110, '*', 90],
    ),
    heading2('Maturity scale'),
    dataTable(
      ['Level', 'Name', 'Meaning'],
      maturityScale.map((entry): TableCell[] => [String(entry.level), entry.name, entry.meaning]),
      [34, 130, '*'],
    ),
    heading2('How the figures are computed'),
    { ul: methodRules(report).map((text) => ({ text, margin: [0, 0, 0, 3] })) } satisfies Content,
  ];
}
