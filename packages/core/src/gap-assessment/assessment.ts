import type { Requirement } from '../framework/framework.ts';
import { iso27001AssessmentNodes, type AssessmentNode } from './assessment-nodes.ts';
import {
  computePriority,
  notApplicableProblem,
  priorityOverrideProblem,
  type ConformityStatus,
  type DocumentationState,
  type Effort,
  type Priority,
  type PriorityResult,
  type RequirementAnswer,
} from './gap-assessment.ts';
import type { GapAnswerOrigin } from './prefill.ts';
import { needsDocumentedInformation } from './scoring.ts';

/** Stages of a stored gap assessment, in the order they normally run. */
export const gapAssessmentStatuses = ['planned', 'in_progress', 'in_review', 'completed'] as const;

/** One stage of a gap assessment. */
export type GapAssessmentStatus = (typeof gapAssessmentStatuses)[number];

// A review may send the assessment back to the assessors; a completed assessment never moves again.
const nextStatuses: Readonly<Record<GapAssessmentStatus, readonly GapAssessmentStatus[]>> = {
  planned: ['in_progress'],
  in_progress: ['in_review'],
  in_review: ['in_progress', 'completed'],
  completed: [],
};

/** The statuses an assessment in `from` may move to. */
export function assessmentTransitionTargets(from: GapAssessmentStatus): readonly GapAssessmentStatus[] {
  return nextStatuses[from];
}

/** Why a completed assessment refuses a change, or null while it can still change. */
export function assessmentLockedProblem(status: GapAssessmentStatus): string | null {
  return status === 'completed'
    ? 'The assessment is completed and locked: its answers and details can no longer change; start a new assessment instead'
    : null;
}

/** Why an assessment cannot move from `from` to `to`, or null when it can. */
export function assessmentTransitionProblem(from: GapAssessmentStatus, to: GapAssessmentStatus): string | null {
  const locked = assessmentLockedProblem(from);
  if (locked) return locked;
  if (from === to) return `The assessment is already ${to}`;
  if (nextStatuses[from].includes(to)) return null;
  return `An assessment cannot go from ${from} to ${to}: from ${from} it can only go to ${nextStatuses[from].join(' or ')}`;
}

/** Why an assessment's dates do not fit together, or null when they do. */
export function assessmentDatesProblem(assessmentDate: string, targetCertificationDate: string | null): string | null {
  return targetCertificationDate !== null && targetCertificationDate <= assessmentDate
    ? 'The target certification date must come after the assessment date'
    : null;
}

/** What the references of a year's assessments start with, e.g. `GA-2026-`. */
export function gapAssessmentReferencePrefix(year: number): string {
  return `GA-${year}-`;
}

/** The human reference of an assessment, e.g. `GA-2026-01` (the sequence grows past 99 as needed). */
export function gapAssessmentReference(year: number, sequence: number): string {
  return `${gapAssessmentReferencePrefix(year)}${String(sequence).padStart(2, '0')}`;
}

/** A gap assessment of one organisation against one framework version, as stored. */
export interface GapAssessment {
  id: string;
  organizationId: string;
  /** `GA-2026-01`, unique within the organisation, never reused. */
  reference: string;
  /** The framework version assessed, pinned at creation. */
  frameworkId: string;
  title: string;
  /** The ISMS scope statement assessed. */
  scope: string;
  /** Calendar date, `YYYY-MM-DD`. */
  assessmentDate: string;
  targetCertificationDate: string | null;
  status: GapAssessmentStatus;
  assessors: string[];
  interviewees: string[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

/** The fields of an answer an assessor edits. */
export interface GapAnswerFields {
  status: ConformityStatus;
  maturity: number | null;
  targetMaturity: number | null;
  documentation: DocumentationState | null;
  /** Why the requirement is not applicable. */
  justification: string | null;
  gap: string | null;
  recommendation: string | null;
  /** Who is responsible, as free text (an email lets a contributor edit it). */
  owner: string | null;
  /** A priority set by hand, with its reason. */
  priorityOverride: { priority: Priority; reason: string } | null;
  effort: Effort | null;
  notes: string | null;
}

/** One stored answer of an assessment; `version` 0 means nothing is stored yet. */
export interface GapAssessmentAnswer extends GapAnswerFields {
  assessmentId: string;
  requirementId: string;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
  /** Where a pre-filled answer came from (absent or null when typed in from scratch). */
  origin?: GapAnswerOrigin | null;
}

/** The answer of a requirement nobody has answered yet: not assessed, version 0. */
export function unansweredGapAnswer(assessmentId: string, requirementId: string): GapAssessmentAnswer {
  return {
    assessmentId,
    requirementId,
    status: 'not_assessed',
    maturity: null,
    targetMaturity: null,
    documentation: null,
    justification: null,
    gap: null,
    recommendation: null,
    owner: null,
    priorityOverride: null,
    effort: null,
    notes: null,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  };
}

/** The editable fields of an answer, in the order forms and the audit trail list them. */
export const gapAnswerFieldNames = [
  'status',
  'maturity',
  'targetMaturity',
  'documentation',
  'justification',
  'gap',
  'recommendation',
  'owner',
  'priorityOverride',
  'effort',
  'notes',
] as const satisfies readonly (keyof GapAnswerFields)[];

/** An edit of an answer: absent fields stay as they are, null clears a field. */
export type GapAnswerPatch = Partial<GapAnswerFields>;

/** Just the editable fields of an answer (for comparisons and the audit trail). */
export function pickGapAnswerFields(answer: GapAnswerFields): GapAnswerFields {
  return Object.fromEntries(gapAnswerFieldNames.map((key) => [key, answer[key]])) as unknown as GapAnswerFields;
}

/** The answer fields after applying an edit to the current ones. */
export function applyGapAnswerPatch(current: GapAnswerFields, patch: GapAnswerPatch): GapAnswerFields {
  const fields = pickGapAnswerFields(current);
  for (const key of gapAnswerFieldNames) {
    if (patch[key] !== undefined) Object.assign(fields, { [key]: patch[key] });
  }
  return fields;
}

/** A stored answer in the shape scoring, gaps and the roadmap read. */
export function toRequirementAnswer(answer: GapAnswerFields): RequirementAnswer {
  return {
    status: answer.status,
    maturity: answer.maturity,
    targetMaturity: answer.targetMaturity,
    documentation: answer.documentation,
    justification: answer.justification,
    notes: answer.notes,
    owner: answer.owner,
    effort: answer.effort,
    priority: answer.priorityOverride?.priority ?? null,
    priorityReason: answer.priorityOverride?.reason ?? null,
    gap: answer.gap,
    recommendation: answer.recommendation,
  };
}

/** One problem of an answer, located at the field to fix. */
export interface GapAnswerIssue {
  path: string;
  message: string;
}

/**
 * Why an answer cannot be recorded for a requirement (empty when it can): ISO/IEC 27001:2022 admits no
 * exclusion of clauses 4 to 10, an excluded control needs a justification (6.1.3 d), and a priority set by
 * hand needs a reason.
 */
export function gapAnswerProblems(
  node: Pick<AssessmentNode, 'refId' | 'kind'>,
  answer: GapAnswerFields,
): GapAnswerIssue[] {
  const issues: GapAnswerIssue[] = [];
  if (answer.status === 'not_applicable') {
    const problem = notApplicableProblem(node.refId, node.kind === 'clause_requirement', answer.justification);
    if (problem)
      issues.push({ path: node.kind === 'clause_requirement' ? 'status' : 'justification', message: problem });
  }
  const override = priorityOverrideProblem(answer.priorityOverride?.priority, answer.priorityOverride?.reason);
  if (override) issues.push({ path: 'priorityOverride.reason', message: override });
  return issues;
}

/** The computed and effective priority of one answer (the same rule the gap list and report apply). */
export function gapAnswerPriority(node: AssessmentNode, answer: GapAnswerFields): PriorityResult {
  const requirementAnswer = toRequirementAnswer(answer);
  return computePriority({
    kind: node.kind,
    status: answer.status,
    maturity: answer.maturity,
    targetMaturity: answer.targetMaturity,
    documentedInformationRequired: needsDocumentedInformation(node, requirementAnswer),
    documentation: answer.documentation,
    override: answer.priorityOverride,
  });
}

/** What `assessmentNodesFromRequirements` reads of a stored requirement. */
export type StoredRequirementNode = Pick<
  Requirement,
  'id' | 'parentId' | 'refId' | 'title' | 'kind' | 'assessable' | 'withdrawn' | 'attributes'
>;

let isoDocumentationFlags: ReadonlyMap<string, boolean> | undefined;

/**
 * The assessment nodes of a stored framework in reading order (withdrawn requirements cannot be assessed).
 * For the built-in ISO/IEC 27001:2022, Certa's documented-information flags apply as in
 * `iso27001AssessmentNodes`; stored attribute values (the organisation's own included) are kept.
 */
export function assessmentNodesFromRequirements(
  requirements: readonly StoredRequirementNode[],
  options: { iso27001: boolean },
): AssessmentNode[] {
  if (options.iso27001)
    isoDocumentationFlags ??= new Map(
      iso27001AssessmentNodes().map((node) => [node.refId, node.documentedInformationRequired ?? false]),
    );
  const refOfId = new Map(requirements.map((node) => [node.id, node.refId]));
  return requirements.map((node) => ({
    refId: node.refId,
    title: node.title,
    parentRefId: node.parentId === null ? null : (refOfId.get(node.parentId) ?? null),
    kind: node.kind,
    assessable: node.assessable && !node.withdrawn,
    attributes: node.attributes,
    documentedInformationRequired: options.iso27001 ? (isoDocumentationFlags?.get(node.refId) ?? false) : false,
  }));
}
