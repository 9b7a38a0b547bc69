import {
  assertCan,
  assessmentNodesFromRequirements,
  assessmentStaleness,
  assessmentTransitionTargets,
  buildGapReport,
  DomainError,
  gapAnswerPriority,
  iso27001FrameworkInfo,
  scoreAssessment,
  toRequirementAnswer,
  unansweredGapAnswer,
  utcDay,
  type AnswersByRef,
  type AssessmentNode,
  type AssessmentStaleness,
  type AssessmentScores,
  type Framework,
  type GapAssessment,
  type GapAssessmentAnswer,
  type GapAssessmentStatus,
  type GapReport,
  type Requirement,
  type Score,
} from '@certa/core';
import {
  findFrameworkVisibleTo,
  findGapAssessment,
  findOrganization,
  findOrganizationAssessmentMaxAge,
  listAnswerOriginLabels,
  listFrameworkScoringNodes,
  listGapAnswers,
  listGapAssessments,
  listRequirements,
  listScoringAnswers,
  type Executor,
  type GapAssessmentWithCounts,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { GapAnswerResult } from './gap-answer.service.ts';

/** An assessment in lists: stored fields, framework, counts and overall score. */
export interface GapAssessmentSummary {
  assessment: GapAssessmentWithCounts;
  overall: Score;
  nextStatuses: readonly GapAssessmentStatus[];
  /** For a completed assessment read at a known time: whether it is due for renewal. */
  stale?: AssessmentStaleness | null;
}

/** An assessment with its framework tree, every assessable requirement's answer and every score. */
export interface GapAssessmentDetail extends GapAssessmentSummary {
  requirements: Requirement[];
  answers: GapAnswerResult[];
  scores: AssessmentScores;
}

/** The organisation a request works in; gap assessments exist only inside one. */
export function gapAssessmentOrganization(context: RequestContext): string {
  const organizationId = context.actor.membership?.organizationId;
  if (!organizationId) throw new DomainError('forbidden', 'Gap assessments belong to an organisation');
  return organizationId;
}

/** The error for an assessment that does not exist in the organisation (or belongs to another). */
export const gapAssessmentNotFound = (id: string) => new DomainError('not_found', `No gap assessment ${id}`);

/** Whether a framework is the built-in ISO/IEC 27001:2022 (Certa's documented-information flags apply). */
export const isIso27001Framework = (framework: Framework) =>
  framework.source === 'built_in' && framework.slug === iso27001FrameworkInfo.slug;

/** A framework's tree as stored and as scoring reads it. */
export interface FrameworkNodes {
  framework: Framework;
  requirements: Requirement[];
  nodes: AssessmentNode[];
  refOf: Map<string, string>;
}

/** The requirement tree of an assessment's framework as scoring reads it. */
export async function loadFrameworkNodes(
  db: Executor,
  organizationId: string,
  frameworkId: string,
): Promise<FrameworkNodes> {
  const framework = await findFrameworkVisibleTo(db, organizationId, frameworkId);
  if (!framework) throw new DomainError('not_found', `No framework ${frameworkId}`);
  const requirements = await listRequirements(db, frameworkId, organizationId);
  const nodes = assessmentNodesFromRequirements(requirements, { iso27001: isIso27001Framework(framework) });
  return { framework, requirements, nodes, refOf: new Map(requirements.map((node) => [node.id, node.refId])) };
}

// fromEntries defines own properties, so no reference (not even `__proto__`) can reach a prototype.
const answersByRef = (tree: FrameworkNodes, answers: readonly GapAssessmentAnswer[]) =>
  Object.fromEntries(
    answers.map((answer) => [tree.refOf.get(answer.requirementId) ?? '', toRequirementAnswer(answer)]),
  );

async function loadSummaries(
  db: Executor,
  organizationId: string,
  ids?: string[],
  now?: Date,
): Promise<GapAssessmentSummary[]> {
  const assessments = await listGapAssessments(db, organizationId, ids);
  // Completed assessments age: past the organisation's maximum age they are due for renewal.
  const maxAge = now && (await findOrganizationAssessmentMaxAge(db, organizationId));
  const staleness = (assessment: GapAssessmentWithCounts) =>
    now && maxAge && assessment.status === 'completed'
      ? assessmentStaleness(assessment.assessmentDate, utcDay(now), maxAge)
      : null;
  // Only what the overall score reads: the scoring fields of the answers and each framework's tree once.
  const answers = await listScoringAnswers(
    db,
    organizationId,
    assessments.map((assessment) => assessment.id),
  );
  const answersOf = new Map<string, Record<string, AnswersByRef[string]>>();
  for (const answer of answers) {
    // A prototype-free object: no reference (not even `__proto__`) can reach a prototype.
    const own = answersOf.get(answer.assessmentId) ?? (Object.create(null) as Record<string, AnswersByRef[string]>);
    own[answer.refId] = {
      status: answer.status,
      maturity: answer.maturity,
      targetMaturity: answer.targetMaturity,
      documentation: answer.documentation,
    };
    answersOf.set(answer.assessmentId, own);
  }
  const frameworks = new Map<string, Framework>();
  for (const frameworkId of new Set(assessments.map((assessment) => assessment.frameworkId))) {
    const framework = await findFrameworkVisibleTo(db, organizationId, frameworkId);
    if (framework) frameworks.set(frameworkId, framework);
  }
  const trees = await listFrameworkScoringNodes(db, [...frameworks.keys()]);
  const nodesOf = new Map(
    [...frameworks].map(([id, framework]) => [
      id,
      assessmentNodesFromRequirements(trees.get(id) ?? [], { iso27001: isIso27001Framework(framework) }),
    ]),
  );
  const summaries: GapAssessmentSummary[] = [];
  for (const assessment of assessments) {
    const nodes = nodesOf.get(assessment.frameworkId) ?? [];
    const overall = scoreAssessment(nodes, answersOf.get(assessment.id) ?? {}, { attributeKeys: [] }).overall;
    summaries.push({
      assessment,
      overall,
      nextStatuses: assessmentTransitionTargets(assessment.status),
      stale: staleness(assessment),
    });
  }
  return summaries;
}

/** One assessment in the shape lists show it. */
export async function loadGapAssessmentSummary(
  db: Executor,
  organizationId: string,
  id: string,
  now?: Date,
): Promise<GapAssessmentSummary> {
  const [summary] = await loadSummaries(db, organizationId, [id], now);
  if (!summary) throw gapAssessmentNotFound(id);
  return summary;
}

/** The organisation's gap assessments, newest first. */
export async function listOrganizationGapAssessments(
  deps: AppDeps,
  context: RequestContext,
): Promise<GapAssessmentSummary[]> {
  assertCan(context.actor, 'ismsContent.read');
  return loadSummaries(deps.database.db, gapAssessmentOrganization(context), undefined, deps.clock());
}

/** One assessment with its framework tree, an answer for every assessable requirement, and its scores. */
export async function getGapAssessmentDetail(
  deps: AppDeps,
  context: RequestContext,
  id: string,
): Promise<GapAssessmentDetail> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = gapAssessmentOrganization(context);
  const db = deps.database.db;
  const [assessment] = await listGapAssessments(db, organizationId, [id]);
  if (!assessment) throw gapAssessmentNotFound(id);
  const tree = await loadFrameworkNodes(db, organizationId, assessment.frameworkId);
  const stored = new Map(
    (await listGapAnswers(db, organizationId, [id])).map((answer) => [answer.requirementId, answer]),
  );
  const labels = await listAnswerOriginLabels(db, organizationId, [...stored.values()]);
  const answers = tree.requirements.flatMap((requirement, index) => {
    const node = tree.nodes[index];
    if (!node?.assessable) return [];
    const answer = stored.get(requirement.id) ?? unansweredGapAnswer(id, requirement.id);
    const originLabels = {
      assessmentReference: labels.assessments.get(answer.origin?.assessmentId ?? '') ?? null,
      requirementRefId: labels.requirements.get(answer.origin?.requirementId ?? '') ?? null,
    };
    return [{ answer, refId: node.refId, priority: gapAnswerPriority(node, answer), originLabels }];
  });
  const scores = scoreAssessment(tree.nodes, answersByRef(tree, [...stored.values()]));
  const nextStatuses = assessmentTransitionTargets(assessment.status);
  const maxAge = await findOrganizationAssessmentMaxAge(db, organizationId);
  const stale =
    assessment.status === 'completed' && maxAge
      ? assessmentStaleness(assessment.assessmentDate, utcDay(deps.clock()), maxAge)
      : null;
  return {
    assessment,
    overall: scores.overall,
    nextStatuses,
    stale,
    requirements: tree.requirements,
    answers,
    scores,
  };
}

/** The gap report model of an assessment: scores, gaps, roadmap and every requirement's row. */
export async function getGapAssessmentReport(
  deps: AppDeps,
  context: RequestContext,
  id: string,
): Promise<{ assessment: GapAssessment; report: GapReport }> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = gapAssessmentOrganization(context);
  const db = deps.database.db;
  const assessment = await findGapAssessment(db, organizationId, id);
  if (!assessment) throw gapAssessmentNotFound(id);
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw gapAssessmentNotFound(id);
  const tree = await loadFrameworkNodes(db, organizationId, assessment.frameworkId);
  const { framework } = tree;
  const report = buildGapReport({
    framework: { slug: framework.slug, version: framework.version, name: framework.name },
    organization: organization.name,
    scope: assessment.scope,
    date: assessment.assessmentDate,
    targetCertificationDate: assessment.targetCertificationDate,
    assessors: assessment.assessors,
    nodes: tree.nodes,
    answers: answersByRef(tree, await listGapAnswers(db, organizationId, [id])),
  });
  return { assessment, report };
}
