import type { GapReport } from '@certa/core';
import {
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { readableDate } from '../labels.ts';
import { docxStyles, landscapeWidth, portraitWidth } from './docx-blocks.ts';
import { docxAppendix, docxResults, docxRoadmap, docxTopGaps } from './docx-results.ts';
import { docxContents, docxCover, docxExecutiveSummary, docxScopeAndMethod } from './docx-sections.ts';

const margin = 1134; // 2 cm

function footer(report: GapReport, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({
            text: `${report.organization} · Gap assessment · ${readableDate(report.date)}`,
            size: 15,
            color: '6B7280',
          }),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 15,
            color: '6B7280',
          }),
        ],
      }),
    ],
  });
}

function page(orientation: 'portrait' | 'landscape'): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: {
        orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        width: 11906,
        height: 16838,
      },
      margin: { top: margin, bottom: margin, left: margin, right: margin },
    },
  };
}

/** The Word document of a gap report: a cover without footer, the body, and the appendix on landscape pages. */
export function gapReportDocx(report: GapReport): Document {
  return new Document({
    creator: 'Certa',
    title: `Gap assessment: ${report.organization}`,
    description: `${report.framework.name} gap assessment of ${report.organization}`,
    styles: docxStyles,
    features: { updateFields: true },
    sections: [
      { properties: page('portrait'), children: docxCover(report) },
      {
        properties: page('portrait'),
        footers: { default: footer(report, portraitWidth) },
        children: [
          ...docxContents(),
          ...docxExecutiveSummary(report),
          ...docxScopeAndMethod(report),
          ...docxResults(report),
          ...docxTopGaps(report),
          ...docxRoadmap(report),
        ],
      },
      {
        properties: page('landscape'),
        footers: { default: footer(report, landscapeWidth) },
        children: docxAppendix(report),
      },
    ],
  });
}

/** Renders a gap report as a DOCX. */
export async function renderDocx(report: GapReport): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(gapReportDocx(report));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
