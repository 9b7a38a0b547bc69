import { randomUUID } from 'node:crypto';
import {
  applyRoadmapTaskPatch,
  assertCan,
  carryOverProgress,
  DomainError,
  hasProgress,
  roadmapProgress,
  roadmapTaskProblems,
  scheduleOfTasks,
  summarizeChanges,
  tasksFromRoadmap,
  type GapAssessment,
  type RoadmapProgress,
  type RoadmapSchedule,
  type RoadmapTask,
  type RoadmapTaskFields,
  type RoadmapTaskPatch,
  utcDay,
} from '@certa/core';
import {
  appendAuditEvent,
  deleteRoadmapTasks,
  findGapAssessment,
  findLatestTrackedRoadmap,
  findRoadmapTask,
  insertRoadmapTasks,
  listRoadmapTasks,
  updateRoadmapTask,
  type Executor,
} from '@certa/db';
import type { AppDeps } from '../app-deps.ts';
import { auditContext, type RequestContext } from '../http/request-context.ts';
import { presentRoadmapTask } from '../presenters/roadmap.presenter.ts';
import {
  gapAssessmentNotFound,
  gapAssessmentOrganization,
  getGapAssessmentReport,
} from './gap-assessment-read.service.ts';

/** A tracked roadmap: its assessment, tasks in plan order, how the dates fit and progress on today. */
export interface RoadmapView {
  assessment: GapAssessment;
  tasks: RoadmapTask[];
  schedule: RoadmapSchedule | null;
  progress: RoadmapProgress | null;
  generatedAt: Date | null;
  /** The calendar day progress is measured on (UTC). */
  today: string;
}

/** What generating did: the new roadmap, how many tasks kept their progress and how many were replaced. */
export interface RoadmapGenerateResult extends RoadmapView {
  carriedOver: number;
  replaced: number;
}

/** The organisation's tracked roadmap as the dashboard shows it. */
export interface OrganizationRoadmapProgress {
  assessment: GapAssessment;
  progress: RoadmapProgress;
  generatedAt: Date;
}

const todayOf = (context: RequestContext) => utcDay(context.now);
const taskNotFound = (id: string) => new DomainError('not_found', `No roadmap task ${id}`);

function viewOf(assessment: GapAssessment, tasks: RoadmapTask[], today: string): RoadmapView {
  const generatedAt = tasks.reduce<Date | null>(
    (latest, task) => (latest === null || task.createdAt > latest ? task.createdAt : latest),
    null,
  );
  return {
    assessment,
    tasks,
    schedule: scheduleOfTasks(tasks, assessment),
    progress: tasks.length === 0 ? null : roadmapProgress(tasks, today),
    generatedAt,
    today,
  };
}

async function loadView(db: Executor, organizationId: string, assessmentId: string, today: string) {
  const assessment = await findGapAssessment(db, organizationId, assessmentId);
  if (!assessment) throw gapAssessmentNotFound(assessmentId);
  return viewOf(assessment, await listRoadmapTasks(db, organizationId, assessmentId), today);
}

/** The tracked roadmap of an assessment (no tasks before it is generated). */
export async function getRoadmap(deps: AppDeps, context: RequestContext, assessmentId: string): Promise<RoadmapView> {
  assertCan(context.actor, 'ismsContent.read');
  return loadView(deps.database.db, gapAssessmentOrganization(context), assessmentId, todayOf(context));
}

/**
 * Generates the tracked roadmap of an assessment from its current gaps, with the same generator and
 * inputs as the gap report, so the report's roadmap and the tracked one agree. An existing roadmap is
 * refused with 409 unless `replace` is set; replacing keeps the status, owner and notes of tasks whose
 * reference and requirements are unchanged, and starts the others again as to do.
 */
export async function generateRoadmap(
  deps: AppDeps,
  context: RequestContext,
  assessmentId: string,
  input: { replace: boolean },
): Promise<RoadmapGenerateResult> {
  assertCan(context.actor, 'ismsContent.write');
  const organizationId = gapAssessmentOrganization(context);
  const { report } = await getGapAssessmentReport(deps, context, assessmentId);
  const drafts = tasksFromRoadmap(report.roadmap);
  const today = todayOf(context);
  return deps.database.db.transaction(async (tx) => {
    // Locks the assessment so that two generations of the same roadmap run one after the other.
    const assessment = await findGapAssessment(tx, organizationId, assessmentId, 'update');
    if (!assessment) throw gapAssessmentNotFound(assessmentId);
    if (drafts.length === 0)
      throw new DomainError(
        'validation_failed',
        `${assessment.reference} has no gaps to plan: rate requirements as not or partially implemented first`,
      );
    const existing = await listRoadmapTasks(tx, organizationId, assessmentId);
    if (existing.length > 0 && !input.replace) {
      const worked = existing.filter(hasProgress).length;
      throw new DomainError(
        'conflict',
        `${assessment.reference} already has a roadmap of ${existing.length} tasks (${worked} with progress). Send replace: true to generate it again: tasks whose reference and requirements are unchanged keep their status, owner and notes; the others start again as to do`,
        { tasks: existing.length, withProgress: worked },
      );
    }
    const carried = carryOverProgress(drafts, existing);
    const tasks: RoadmapTask[] = carried.map(({ draft, previous }) => ({
      ...draft,
      id: previous?.id ?? randomUUID(),
      organizationId,
      assessmentId,
      version: previous ? previous.version + 1 : 1,
      createdAt: context.now,
      updatedAt: context.now,
      updatedBy: context.actor.userId,
    }));
    const replaced = await deleteRoadmapTasks(tx, organizationId, assessmentId);
    await insertRoadmapTasks(tx, tasks);
    const carriedOver = carried.filter((entry) => entry.previous !== null).length;
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'roadmap.generated',
        entityType: 'gap_assessment',
        entityId: assessmentId,
        changes: {
          assessment: { after: assessment.reference },
          tasks: replaced > 0 ? { before: replaced, after: tasks.length } : { after: tasks.length },
          ...(replaced > 0 ? { carriedOver: { after: carriedOver } } : {}),
        },
      },
      auditContext(context),
    );
    return { ...viewOf(assessment, tasks, today), carriedOver, replaced };
  });
}

const ownedBy = (owner: string | null, email: string) => owner !== null && owner.trim().toLowerCase() === email;

const editableFields = (task: RoadmapTaskFields): RoadmapTaskFields => ({
  status: task.status,
  title: task.title,
  owner: task.owner,
  plannedStart: task.plannedStart,
  plannedDue: task.plannedDue,
  notes: task.notes,
});

/**
 * Records a change to a task if `version` is still the stored one; a stale version is refused with 409
 * and the current task in `details.current`. Contributors may change a task only while its owner is
 * their email, and cannot hand it to someone else.
 */
export async function updateRoadmapTaskFields(
  deps: AppDeps,
  context: RequestContext,
  taskId: string,
  input: RoadmapTaskPatch & { version: number },
): Promise<{ task: RoadmapTask; today: string }> {
  const organizationId = gapAssessmentOrganization(context);
  const { version, ...patch } = input;
  const today = todayOf(context);
  return deps.database.db.transaction(async (tx) => {
    const current = await findRoadmapTask(tx, organizationId, taskId);
    if (!current) throw taskNotFound(taskId);
    const next = applyRoadmapTaskPatch(current, patch, context.now);
    const email = context.actor.email;
    const assigned = ownedBy(current.owner, email) && ownedBy(next.owner, email);
    assertCan(context.actor, 'ismsContent.write', {
      assignedMembershipId: assigned ? context.actor.membership?.id : null,
    });
    const stale = (latest: RoadmapTask) =>
      new DomainError(
        'conflict',
        `${latest.reference} was changed by someone else (it is at version ${latest.version}, your edit started from version ${version}): review the current task and apply your change again`,
        { current: presentRoadmapTask(latest, today) },
      );
    if (current.version !== version) throw stale(current);
    const issues = roadmapTaskProblems(current, next);
    const invalid = issues.find((issue) => issue.path !== 'status');
    if (issues[0]?.path === 'status') throw new DomainError('invalid_transition', issues[0].message, { issues });
    if (invalid) throw new DomainError('validation_failed', invalid.message, { issues });
    const changes = summarizeChanges({ ...editableFields(current) }, { ...editableFields(next) });
    if (Object.keys(changes).length === 0) return { task: current, today };

    const saved = await updateRoadmapTask(
      tx,
      organizationId,
      taskId,
      {
        ...editableFields(next),
        completedAt: next.completedAt,
        updatedAt: context.now,
        updatedBy: context.actor.userId,
      },
      version,
    );
    if (!saved) throw stale((await findRoadmapTask(tx, organizationId, taskId)) ?? current);
    await appendAuditEvent(
      tx,
      {
        organizationId,
        action: 'roadmap.task_updated',
        entityType: 'roadmap_task',
        entityId: taskId,
        changes: {
          reference: { after: current.reference },
          ...changes,
          version: { before: current.version, after: saved.version },
        },
      },
      auditContext(context),
    );
    return { task: saved, today };
  });
}

/** Progress of the organisation's tracked roadmap (the one generated most recently), or null when none. */
export async function getOrganizationRoadmapProgress(
  deps: AppDeps,
  context: RequestContext,
): Promise<OrganizationRoadmapProgress | null> {
  assertCan(context.actor, 'ismsContent.read');
  const organizationId = gapAssessmentOrganization(context);
  const db = deps.database.db;
  const latest = await findLatestTrackedRoadmap(db, organizationId);
  if (!latest) return null;
  const view = await loadView(db, organizationId, latest.assessmentId, todayOf(context));
  if (!view.progress) return null;
  return { assessment: view.assessment, progress: view.progress, generatedAt: latest.generatedAt };
}
