import type { GapReport } from '@certa/core';
import { Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import { coverFacts, headlineFigures, overallRows, scoreCells, scoreHeader } from '../content.ts';
import { accentColour, readableDate } from '../labels.ts';
import {
  maturityScale,
  methodIntroduction,
  methodRules,
  readinessStatement,
  statusScale,
  urgentGaps,
} from '../narrative.ts';
import {
  bullet,
  columns,
  dataTable,
  heading1,
  heading2,
  paragraph,
  portraitWidth,
  statusCell,
  type Cell,
} from './docx-blocks.ts';

type Block = Paragraph | Table | TableOfContents;

/** The widths of a table of scores on a portrait page. */
export const scoreWidths = columns(portraitWidth, [30, 10, 10, 11, 6, 7, 8, 6, 9]);

/** The cover page: title, organisation, framework, the assessment's facts and "Prepared with Certa". */
export function docxCover(report: GapReport): Block[] {
  return [
    new Paragraph({
      spacing: { before: 2400, after: 120 },
      children: [
        new TextRun({ text: 'GAP ASSESSMENT REPORT', size: 18, bold: true, color: '6B7280', characterSpacing: 40 }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: 'Gap assessment', size: 64, bold: true, color: accentColour })] }),
    new Paragraph({ children: [new TextRun({ text: report.organization, size: 40 })] }),
    new Paragraph({
      spacing: { after: 800 },
      children: [new TextRun({ text: report.framework.name, size: 24, color: '4B5563' })],
    }),
    ...coverFacts(report, readableDate).map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: `${label}: `, color: '6B7280' }), new TextRun({ text: value, size: 22 })],
        }),
    ),
    new Paragraph({
      spacing: { before: 2400 },
      children: [
        new TextRun({ text: 'Prepared with Certa', bold: true, color: accentColour, size: 18 }),
        new TextRun({
          text: ', open-source ISO/IEC 27001 gap assessment and audit software.',
          size: 18,
          color: '4B5563',
        }),
      ],
    }),
  ];
}

/** The table of contents: a field Word fills in when the document is opened (it asks to update fields). */
export function docxContents(): Block[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 200 },
      children: [new TextRun({ text: 'Contents', size: 36, bold: true, color: accentColour })],
    }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
    paragraph(
      'Word fills in the page numbers when it updates this table, which it offers to do when the document opens.',
      {
        small: true,
      },
    ),
  ];
}

/** The executive summary: the readiness verdict, the headline figures and the most urgent gaps. */
export function docxExecutiveSummary(report: GapReport): Block[] {
  const [verdict, ...rest] = readinessStatement(report);
  const figures = headlineFigures(report);
  const urgent = urgentGaps(report);
  return [
    heading1('Executive summary'),
    paragraph(verdict ?? '', { lead: true }),
    ...rest.map((sentence) => paragraph(sentence)),
    heading2('Headline figures'),
    dataTable(
      ['Figure', 'Value', 'What it says'],
      figures.map((figure): Cell[] => [
        figure.label,
        { text: figure.value, bold: true, colour: accentColour },
        figure.detail,
      ]),
      columns(portraitWidth, [28, 16, 56]),
    ),
    paragraph(''),
    dataTable(scoreHeader, overallRows(report).map(scoreCells), scoreWidths),
    ...(urgent.length > 0
      ? [heading2('Most urgent gaps'), ...urgent.map((gap) => bullet(gap.text, gap.requirement))]
      : []),
  ];
}

/** The scope and method: what was assessed, the two rating scales and how the figures are computed. */
export function docxScopeAndMethod(report: GapReport): Block[] {
  return [
    heading1('Scope and method'),
    heading2('Scope'),
    paragraph(report.scope.trim() || 'No scope statement was recorded.'),
    ...methodIntroduction(report).map((text) => paragraph(text)),
    heading2('Conformity status'),
    dataTable(
      ['Status', 'Meaning', 'Weight in conformity'],
      statusScale.map((entry): Cell[] => [statusCell(entry.status), entry.meaning, entry.weight]),
      columns(portraitWidth, [24, 56, 20]),
    ),
    heading2('Maturity scale'),
    dataTable(
      ['Level', 'Name', 'Meaning'],
      maturityScale.map((entry): Cell[] => [String(entry.level), entry.name, entry.meaning]),
      columns(portraitWidth, [8, 26, 66]),
    ),
    heading2('How the figures are computed'),
    ...methodRules(report).map((text) => bullet(text)),
  ];
}
