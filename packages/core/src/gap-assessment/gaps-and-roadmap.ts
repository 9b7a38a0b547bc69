import type { RequirementKind } from '../framework/framework.ts';
import { frameworkLayout, indexNodes, type AssessmentNode, type FrameworkLayout } from './assessment-nodes.ts';
import {
  answerFor,
  computePriority,
  documentationFinding,
  maturityGap,
  priorities,
  statusWeights,
  type AnswersByRef,
  type ConformityStatus,
  type DocumentationFinding,
  type Effort,
  type Priority,
  type PriorityRule,
} from './gap-assessment.ts';
import { buildPhasedPackages } from './roadmap-packages.ts';
import { scheduleRoadmap, type RoadmapItem, type RoadmapSchedule } from './roadmap-schedule.ts';
import { needsDocumentedInformation } from './scoring.ts';

/** One gap: a requirement not (fully) implemented, or whose required documented information is not approved. */
export interface Gap {
  refId: string;
  title: string;
  kind: RequirementKind;
  /** Top-level clause (`'4'`), Annex A theme (`'A.5'`) or, for other frameworks, top-level heading. */
  group: string | null;
  groupTitle: string | null;
  status: ConformityStatus;
  /** The priority in force: the assessor's override, else the computed one. */
  priority: Priority | null;
  computedPriority: Priority | null;
  priorityRule: PriorityRule | null;
  priorityReason: string | null;
  priorityOverridden: boolean;
  maturity: { current: number | null; target: number | null; gap: number | null };
  /** State of the documented information, where the requirement needs some; else null. */
  documentation: DocumentationFinding | null;
  /** Size of the gap in maturity levels, 0–5 (see docs/scoring.md). */
  gapSize: number;
  effort: Effort | null;
  owner: string | null;
  /** The gap found, in the assessor's words. */
  gap: string | null;
  recommendation: string | null;
  /** Position in the framework's reading order. */
  position: number;
}

/**
 * Size of a gap in maturity levels: the larger of the recorded maturity gap and what the status implies
 * against level 3 (not implemented 3, partially implemented 1.5); a documentation-only gap counts 1.
 */
export function gapSize(status: ConformityStatus, maturityShortfall: number | null, documentationGap: boolean): number {
  const statusGap = 3 * (1 - (statusWeights[status] ?? 1));
  return Math.max(statusGap, maturityShortfall ?? 0, documentationGap ? 1 : 0);
}

const priorityRank = (priority: Priority | null) =>
  priority === null ? priorities.length : priorities.indexOf(priority);

/**
 * Lists the gaps of an assessment, sorted by priority (high first), then gap size (largest first), then
 * reading order. Not applicable and not assessed requirements are never gaps.
 */
export function listGaps(
  nodes: readonly AssessmentNode[],
  answers: AnswersByRef,
  options: { layout?: FrameworkLayout } = {},
): Gap[] {
  const layout = options.layout ?? frameworkLayout(nodes);
  const index = indexNodes(nodes);
  const gaps: Gap[] = [];
  nodes.forEach((node, position) => {
    const answer = answerFor(answers, node.refId);
    if (!node.assessable || !answer || answer.status === 'not_applicable' || answer.status === 'not_assessed') return;
    const documentedInformationRequired = needsDocumentedInformation(node, answer);
    const documentation = documentedInformationRequired ? documentationFinding(answer) : null;
    const documentationGap = documentation !== null && documentation !== 'approved';
    if (answer.status === 'implemented' && !documentationGap) return;
    const ancestors = index.ancestors(node.refId);
    const group = (layout === 'iso27001' && ancestors[0] === 'A' ? ancestors[1] : ancestors[0]) ?? null;
    const shortfall = maturityGap(answer.maturity, answer.targetMaturity);
    const priority = computePriority({
      kind: node.kind,
      status: answer.status,
      maturity: answer.maturity ?? null,
      targetMaturity: answer.targetMaturity ?? null,
      documentedInformationRequired,
      documentation: answer.documentation ?? null,
      override: answer.priority ? { priority: answer.priority, reason: answer.priorityReason ?? '' } : null,
    });
    gaps.push({
      refId: node.refId,
      title: node.title,
      kind: node.kind,
      group,
      groupTitle: group === null ? null : (index.byRef.get(group)?.title ?? null),
      status: answer.status,
      priority: priority.effective,
      computedPriority: priority.computed,
      priorityRule: priority.rule,
      priorityReason: priority.reason,
      priorityOverridden: priority.overridden,
      maturity: { current: answer.maturity ?? null, target: answer.targetMaturity ?? null, gap: shortfall },
      documentation,
      gapSize: gapSize(answer.status, shortfall, documentationGap),
      effort: answer.effort ?? null,
      owner: answer.owner ?? null,
      gap: answer.gap ?? null,
      recommendation: answer.recommendation ?? null,
      position,
    });
  });
  return gaps.sort(
    (a, b) => priorityRank(a.priority) - priorityRank(b.priority) || b.gapSize - a.gapSize || a.position - b.position,
  );
}

/** Options of `buildRoadmap`. */
export interface RoadmapOptions {
  /** ISO date the certificate is aimed at (the stage 2 audit); without it the roadmap has no dates. */
  targetCertificationDate?: string | null;
  /** ISO date of the assessment: the plan cannot start before it. */
  assessmentDate: string;
  /** `iso27001` (default) adds the risk phase and the internal audit, management review and audit milestones. */
  layout?: FrameworkLayout;
}

/** A roadmap to certification: work packages and milestones in phase order, and how the dates fit. */
export interface Roadmap {
  items: RoadmapItem[];
  /** Null without a target certification date. */
  schedule: RoadmapSchedule | null;
}

/**
 * Turns gaps into a roadmap: ISMS foundations, then risk assessment, treatment and the Statement of
 * Applicability, then Annex A controls by gap size × priority ÷ effort, then the internal audit and
 * management review before the stage 1 audit; dates laid out backwards from the target date.
 */
export function buildRoadmap(gaps: readonly Gap[], options: RoadmapOptions): Roadmap {
  const layout = options.layout ?? 'iso27001';
  return scheduleRoadmap(buildPhasedPackages(gaps, layout), {
    layout,
    assessmentDate: options.assessmentDate,
    targetCertificationDate: options.targetCertificationDate ?? null,
  });
}
