import type { ConformityStatus } from '@certa/core';
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
} from 'docx';
import { accentColour, statusLabels } from '../labels.ts';

/** Width of the text on an A4 portrait page with 2 cm margins, in twentieths of a point. */
export const portraitWidth = 9638;

/** Width of the text on an A4 landscape page with 2 cm margins. */
export const landscapeWidth = 14570;

/** The document's styles: Calibri body, accent headings. */
export const docxStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: 'Calibri', size: 20, color: '1F2937' },
      paragraph: { spacing: { after: 100, line: 276 } },
    },
    heading1: {
      run: { font: 'Calibri', size: 36, bold: true, color: accentColour },
      paragraph: { spacing: { before: 0, after: 200 } },
    },
    heading2: {
      run: { font: 'Calibri', size: 26, bold: true, color: accentColour },
      paragraph: { spacing: { before: 280, after: 120 } },
    },
    heading3: {
      run: { font: 'Calibri', size: 21, bold: true, color: accentColour },
      paragraph: { spacing: { before: 200, after: 80 } },
    },
  },
};

// Light tints of UX.md's status palette: the label carries the meaning, the tint helps scanning.
const statusTints: Readonly<Record<ConformityStatus, string | undefined>> = {
  implemented: 'E6F4EA',
  partially_implemented: 'FFF4D6',
  not_implemented: 'FDE7E7',
  not_applicable: 'EEEEEE',
  not_assessed: undefined,
};

/** A first-level heading, on a new page unless told otherwise. */
export function heading1(text: string, pageBreakBefore = true): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore });
}

/** A second-level heading. */
export function heading2(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_2, keepNext: true });
}

/** A third-level heading (the appendix's clauses and themes), kept with the table that follows. */
export function heading3(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_3, keepNext: true });
}

/** A body paragraph; `lead` makes it the larger, bold opening of a section. */
export function paragraph(text: string, options: { lead?: boolean; small?: boolean } = {}): Paragraph {
  const size = options.lead ? 24 : options.small ? 16 : undefined;
  return new Paragraph({
    children: [new TextRun({ text, bold: options.lead, size, color: options.small ? '4B5563' : undefined })],
  });
}

/** A bulleted paragraph, with an optional bold start. */
export function bullet(text: string, boldStart?: string): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    children: [...(boldStart ? [new TextRun({ text: boldStart, bold: true })] : []), new TextRun(text)],
  });
}

/** One table cell: text (lines split on `\n`), or text with a fill, a colour, bold, a smaller note below. */
export type Cell = string | { text: string; bold?: boolean; fill?: string; note?: string; colour?: string };

/** A status cell: its label on its tint. */
export function statusCell(status: ConformityStatus): Cell {
  const fill = statusTints[status];
  return fill ? { text: statusLabels[status], fill } : statusLabels[status];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borders = { top: thin, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none };

function cell(value: Cell, header: boolean, zebra: boolean): TableCell {
  const spec = typeof value === 'string' ? { text: value } : value;
  const fill = header ? accentColour : (spec.fill ?? (zebra ? 'F7F9FC' : undefined));
  const colour = header ? 'FFFFFF' : spec.colour;
  const lines = spec.text.split('\n');
  return new TableCell({
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      ...lines.map(
        (line) =>
          new Paragraph({
            spacing: { after: 0 },
            children: [new TextRun({ text: line, bold: header || spec.bold, size: 17, color: colour })],
          }),
      ),
      ...(spec.note
        ? [
            new Paragraph({
              spacing: { before: 40, after: 0 },
              children: [new TextRun({ text: spec.note, size: 15, color: '4B5563' })],
            }),
          ]
        : []),
    ],
  });
}

/** A table whose header row repeats on every page and whose rows never split across pages. */
export function dataTable(header: readonly string[], rows: readonly Cell[][], widths: readonly number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text) => cell(text, true, false)) }),
      ...rows.map(
        (row, index) =>
          new TableRow({ cantSplit: true, children: row.map((value) => cell(value, false, index % 2 === 1)) }),
      ),
    ],
  });
}

/** Column widths in proportion to `weights`, filling `total`. */
export function columns(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  return weights.map((weight) => Math.floor((total * weight) / sum));
}
