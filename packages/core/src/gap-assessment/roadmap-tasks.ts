import { effortWeights, type Effort } from './gap-assessment.ts';
import type { RoadmapTaskStatus } from './provenance.ts';
import { roadmapPhases, type RoadmapMilestone, type RoadmapPhase } from './roadmap-packages.ts';
import { stage1WeeksBeforeTarget, type RoadmapItem, type RoadmapSchedule } from './roadmap-schedule.ts';

/** A roadmap work package or milestone tracked as a task, as stored. */
export interface RoadmapTask {
  id: string;
  organizationId: string;
  /** The assessment whose gaps it was generated from. */
  assessmentId: string;
  /** `WP-01`… or `MS-1`…, as generated; unique within the assessment's roadmap. */
  reference: string;
  milestone: RoadmapMilestone | null;
  phase: RoadmapPhase;
  /** Order in the plan (0 first). */
  position: number;
  title: string;
  /** Why it sits where it does, in one line. */
  rationale: string;
  /** The requirements it closes. */
  refIds: string[];
  owner: string | null;
  effort: Effort | null;
  /** Calendar dates `YYYY-MM-DD`; null when the assessment had no target certification date. */
  plannedStart: string | null;
  plannedDue: string | null;
  status: RoadmapTaskStatus;
  notes: string | null;
  completedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
}

/** What generation decides about a task; ids, organisation, assessment and timestamps come from the service. */
export type RoadmapTaskDraft = Pick<
  RoadmapTask,
  | 'reference'
  | 'milestone'
  | 'phase'
  | 'position'
  | 'title'
  | 'rationale'
  | 'refIds'
  | 'owner'
  | 'effort'
  | 'plannedStart'
  | 'plannedDue'
  | 'status'
  | 'notes'
  | 'completedAt'
>;

/** The fields a person may change on a tracked task. */
export type RoadmapTaskFields = Pick<
  RoadmapTask,
  'status' | 'owner' | 'plannedStart' | 'plannedDue' | 'notes' | 'title'
>;

/** A change to a task: absent fields stay as they are, null clears one. */
export type RoadmapTaskPatch = Partial<RoadmapTaskFields>;

/** Turns the generated roadmap (work packages and milestones) into tasks to track, all still to do. */
export function tasksFromRoadmap(items: readonly RoadmapItem[]): RoadmapTaskDraft[] {
  return items.map((item, position) => ({
    reference: item.id,
    milestone: item.milestone,
    phase: item.phase,
    position,
    title: item.title,
    rationale: item.rationale,
    refIds: [...item.refIds],
    owner: item.owner,
    effort: item.effort,
    plannedStart: item.start,
    plannedDue: item.due,
    status: 'todo',
    notes: null,
    completedAt: null,
  }));
}

const sameRequirements = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Whether a task has been worked on: its status moved, or someone wrote notes about it. */
export const hasProgress = (task: Pick<RoadmapTask, 'status' | 'notes'>) => task.status !== 'todo' || !!task.notes;

/**
 * Regenerating keeps the work done: a new draft whose reference and requirements are the same as an
 * existing task takes over that task's status, owner, notes and completion time (its dates are laid out
 * again, since the target may have moved). Returns each draft with the task it continues, if any.
 */
export function carryOverProgress<
  T extends Pick<RoadmapTask, 'reference' | 'refIds' | 'status' | 'owner' | 'notes' | 'completedAt'>,
>(drafts: readonly RoadmapTaskDraft[], existing: readonly T[]): { draft: RoadmapTaskDraft; previous: T | null }[] {
  const byReference = new Map(existing.map((task) => [task.reference, task]));
  return drafts.map((draft) => {
    const previous = byReference.get(draft.reference);
    if (!previous || !sameRequirements(previous.refIds, draft.refIds)) return { draft, previous: null };
    const { status, owner, notes, completedAt } = previous;
    return { draft: { ...draft, status, owner, notes, completedAt }, previous };
  });
}

// Re-opening is allowed: done work can turn out unfinished; a cancelled package can be taken up again.
const nextStatuses: Readonly<Record<RoadmapTaskStatus, readonly RoadmapTaskStatus[]>> = {
  todo: ['in_progress', 'blocked', 'done', 'cancelled'],
  in_progress: ['todo', 'blocked', 'done', 'cancelled'],
  blocked: ['todo', 'in_progress', 'done', 'cancelled'],
  done: ['todo', 'in_progress'],
  cancelled: ['todo'],
};

/** The statuses a task in `from` may move to. */
export function roadmapTaskTransitionTargets(from: RoadmapTaskStatus): readonly RoadmapTaskStatus[] {
  return nextStatuses[from];
}

/** Why a task cannot move from `from` to `to`, or null when it can (staying put is no move). */
export function roadmapTaskTransitionProblem(from: RoadmapTaskStatus, to: RoadmapTaskStatus): string | null {
  if (from === to || nextStatuses[from].includes(to)) return null;
  const why =
    from === 'done'
      ? 'completed work is re-opened first (to do or in progress)'
      : 'a cancelled package is taken up again as to do first';
  return `A task cannot go from ${from} to ${to}: ${why}`;
}

/** One problem with a task's fields, for the form field it concerns. */
export interface RoadmapTaskIssue {
  path: 'status' | 'notes' | 'plannedStart' | 'plannedDue';
  message: string;
}

/** What is wrong with a task as it would be after a change (empty when nothing is). */
export function roadmapTaskProblems(current: RoadmapTaskFields, next: RoadmapTaskFields): RoadmapTaskIssue[] {
  const issues: RoadmapTaskIssue[] = [];
  const transition = roadmapTaskTransitionProblem(current.status, next.status);
  if (transition) issues.push({ path: 'status', message: transition });
  if (next.status === 'cancelled' && !next.notes?.trim())
    issues.push({ path: 'notes', message: 'Say in the notes why the work package is cancelled' });
  if (next.plannedStart && next.plannedDue && next.plannedStart > next.plannedDue)
    issues.push({ path: 'plannedDue', message: 'The planned due date cannot come before the planned start' });
  return issues;
}

/**
 * Applies a change to a task: moving to done stamps `completedAt` (now), moving away from done clears it.
 * Validation is separate (`roadmapTaskProblems`), so a form can explain every problem at once.
 */
export function applyRoadmapTaskPatch<T extends RoadmapTaskFields & Pick<RoadmapTask, 'completedAt'>>(
  task: T,
  patch: RoadmapTaskPatch,
  now: Date,
): T {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const next = { ...task, ...defined } as T;
  if (next.status === 'done' && task.status !== 'done') next.completedAt = now;
  if (next.status !== 'done') next.completedAt = null;
  return next;
}

/** Weight of a task in effort-weighted progress: its effort points (S 1, M 2, L 4, XL 8); none weighs 0. */
export const roadmapTaskWeight = (task: Pick<RoadmapTask, 'effort'>) =>
  task.effort === null ? 0 : effortWeights[task.effort];

/** How the work done compares with the plan on a date. */
export const roadmapVerdicts = ['complete', 'ahead', 'on_track', 'behind', 'not_scheduled', 'empty'] as const;

/** One verdict. */
export type RoadmapVerdict = (typeof roadmapVerdicts)[number];

/** Points of percentage the work done may differ from the plan and still be on track. */
export const onTrackTolerancePoints = 5;

/** Progress figures of a set of tasks (the whole roadmap or one phase). */
export interface RoadmapFigures {
  total: number;
  todo: number;
  inProgress: number;
  blocked: number;
  done: number;
  cancelled: number;
  /** Not done or cancelled, and due before today. */
  overdue: number;
  /** Share of the effort (of tasks not cancelled) that is done, 0–100; null when nothing carries effort. */
  percentDone: number | null;
  /** Share of that effort planned to be done by today (due date on or before today), 0–100; null without dates. */
  plannedPercent: number | null;
  effortPoints: { total: number; done: number; planned: number };
}

/** Progress of a roadmap against its plan on one day. */
export interface RoadmapProgress extends RoadmapFigures {
  today: string;
  verdict: RoadmapVerdict;
  /** The next milestone not yet done or cancelled. */
  nextMilestone: {
    taskId: string;
    reference: string;
    milestone: RoadmapMilestone | null;
    title: string;
    due: string | null;
    /** Days from today to its due date (negative once past); null without a date. */
    daysAway: number | null;
  } | null;
  phases: ({ phase: RoadmapPhase } & RoadmapFigures)[];
}

const dayMs = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);
const isClosed = (task: Pick<RoadmapTask, 'status'>) => task.status === 'done' || task.status === 'cancelled';

/** Whether a task is late on `today`: still open and its due date has passed. */
export const isRoadmapTaskOverdue = (task: Pick<RoadmapTask, 'status' | 'plannedDue'>, today: string) =>
  !isClosed(task) && task.plannedDue !== null && task.plannedDue < today;

type ProgressTask = Pick<
  RoadmapTask,
  'id' | 'reference' | 'milestone' | 'phase' | 'position' | 'title' | 'effort' | 'plannedDue' | 'status'
>;

function figures(tasks: readonly ProgressTask[], today: string): RoadmapFigures {
  const count = (status: RoadmapTaskStatus) => tasks.filter((task) => task.status === status).length;
  const open = tasks.filter((task) => task.status !== 'cancelled');
  // Effort-weighted: closing an XL package moves the figure more than an S one. When nothing carries
  // effort (only certification body audits), every task counts one.
  const weighted = open.some((task) => roadmapTaskWeight(task) > 0);
  const weight = (task: ProgressTask) => (weighted ? roadmapTaskWeight(task) : 1);
  const sum = (list: readonly ProgressTask[]) => list.reduce((total, task) => total + weight(task), 0);
  const total = sum(open);
  const dated = open.some((task) => task.plannedDue !== null);
  const planned = sum(open.filter((task) => task.plannedDue !== null && task.plannedDue <= today));
  const done = sum(open.filter((task) => task.status === 'done'));
  return {
    total: tasks.length,
    todo: count('todo'),
    inProgress: count('in_progress'),
    blocked: count('blocked'),
    done: count('done'),
    cancelled: count('cancelled'),
    overdue: tasks.filter((task) => isRoadmapTaskOverdue(task, today)).length,
    percentDone: share(done, total),
    plannedPercent: dated ? share(planned, total) : null,
    effortPoints: { total, done, planned: dated ? planned : 0 },
  };
}

function verdictOf(figures: RoadmapFigures): RoadmapVerdict {
  if (figures.total === 0) return 'empty';
  if (figures.done > 0 && figures.done === figures.total - figures.cancelled) return 'complete';
  if (figures.plannedPercent === null || figures.percentDone === null) return 'not_scheduled';
  const lead = figures.percentDone - figures.plannedPercent;
  if (lead > onTrackTolerancePoints) return 'ahead';
  if (lead < -onTrackTolerancePoints) return 'behind';
  return 'on_track';
}

/**
 * Progress of a tracked roadmap on `today` (`YYYY-MM-DD`): counts by status, overdue tasks, the share of
 * effort done against the share planned by today (effort-weighted, cancelled tasks left out), the verdict,
 * the next open milestone and the same figures per phase.
 */
export function roadmapProgress(tasks: readonly ProgressTask[], today: string): RoadmapProgress {
  const overall = figures(tasks, today);
  const next = tasks
    .filter((task) => task.milestone !== null && !isClosed(task))
    .sort(
      (a, b) => (a.plannedDue ?? '9999-12-31').localeCompare(b.plannedDue ?? '9999-12-31') || a.position - b.position,
    )[0];
  return {
    ...overall,
    today,
    verdict: verdictOf(overall),
    nextMilestone: next
      ? {
          taskId: next.id,
          reference: next.reference,
          milestone: next.milestone,
          title: next.title,
          due: next.plannedDue,
          daysAway: next.plannedDue === null ? null : daysBetween(today, next.plannedDue),
        }
      : null,
    phases: roadmapPhases
      .map((phase) => ({ phase, tasks: tasks.filter((task) => task.phase === phase) }))
      .filter((entry) => entry.tasks.length > 0)
      .map(({ phase, tasks: own }) => ({ phase, ...figures(own, today) })),
  };
}

/**
 * How the tracked tasks' dates fit between the assessment and the target date, computed from the stored
 * (possibly edited) dates; null without a target date or without any planned start.
 */
export function scheduleOfTasks(
  tasks: readonly Pick<RoadmapTask, 'plannedStart'>[],
  dates: { assessmentDate: string; targetCertificationDate: string | null },
): RoadmapSchedule | null {
  const target = dates.targetCertificationDate;
  const starts = tasks.flatMap((task) => (task.plannedStart ? [task.plannedStart] : []));
  if (target === null || starts.length === 0) return null;
  const latestStart = starts.reduce((earliest, start) => (start < earliest ? start : earliest));
  const weeksNeeded = Math.ceil(daysBetween(latestStart, target) / 7);
  const weeksAvailable = Math.floor(daysBetween(dates.assessmentDate, target) / 7);
  return {
    assessmentDate: dates.assessmentDate,
    targetCertificationDate: target,
    stage1AuditDate: new Date(Date.parse(`${target}T00:00:00Z`) - stage1WeeksBeforeTarget * 7 * dayMs)
      .toISOString()
      .slice(0, 10),
    latestStart,
    weeksNeeded,
    weeksAvailable,
    slackWeeks: weeksAvailable - weeksNeeded,
    fits: latestStart >= dates.assessmentDate,
  };
}
