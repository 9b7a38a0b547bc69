import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { GapReport } from '@certa/core';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { readableDate } from '../labels.ts';
import { accent, pdfStyles } from './pdf-blocks.ts';
import { pdfAppendix, pdfResults, pdfRoadmap, pdfTopGaps } from './pdf-results.ts';
import { pdfContents, pdfCover, pdfExecutiveSummary, pdfScopeAndMethod } from './pdf-sections.ts';

type PdfMake = typeof PdfMakeModule;

const require = createRequire(import.meta.url);

// pdfmake ships Roboto; in Node it reads the font files from its own folder, and nothing else.
const fontFolder = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
const fonts = {
  Roboto: {
    normal: `${fontFolder}/Roboto-Regular.ttf`,
    bold: `${fontFolder}/Roboto-Medium.ttf`,
    italics: `${fontFolder}/Roboto-Italic.ttf`,
    bolditalics: `${fontFolder}/Roboto-MediumItalic.ttf`,
  },
};

async function loadPdfMake(): Promise<PdfMake> {
  const module = (await import('pdfmake')) as PdfMake & { default?: PdfMake };
  const pdfMake = module.default ?? module;
  // A report never fetches a URL nor reads a file other than the fonts.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));
  pdfMake.setFonts(structuredClone(fonts));
  return pdfMake;
}

/** The pdfmake document of a gap report: every section, the page footer and the cover band. */
export function gapReportDocument(report: GapReport): TDocumentDefinitions {
  const footerText = `${report.organization} · Gap assessment · ${readableDate(report.date)}`;
  const content: Content[] = [
    ...pdfCover(report),
    pdfContents(),
    ...pdfExecutiveSummary(report),
    ...pdfScopeAndMethod(report),
    ...pdfResults(report),
    ...pdfTopGaps(report),
    ...pdfRoadmap(report),
    ...pdfAppendix(report),
  ];
  return {
    info: {
      title: `Gap assessment: ${report.organization}`,
      subject: `${report.framework.name} gap assessment`,
      author: report.assessors.join(', ') || report.organization,
      creator: 'Certa',
      producer: 'Certa',
    },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 52],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: '#1F2937' },
    styles: pdfStyles,
    // A heading never ends a page: it moves to the next one with what it introduces. The footer counts as a
    // following node on the page, above the heading (its position is within the footer): skip it.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      !nodes.getFollowingNodesOnPage().some((next) => next.startPosition.top > node.startPosition.top),
    background: (page, size) =>
      page === 1 ? { canvas: [{ type: 'rect', x: 0, y: 0, w: size.width, h: 300, color: accent }] } : null,
    footer: (page, pages) =>
      page === 1
        ? null
        : {
            margin: [40, 18, 40, 0],
            columns: [
              { text: footerText, fontSize: 7.5, color: '#6B7280', width: '*' },
              { text: `Page ${page} of ${pages}`, fontSize: 7.5, color: '#6B7280', alignment: 'right', width: 80 },
            ],
          },
    content,
  };
}

/** Renders a gap report as a PDF (A4, vector charts, embedded Roboto). */
export async function renderPdf(report: GapReport): Promise<Uint8Array> {
  const pdfMake = await loadPdfMake();
  const buffer = await pdfMake.createPdf(gapReportDocument(report)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
