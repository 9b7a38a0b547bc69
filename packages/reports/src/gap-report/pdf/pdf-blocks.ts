import type { ConformityStatus } from '@certa/core';
import type { Content, CustomTableLayout, Size, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { accentColour, statusLabels } from '../labels.ts';

/** The accent colour as pdfmake wants it. */
export const accent = `#${accentColour}`;

/** The styles every section of the PDF uses. */
export const pdfStyles: StyleDictionary = {
  h1: { fontSize: 18, bold: true, color: accent, margin: [0, 0, 0, 10] },
  h2: { fontSize: 12.5, bold: true, color: accent, margin: [0, 14, 0, 6] },
  lead: { fontSize: 11, lineHeight: 1.3, margin: [0, 0, 0, 8] },
  paragraph: { margin: [0, 0, 0, 6], lineHeight: 1.25 },
  small: { fontSize: 8, color: '#4B5563' },
  table: { fontSize: 8.5, margin: [0, 2, 0, 10] },
  tableHeader: { bold: true, color: '#FFFFFF', fontSize: 8.5 },
  groupHeading: { bold: true, color: accent, fontSize: 10, margin: [0, 6, 0, 2] },
};

// Light tints of UX.md's status palette: the text label carries the meaning, the tint helps scanning.
const statusTints: Readonly<Record<ConformityStatus, string | undefined>> = {
  implemented: '#E6F4EA',
  partially_implemented: '#FFF4D6',
  not_implemented: '#FDE7E7',
  not_applicable: '#EEEEEE',
  not_assessed: undefined,
};

/** The table look: accent header, light rules, zebra rows. */
export const tableLayout: CustomTableLayout = {
  fillColor: (row) => (row === 0 ? accent : row % 2 === 0 ? '#F7F9FC' : null),
  hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#D1D5DB',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A first-level heading listed in the table of contents, on a new page unless `pageBreak` is false. */
export function heading1(text: string, options: { pageBreak?: boolean; landscape?: boolean } = {}): Content {
  return {
    text,
    style: 'h1',
    tocItem: true,
    ...(options.pageBreak === false ? {} : { pageBreak: 'before' as const }),
    ...(options.landscape ? { pageOrientation: 'landscape' as const } : {}),
  };
}

/**
 * A second-level heading listed in the table of contents. It moves to the next page rather than end one,
 * unless `movable` is false (inside an unbreakable block, which moves as a whole).
 */
export function heading2(text: string, movable = true): Content {
  return {
    text,
    style: 'h2',
    tocItem: true,
    tocMargin: [12, 0, 0, 0],
    tocStyle: { fontSize: 9 },
    ...(movable ? { headlineLevel: 2 } : {}),
  };
}

/** A table whose header row repeats on every page it runs over. */
export function dataTable(header: readonly string[], rows: readonly TableCell[][], widths: Size[]): Content {
  return {
    style: 'table',
    layout: tableLayout,
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map((text): TableCell => ({ text, style: 'tableHeader' })), ...rows],
    },
  };
}

/** A status cell: its label on its tint. */
export function statusCell(status: ConformityStatus): TableCell {
  const tint = statusTints[status];
  return tint ? { text: statusLabels[status], fillColor: tint } : { text: statusLabels[status] };
}
