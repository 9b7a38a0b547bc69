// Renderers of core report models. PDF, DOCX and XLSX libraries are large: each renderer loads its own on
// first use, so importing this package costs nothing until a report is rendered.
import type { GapReport, GapWorkbookSource } from '@certa/core';

/** Renders a gap assessment report as Markdown (what `certa gap run` prints by default). */
export { renderGapReportMarkdown } from './gap-report/markdown.ts';
/** The download name of a gap report: `<org>-gap-assessment-<date>.<ext>`. */
export { gapReportFileName } from './gap-report/labels.ts';

/** Renders a gap assessment report as a PDF a consultant can hand to a client. */
export async function renderGapReportPdf(report: GapReport): Promise<Uint8Array> {
  const { renderPdf } = await import('./gap-report/pdf/render-pdf.ts');
  return renderPdf(report);
}

/** Renders a gap assessment report as an editable Word document (DOCX) with the same sections as the PDF. */
export async function renderGapReportDocx(report: GapReport): Promise<Uint8Array> {
  const { renderDocx } = await import('./gap-report/docx/render-docx.ts');
  return renderDocx(report);
}

/**
 * Renders a gap assessment report as an Excel workbook (XLSX) for analysis and offline work; with `source`
 * (a stored assessment) it carries a hidden sheet that lets the edited workbook be imported back.
 */
export async function renderGapReportXlsx(
  report: GapReport,
  options: { source?: GapWorkbookSource } = {},
): Promise<Uint8Array> {
  const { renderXlsx } = await import('./gap-report/xlsx/render-xlsx.ts');
  return renderXlsx(report, options);
}
