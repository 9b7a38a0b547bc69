import { isRoadmapTaskOverdue, roadmapTaskTransitionTargets, type GapAssessment, type RoadmapTask } from '@certa/core';
import type { OrganizationRoadmapProgress, RoadmapGenerateResult, RoadmapView } from '../services/roadmap.service.ts';

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/** JSON of one tracked task, with its next statuses and whether it is overdue on `today`. */
export function presentRoadmapTask(task: RoadmapTask, today: string) {
  return {
    id: task.id,
    assessmentId: task.assessmentId,
    reference: task.reference,
    kind: task.milestone === null ? ('work_package' as const) : ('milestone' as const),
    milestone: task.milestone,
    phase: task.phase,
    position: task.position,
    title: task.title,
    rationale: task.rationale,
    refIds: task.refIds,
    owner: task.owner,
    effort: task.effort,
    plannedStart: task.plannedStart,
    plannedDue: task.plannedDue,
    status: task.status,
    nextStatuses: [...roadmapTaskTransitionTargets(task.status)],
    overdue: isRoadmapTaskOverdue(task, today),
    notes: task.notes,
    completedAt: iso(task.completedAt),
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    updatedBy: task.updatedBy,
  };
}

const presentAssessment = (assessment: GapAssessment) => ({
  id: assessment.id,
  reference: assessment.reference,
  title: assessment.title,
  status: assessment.status,
  assessmentDate: assessment.assessmentDate,
  targetCertificationDate: assessment.targetCertificationDate,
});

/** JSON of a tracked roadmap. */
export function presentRoadmapView(view: RoadmapView) {
  return {
    assessment: presentAssessment(view.assessment),
    tasks: view.tasks.map((task) => presentRoadmapTask(task, view.today)),
    schedule: view.schedule,
    progress: view.progress,
    generatedAt: iso(view.generatedAt),
  };
}

/** JSON of what generating a roadmap did. */
export function presentRoadmapGenerateResult(result: RoadmapGenerateResult) {
  return { ...presentRoadmapView(result), carriedOver: result.carriedOver, replaced: result.replaced };
}

/** JSON of the organisation's roadmap progress, for the dashboard. */
export function presentOrganizationRoadmapProgress(value: OrganizationRoadmapProgress) {
  return {
    assessment: presentAssessment(value.assessment),
    progress: value.progress,
    generatedAt: value.generatedAt.toISOString(),
  };
}
