import {
  assertCan,
  assessmentNodesFromRequirements,
  dashboardAssessmentAge,
  defaultAssessmentMaxAgeMonths,
  iso27001FrameworkInfo,
  scoreAssessment,
  scoreGroupTitles,
  type AnswersByRef,
  type Dashboard,
  utcDay,
} from '@certa/core';
import {
  countEvidenceItems,
  countGapAssessmentsByStatus,
  findAssessmentMaxAgeMonths,
  listFrameworkScoringNodes,
  listLatestGapAssessmentsPerFramework,
  listScoringAnswers,
  type ScoringAnswerRow,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import type { RequestContext } from '../http/request-context.ts';
import { gapAssessmentOrganization } from './gap-assessment-read.service.ts';
import { getOrganizationRoadmapProgress } from './roadmap.service.ts';

function answersOf(rows: readonly ScoringAnswerRow[]): AnswersByRef {
  return Object.fromEntries(
    rows.map((row) => [
      row.refId,
      {
        status: row.status,
        maturity: row.maturity,
        targetMaturity: row.targetMaturity,
        documentation: row.documentation,
      },
    ]),
  );
}

/**
 * The organisation dashboard: the latest assessment of each framework with its headline scores and
 * renewal flag, assessments by status and evidence needing attention. Counts come from aggregate
 * queries; the scores of the latest assessments are computed by core from their answers.
 */
export async function getOrganizationDashboard(deps: AppDeps, context: RequestContext): Promise<Dashboard> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = gapAssessmentOrganization(context);
  const db = deps.database.db;
  const today = utcDay(context.now);
  const maxAge = (await findAssessmentMaxAgeMonths(db, organizationId)) ?? defaultAssessmentMaxAgeMonths;
  const latest = await listLatestGapAssessmentsPerFramework(db, organizationId);
  const [byStatus, evidence, answers, trees] = [
    await countGapAssessmentsByStatus(db, organizationId),
    await countEvidenceItems(db, organizationId, today),
    await listScoringAnswers(
      db,
      organizationId,
      latest.map((assessment) => assessment.id),
    ),
    await listFrameworkScoringNodes(db, [...new Set(latest.map((assessment) => assessment.framework.id))]),
  ];
  const answersByAssessment = new Map<string, ScoringAnswerRow[]>();
  for (const answer of answers) {
    const list = answersByAssessment.get(answer.assessmentId) ?? [];
    list.push(answer);
    answersByAssessment.set(answer.assessmentId, list);
  }
  const latestAssessments = latest.map((assessment) => {
    const iso27001 =
      assessment.framework.source === 'built_in' && assessment.framework.slug === iso27001FrameworkInfo.slug;
    const nodes = assessmentNodesFromRequirements(trees.get(assessment.framework.id) ?? [], { iso27001 });
    const scores = scoreAssessment(nodes, answersOf(answersByAssessment.get(assessment.id) ?? []), {
      attributeKeys: [],
    });
    const { byAttribute: _unused, ...headline } = scores;
    const { source: _source, ...framework } = assessment.framework;
    return {
      id: assessment.id,
      reference: assessment.reference,
      title: assessment.title,
      status: assessment.status,
      assessmentDate: assessment.assessmentDate,
      completedAt: assessment.completedAt?.toISOString() ?? null,
      framework,
      counts: assessment.counts,
      scores: headline,
      groupTitles: scoreGroupTitles(nodes, scores),
      age: dashboardAssessmentAge(assessment.assessmentDate, today, maxAge),
    };
  });
  return {
    today,
    assessmentMaxAgeMonths: maxAge,
    latestAssessments,
    assessments: { total: Object.values(byStatus).reduce((sum, count) => sum + count, 0), byStatus },
    evidence,
    roadmap: await dashboardRoadmap(deps, context),
  };
}

/** The headline of the organisation's tracked roadmap (the one generated most recently), or null. */
async function dashboardRoadmap(deps: AppDeps, context: RequestContext): Promise<Dashboard['roadmap']> {
  const tracked = await getOrganizationRoadmapProgress(deps, context);
  if (!tracked) return null;
  const { progress } = tracked;
  return {
    assessmentId: tracked.assessment.id,
    total: progress.total,
    done: progress.done,
    overdue: progress.overdue,
    percentDone: progress.percentDone,
    nextMilestone: progress.nextMilestone
      ? { title: progress.nextMilestone.title, due: progress.nextMilestone.due }
      : null,
  };
}
