import { controlAttributeTypes } from '../framework/attributes.ts';
import { frameworkLayout, indexNodes, type AssessmentNode, type FrameworkLayout } from './assessment-nodes.ts';
import {
  answerFor,
  conformityStatuses,
  documentationFinding,
  maturityGap,
  roundScore,
  statusWeights,
  type AnswersByRef,
  type ConformityStatus,
  type RequirementAnswer,
} from './gap-assessment.ts';

/** Conformity, coverage, counts and maturity of a set of assessable requirements. */
export interface Score {
  /** 100 × mean status weight over assessed applicable requirements, one decimal; null when none is assessed. */
  conformity: number | null;
  /** Assessed ÷ applicable × 100, one decimal; null when nothing is applicable. */
  coverage: number | null;
  counts: {
    total: number;
    /** Total minus not applicable. */
    applicable: number;
    /** Applicable minus not assessed. */
    assessed: number;
    byStatus: Record<ConformityStatus, number>;
  };
  /** Means over the applicable requirements that have the value, one decimal; null when none has. */
  maturity: { current: number | null; target: number | null; gap: number | null };
}

/** How complete the documented information is that the assessed requirements call for. */
export interface DocumentedInformationSummary {
  /** Applicable requirements needing documented information. */
  required: number;
  approved: number;
  draft: number;
  missing: number;
  /** Requirements needing documented information whose state nobody recorded. */
  notRecorded: number;
  /** Approved ÷ required × 100, one decimal; null when nothing is required. */
  completeness: number | null;
}

/** Every score of one assessment. */
export interface AssessmentScores {
  layout: FrameworkLayout;
  overall: Score;
  /** ISO/IEC 27001: requirements of clauses 4 to 10; null for other frameworks. */
  managementSystem: Score | null;
  /** ISO/IEC 27001: the Annex A controls; null for other frameworks. */
  annexA: Score | null;
  /** ISO/IEC 27001: by top-level clause, `'4'` … `'10'`. */
  byClause: Record<string, Score>;
  /** ISO/IEC 27001: by Annex A theme, `'A.5'` … `'A.8'`. */
  byTheme: Record<string, Score>;
  /** Attribute key → value → score, for the attribute keys scored that the requirements carry. */
  byAttribute: Record<string, Record<string, Score>>;
  /** Other frameworks: by top-level heading. */
  byGroup: Record<string, Score>;
  documentedInformation: DocumentedInformationSummary;
}

/** Attribute keys scored by default: the ISO/IEC 27002 attribute types, implementation groups, edition changes. */
export const scoredAttributeKeys: readonly string[] = [
  ...Object.keys(controlAttributeTypes),
  'implementation_group',
  'edition_change',
];

/** Options of `scoreAssessment`. */
export interface ScoringOptions {
  /** Grouping; detected from the tree when absent. */
  layout?: FrameworkLayout;
  /** Attribute keys to score by; `scoredAttributeKeys` when absent. */
  attributeKeys?: readonly string[];
}

interface Rated {
  node: AssessmentNode;
  answer: RequirementAnswer | undefined;
  status: ConformityStatus;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : roundScore(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : roundScore((100 * part) / whole);
}

const present = (value: number | null | undefined): value is number => value !== null && value !== undefined;

/** Scores a set of rated requirements. */
function score(items: readonly Rated[]): Score {
  const byStatus = Object.fromEntries(conformityStatuses.map((status) => [status, 0])) as Record<
    ConformityStatus,
    number
  >;
  let weights = 0;
  for (const item of items) {
    byStatus[item.status] += 1;
    weights += statusWeights[item.status] ?? 0;
  }
  const total = items.length;
  const applicable = total - byStatus.not_applicable;
  const assessed = applicable - byStatus.not_assessed;
  const inScope = items.filter((item) => item.status !== 'not_applicable');
  return {
    conformity: percent(weights, assessed),
    coverage: percent(assessed, applicable),
    counts: { total, applicable, assessed, byStatus },
    maturity: {
      current: mean(inScope.map((item) => item.answer?.maturity).filter(present)),
      target: mean(inScope.map((item) => item.answer?.targetMaturity).filter(present)),
      gap: mean(inScope.map((item) => maturityGap(item.answer?.maturity, item.answer?.targetMaturity)).filter(present)),
    },
  };
}

/** Whether a requirement calls for documented information: Certa's guidance says so, or the answer records some. */
export function needsDocumentedInformation(node: AssessmentNode, answer: RequirementAnswer | undefined): boolean {
  return node.documentedInformationRequired === true || (answer?.documentation ?? null) !== null;
}

function documentedInformation(items: readonly Rated[]): DocumentedInformationSummary {
  const summary = { required: 0, approved: 0, draft: 0, missing: 0, notRecorded: 0 };
  for (const item of items) {
    if (item.status === 'not_applicable' || !needsDocumentedInformation(item.node, item.answer)) continue;
    summary.required += 1;
    const finding = documentationFinding(item.answer);
    if (finding === 'not_recorded') summary.notRecorded += 1;
    else summary[finding] += 1;
  }
  return { ...summary, completeness: percent(summary.approved, summary.required) };
}

/** Groups rated requirements under keys kept in the order the keys were first given. */
function scoreGroups(keys: readonly string[], items: readonly Rated[], keyOf: (item: Rated) => string[]) {
  const groups = new Map<string, Rated[]>(keys.map((key) => [key, []]));
  for (const item of items) for (const key of keyOf(item)) groups.get(key)?.push(item);
  return Object.fromEntries([...groups].map(([key, members]) => [key, score(members)]));
}

/**
 * Scores an assessment: overall, management system and Annex A, by clause and theme (ISO/IEC 27001) or
 * by top-level heading (other frameworks), by attribute value, and documented-information completeness.
 * A requirement without an answer is not assessed; answers to unknown references are ignored.
 */
export function scoreAssessment(
  nodes: readonly AssessmentNode[],
  answers: AnswersByRef,
  options: ScoringOptions = {},
): AssessmentScores {
  const layout = options.layout ?? frameworkLayout(nodes);
  const index = indexNodes(nodes);
  const items: Rated[] = nodes
    .filter((node) => node.assessable)
    .map((node) => {
      const answer = answerFor(answers, node.refId);
      return { node, answer, status: answer?.status ?? 'not_assessed' };
    });
  const topOf = (item: Rated) => index.ancestors(item.node.refId)[0] ?? item.node.refId;
  const headings = nodes.filter((node) => node.parentRefId === null && !node.assessable).map((node) => node.refId);

  const attributeKeys = options.attributeKeys ?? scoredAttributeKeys;
  const byAttribute: Record<string, Record<string, Score>> = {};
  for (const key of attributeKeys) {
    const values = [...new Set(items.flatMap((item) => item.node.attributes?.[key] ?? []))];
    if (values.length === 0) continue;
    byAttribute[key] = scoreGroups(values, items, (item) => [...(item.node.attributes?.[key] ?? [])]);
  }

  const base = { layout, overall: score(items), byAttribute, documentedInformation: documentedInformation(items) };
  if (layout === 'generic')
    return {
      ...base,
      managementSystem: null,
      annexA: null,
      byClause: {},
      byTheme: {},
      byGroup: scoreGroups(headings, items, (item) => [topOf(item)]),
    };
  const annexItems = items.filter((item) => topOf(item) === 'A');
  const themes = nodes.filter((node) => node.parentRefId === 'A').map((node) => node.refId);
  return {
    ...base,
    managementSystem: score(items.filter((item) => topOf(item) !== 'A')),
    annexA: score(annexItems),
    byClause: scoreGroups(
      headings.filter((refId) => refId !== 'A'),
      items,
      (item) => [topOf(item)],
    ),
    byTheme: scoreGroups(themes, annexItems, (item) => index.ancestors(item.node.refId).slice(1, 2)),
    byGroup: {},
  };
}
