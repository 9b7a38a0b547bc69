import type { RequirementKind } from '../framework/framework.ts';
import { frameworkLayout, type AssessmentNode, type FrameworkLayout } from './assessment-nodes.ts';
import {
  answerFor,
  computePriority,
  documentationFinding,
  type AnswersByRef,
  type ConformityStatus,
  type DocumentationFinding,
  type Effort,
  type Priority,
} from './gap-assessment.ts';
import { buildRoadmap, listGaps, type Gap } from './gaps-and-roadmap.ts';
import type { RoadmapItem, RoadmapSchedule } from './roadmap-schedule.ts';
import { needsDocumentedInformation, scoreAssessment, type AssessmentScores, type ScoringOptions } from './scoring.ts';

/** One assessable requirement as the report's appendix lists it. */
export interface GapReportRequirement {
  refId: string;
  title: string;
  kind: RequirementKind;
  status: ConformityStatus;
  maturity: number | null;
  target: number | null;
  documentation: DocumentationFinding | null;
  priority: Priority | null;
  effort: Effort | null;
  owner: string | null;
  justification: string | null;
  gap: string | null;
  recommendation: string | null;
  /** The assessor's working notes, so the XLSX is a faithful offline copy of the answers. */
  notes: string | null;
  evidence: string[];
}

/** Everything a gap report shows: the model the JSON output, Markdown and later PDF/DOCX are rendered from. */
export interface GapReport {
  framework: { slug: string; version: string; name: string };
  organization: string;
  scope: string;
  date: string;
  targetCertificationDate: string | null;
  assessors: string[];
  scores: Omit<AssessmentScores, 'documentedInformation' | 'layout'>;
  documentedInformation: AssessmentScores['documentedInformation'];
  gaps: Gap[];
  roadmap: RoadmapItem[];
  schedule: RoadmapSchedule | null;
  requirements: GapReportRequirement[];
  /** Titles of the headings the scores are grouped by (clauses, themes, top-level groups). */
  groupTitles: Record<string, string>;
  layout: FrameworkLayout;
}

/** What `buildGapReport` needs. */
export interface GapReportInput {
  framework: { slug: string; version: string; name: string };
  organization: string;
  scope: string;
  date: string;
  targetCertificationDate?: string | null;
  assessors?: readonly string[] | null;
  nodes: readonly AssessmentNode[];
  answers: AnswersByRef;
  options?: ScoringOptions;
}

/** Scores an assessment, lists its gaps and plans the roadmap, in one report model. */
export function buildGapReport(input: GapReportInput): GapReport {
  const layout = input.options?.layout ?? frameworkLayout(input.nodes);
  const {
    documentedInformation,
    layout: _layout,
    ...scores
  } = scoreAssessment(input.nodes, input.answers, {
    ...input.options,
    layout,
  });
  const gaps = listGaps(input.nodes, input.answers, { layout });
  const roadmap = buildRoadmap(gaps, {
    assessmentDate: input.date,
    targetCertificationDate: input.targetCertificationDate ?? null,
    layout,
  });
  const requirements = input.nodes
    .filter((node) => node.assessable)
    .map((node): GapReportRequirement => {
      const answer = answerFor(input.answers, node.refId);
      const status = answer?.status ?? 'not_assessed';
      const priority = computePriority({
        kind: node.kind,
        status,
        maturity: answer?.maturity ?? null,
        targetMaturity: answer?.targetMaturity ?? null,
        documentedInformationRequired: needsDocumentedInformation(node, answer),
        documentation: answer?.documentation ?? null,
        override: answer?.priority ? { priority: answer.priority, reason: answer.priorityReason ?? '' } : null,
      });
      return {
        refId: node.refId,
        title: node.title,
        kind: node.kind,
        status,
        maturity: answer?.maturity ?? null,
        target: answer?.targetMaturity ?? null,
        documentation:
          status !== 'not_applicable' && needsDocumentedInformation(node, answer) ? documentationFinding(answer) : null,
        priority: priority.effective,
        effort: answer?.effort ?? null,
        owner: answer?.owner ?? null,
        justification: answer?.justification ?? null,
        gap: answer?.gap ?? null,
        recommendation: answer?.recommendation ?? null,
        notes: answer?.notes ?? null,
        evidence: [...(answer?.evidence ?? [])],
      };
    });
  const grouped = new Set([
    ...Object.keys(scores.byClause),
    ...Object.keys(scores.byTheme),
    ...Object.keys(scores.byGroup),
  ]);
  return {
    framework: input.framework,
    organization: input.organization,
    scope: input.scope,
    date: input.date,
    targetCertificationDate: input.targetCertificationDate ?? null,
    assessors: [...(input.assessors ?? [])],
    scores,
    documentedInformation,
    gaps,
    roadmap: roadmap.items,
    schedule: roadmap.schedule,
    requirements,
    groupTitles: Object.fromEntries(
      input.nodes.filter((node) => grouped.has(node.refId)).map((node) => [node.refId, node.title]),
    ),
    layout,
  };
}
