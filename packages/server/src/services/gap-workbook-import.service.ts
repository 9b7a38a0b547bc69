import {
  assertCan,
  DomainError,
  isDomainError,
  pickGapAnswerFields,
  planGapWorkbookImport,
  summarizeChanges,
  unansweredGapAnswer,
  type GapAssessmentAnswer,
  type GapWorkbookField,
  type GapWorkbookProblem,
} from '@certa/core';
import { appendAuditEvent, findGapAssessment, listGapAnswers, saveGapAnswer } from '@certa/db';
import { parseGapWorkbook } from '@certa/interop';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { gapAssessmentNotFound, gapAssessmentOrganization, loadFrameworkNodes } from './gap-assessment-read.service.ts';
import { refuseLockedAssessment } from './gap-assessment.service.ts';

/** What an import did (or, in a dry run, would do). */
export interface GapWorkbookImportResult {
  dryRun: boolean;
  reference: string;
  changed: { refId: string; fields: GapWorkbookField[] }[];
  unchanged: number;
  problems: GapWorkbookProblem[];
}

/** How a workbook is imported. */
export interface GapWorkbookImportOptions {
  fileName: string;
  /** Check and report only: problems come back in the answer instead of as an error. */
  dryRun: boolean;
}

const byPosition = (left: GapWorkbookProblem, right: GapWorkbookProblem) =>
  (left.row ?? 0) - (right.row ?? 0) || (left.column ?? '').localeCompare(right.column ?? '');

function refuse(fileName: string, problems: GapWorkbookProblem[]): never {
  const [first] = problems;
  const where = first?.row ? `row ${first.row}${first.header ? `, ${first.header}` : ''}: ` : '';
  const summary =
    problems.length === 1
      ? `${fileName}: ${where}${first?.message ?? ''}`
      : `${fileName}: ${problems.length} problems, the first: ${where}${first?.message ?? ''}`;
  throw new DomainError('validation_failed', `${summary.replace(/\.+$/, '')}. Nothing was imported.`, { problems });
}

/** The problems of a refusal by the workbook reader (not an XLSX, unreadable), or undefined for other errors. */
function readerProblems(error: unknown): GapWorkbookProblem[] | undefined {
  if (!isDomainError(error) || error.code !== 'validation_failed') return undefined;
  return (error.details as { problems?: GapWorkbookProblem[] } | undefined)?.problems;
}

/**
 * Imports an offline workbook (the XLSX downloaded from this assessment, edited in a spreadsheet): every
 * row is checked first, against the framework, the rules of the standard and what changed in Certa since
 * the export (see `planGapWorkbookImport`); any problem refuses the whole workbook and writes nothing.
 * Otherwise the answers that change are saved in one transaction, each with its version raised and an
 * `gap_assessment.answer_updated` event, plus one `gap_assessment.answers_imported` summary event.
 * A workbook may touch any requirement, so importing needs a role that may edit every answer (owner or
 * ISMS manager): contributors keep editing the answers they own in the workspace.
 */
export async function importGapWorkbook(
  deps: AppDeps,
  context: RequestContext,
  id: string,
  bytes: Uint8Array,
  options: GapWorkbookImportOptions,
): Promise<GapWorkbookImportResult> {
  const organizationId = gapAssessmentOrganization(context);
  const db = deps.database.db;
  const found = await findGapAssessment(db, organizationId, id);
  if (!found) throw gapAssessmentNotFound(id);
  assertCan(context.actor, 'ismsContent.write');
  refuseLockedAssessment(found);
  const tree = await loadFrameworkNodes(db, organizationId, found.frameworkId);
  const { fileName, dryRun } = options;
  const empty = { dryRun, reference: found.reference, changed: [], unchanged: 0 };
  let parsed;
  try {
    parsed = await parseGapWorkbook(bytes, fileName, {
      nodes: tree.nodes,
      assessment: { id: found.id, reference: found.reference },
    });
  } catch (error) {
    const problems = readerProblems(error);
    if (!problems || !dryRun) throw error;
    return { ...empty, problems };
  }
  if (parsed.problems.length > 0 && parsed.rows.length === 0) {
    if (dryRun) return { ...empty, problems: parsed.problems };
    refuse(fileName, parsed.problems);
  }
  const requirementIdOf = new Map(tree.requirements.map((requirement) => [requirement.refId, requirement.id]));
  const nodes = new Map(tree.nodes.filter((node) => node.assessable).map((node) => [node.refId, node]));

  return db.transaction(async (tx) => {
    // A shared lock: a concurrent transition to completed waits until the import is written, or wins.
    const assessment = await findGapAssessment(tx, organizationId, id, 'share');
    if (!assessment) throw gapAssessmentNotFound(id);
    refuseLockedAssessment(assessment);
    const stored = new Map(
      (await listGapAnswers(tx, organizationId, [id])).map((answer) => [answer.requirementId, answer]),
    );
    const current = new Map<string, GapAssessmentAnswer>();
    for (const refId of nodes.keys()) {
      const requirementId = requirementIdOf.get(refId) ?? '';
      current.set(refId, stored.get(requirementId) ?? unansweredGapAnswer(id, requirementId));
    }
    const plan = planGapWorkbookImport(parsed.rows, nodes, current, parsed.sheet);
    const problems = [...parsed.problems, ...plan.problems].sort(byPosition);
    const result: GapWorkbookImportResult = {
      dryRun,
      reference: assessment.reference,
      changed: plan.changes.map((change) => ({ refId: change.refId, fields: change.fields })),
      unchanged: plan.unchanged,
      problems,
    };
    if (dryRun) return result;
    if (problems.length > 0) refuse(fileName, problems);
    if (plan.changes.length === 0) return result;

    const audit = auditContext(context);
    for (const change of plan.changes) {
      const before = current.get(change.refId);
      if (!before) continue;
      const saved = await saveGapAnswer(
        tx,
        organizationId,
        {
          ...change.next,
          assessmentId: id,
          requirementId: before.requirementId,
          updatedAt: context.now,
          updatedBy: context.actor.userId,
        },
        change.version,
      );
      // Someone saved this answer between the read above and this write: refuse it all, write nothing.
      if (!saved)
        throw new DomainError(
          'conflict',
          `${change.refId} was changed by someone else while the workbook was being imported: import it again`,
        );
      await appendAuditEvent(
        tx,
        {
          organizationId,
          action: 'gap_assessment.answer_updated',
          entityType: 'gap_assessment',
          entityId: id,
          changes: {
            requirement: { after: change.refId },
            ...summarizeChanges({ ...pickGapAnswerFields(before) }, { ...change.next }),
            version: { before: before.version, after: saved.version },
            importedFrom: { after: fileName },
          },
        },
        audit,
      );
    }
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'gap_assessment.answers_imported',
        entityType: 'gap_assessment',
        entityId: id,
        changes: {
          file: { after: fileName },
          exportedAt: { after: parsed.origin?.exportedAt ?? null },
          changed: { after: result.changed.length },
          unchanged: { after: result.unchanged },
          requirements: { after: result.changed.map((change) => change.refId) },
        },
      },
      audit,
    );
    return result;
  });
}
