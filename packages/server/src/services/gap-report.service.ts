import type { GapReportFormat } from '@certa/core';
import { listGapAnswers } from '@certa/db';
import {
  gapReportFileName,
  renderGapReportDocx,
  renderGapReportMarkdown,
  renderGapReportPdf,
  renderGapReportXlsx,
} from '@certa/reports';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';
import { getGapAssessmentReport, loadFrameworkNodes } from './gap-assessment-read.service.ts';
import type { ExportedFile } from './framework-export.service.ts';

const contentTypes: Readonly<Record<GapReportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown; charset=utf-8',
};

/**
 * Renders the gap report of a stored assessment as PDF, DOCX, XLSX or Markdown, from the same report model
 * as GET …/report. The XLSX carries a hidden sheet naming the assessment, the moment of export and each
 * answer as exported, so the workbook can be edited offline and imported back.
 */
export async function renderGapAssessmentReport(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  format: GapReportFormat,
): Promise<ExportedFile> {
  const { assessment, report } = await getGapAssessmentReport(deps, context, id);
  const fileName = gapReportFileName(report, format);
  const contentType = contentTypes[format];
  if (format === 'md')
    return { fileName, contentType, body: new TextEncoder().encode(renderGapReportMarkdown(report)) };
  if (format === 'pdf') return { fileName, contentType, body: await renderGapReportPdf(report) };
  if (format === 'docx') return { fileName, contentType, body: await renderGapReportDocx(report) };
  const db = deps.database.db;
  const tree = await loadFrameworkNodes(db, assessment.organizationId, assessment.frameworkId);
  const answers = await listGapAnswers(db, assessment.organizationId, [assessment.id]);
  const versions = Object.fromEntries(
    answers.map((answer) => [tree.refOf.get(answer.requirementId) ?? '', answer.version]),
  );
  const source = {
    assessmentId: assessment.id,
    reference: assessment.reference,
    exportedAt: context.now.toISOString(),
    versions,
  };
  return { fileName, contentType, body: await renderGapReportXlsx(report, { source }) };
}
