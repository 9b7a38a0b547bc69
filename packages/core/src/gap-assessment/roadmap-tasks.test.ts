import { describe, expect, it } from 'vitest';
import { iso27001AssessmentNodes } from './assessment-nodes.ts';
import { buildRoadmap, listGaps } from './gaps-and-roadmap.ts';
import type { RoadmapTaskStatus } from './provenance.ts';
import {
  applyRoadmapTaskPatch,
  carryOverProgress,
  roadmapProgress,
  roadmapTaskProblems,
  roadmapTaskTransitionProblem,
  scheduleOfTasks,
  tasksFromRoadmap,
  type RoadmapTask,
  type RoadmapTaskFields,
} from './roadmap-tasks.ts';
import { roadmapGenerateInputSchema, roadmapTaskUpdateInputSchema } from './roadmap-tasks.schemas.ts';
import { workedExampleAnswers } from './test-assessment.ts';

const roadmap = buildRoadmap(listGaps(iso27001AssessmentNodes(), workedExampleAnswers), {
  assessmentDate: '2026-01-15',
  targetCertificationDate: '2026-11-30',
});
const drafts = tasksFromRoadmap(roadmap.items);

const at = new Date('2026-03-01T10:00:00Z');
let counter = 0;
function task(overrides: Partial<RoadmapTask> = {}): RoadmapTask {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    organizationId: 'org',
    assessmentId: 'assessment',
    reference: `WP-${String(counter).padStart(2, '0')}`,
    milestone: null,
    phase: 'controls',
    position: counter,
    title: `Package ${String(counter)}`,
    rationale: 'Because',
    refIds: ['A.5.1'],
    owner: null,
    effort: 'M',
    plannedStart: '2026-02-01',
    plannedDue: '2026-03-01',
    status: 'todo',
    notes: null,
    completedAt: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
    ...overrides,
  };
}

const fields = (overrides: Partial<RoadmapTaskFields> = {}): RoadmapTaskFields => ({
  status: 'todo',
  owner: null,
  plannedStart: '2026-02-01',
  plannedDue: '2026-03-01',
  notes: null,
  title: 'A package',
  ...overrides,
});

describe('tasksFromRoadmap', () => {
  it('turns every work package and milestone into a task to do, in plan order, keeping dates and rationale', () => {
    expect(drafts).toHaveLength(roadmap.items.length);
    drafts.forEach((draft, position) => {
      const item = roadmap.items[position]!;
      expect(draft).toEqual({
        reference: item.id,
        milestone: item.milestone,
        phase: item.phase,
        position,
        title: item.title,
        rationale: item.rationale,
        refIds: item.refIds,
        owner: item.owner,
        effort: item.effort,
        plannedStart: item.start,
        plannedDue: item.due,
        status: 'todo',
        notes: null,
        completedAt: null,
      });
    });
    expect(drafts.map((draft) => draft.reference)).toContain('MS-1');
    expect(drafts.find((draft) => draft.refIds.includes('6.1.2'))?.phase).toBe('risk');
  });

  it('keeps a milestone without dates when the assessment has no target date', () => {
    const undated = buildRoadmap(listGaps(iso27001AssessmentNodes(), workedExampleAnswers), {
      assessmentDate: '2026-01-15',
    });
    expect(tasksFromRoadmap(undated.items).every((draft) => draft.plannedDue === null)).toBe(true);
  });
});

describe('carryOverProgress', () => {
  it('keeps status, owner, notes and completion of tasks whose reference and requirements are unchanged', () => {
    const [first, second] = drafts;
    const done = task({
      reference: first!.reference,
      refIds: [...first!.refIds].reverse(),
      status: 'done',
      owner: 'ciso@example.test',
      notes: 'Signed off',
      completedAt: at,
    });
    const moved = task({ reference: second!.reference, refIds: ['A.9.9'], status: 'in_progress' });
    const result = carryOverProgress(drafts, [done, moved]);
    expect(result[0]).toEqual({
      draft: { ...first, status: 'done', owner: 'ciso@example.test', notes: 'Signed off', completedAt: at },
      previous: done,
    });
    expect(result[1]).toEqual({ draft: second, previous: null });
  });
});

describe('status transitions', () => {
  const allowed: [RoadmapTaskStatus, RoadmapTaskStatus][] = [
    ['todo', 'in_progress'],
    ['todo', 'done'],
    ['in_progress', 'blocked'],
    ['blocked', 'in_progress'],
    ['done', 'in_progress'],
    ['done', 'todo'],
    ['cancelled', 'todo'],
    ['done', 'done'],
  ];
  it.each(allowed)('lets a task go from %s to %s', (from, to) => {
    expect(roadmapTaskTransitionProblem(from, to)).toBeNull();
  });

  it.each([
    ['done', 'cancelled', /re-opened first/],
    ['done', 'blocked', /re-opened first/],
    ['cancelled', 'done', /taken up again/],
    ['cancelled', 'in_progress', /taken up again/],
  ] as const)('refuses %s to %s and says why', (from, to, why) => {
    expect(roadmapTaskTransitionProblem(from, to)).toMatch(why);
  });
});

describe('roadmapTaskProblems', () => {
  it('needs a reason in the notes to cancel', () => {
    expect(roadmapTaskProblems(fields(), fields({ status: 'cancelled' }))).toEqual([
      { path: 'notes', message: 'Say in the notes why the work package is cancelled' },
    ]);
    expect(roadmapTaskProblems(fields(), fields({ status: 'cancelled', notes: 'Out of scope now' }))).toEqual([]);
    expect(
      roadmapTaskProblems(fields({ status: 'cancelled', notes: 'x' }), fields({ status: 'cancelled', notes: null })),
    ).toHaveLength(1);
  });

  it('refuses a due date before the start', () => {
    expect(roadmapTaskProblems(fields(), fields({ plannedStart: '2026-04-01' }))).toEqual([
      { path: 'plannedDue', message: 'The planned due date cannot come before the planned start' },
    ]);
    expect(roadmapTaskProblems(fields(), fields({ plannedStart: '2026-03-01' }))).toEqual([]);
  });

  it('reports a refused transition on the status field', () => {
    expect(roadmapTaskProblems(fields({ status: 'done' }), fields({ status: 'blocked' }))[0]?.path).toBe('status');
  });
});

describe('applyRoadmapTaskPatch', () => {
  const now = new Date('2026-04-02T08:00:00Z');
  it('stamps the completion when a task is done and clears it when re-opened', () => {
    const done = applyRoadmapTaskPatch(task(), { status: 'done' }, now);
    expect(done.completedAt).toEqual(now);
    expect(applyRoadmapTaskPatch(done, { notes: 'Evidence filed' }, new Date()).completedAt).toEqual(now);
    expect(applyRoadmapTaskPatch(done, { status: 'in_progress' }, now).completedAt).toBeNull();
  });

  it('leaves absent fields alone and clears those sent as null', () => {
    const next = applyRoadmapTaskPatch(task({ owner: 'it@example.test', notes: 'n' }), { owner: null }, now);
    expect(next).toMatchObject({ owner: null, notes: 'n', status: 'todo' });
  });
});

describe('roadmapProgress', () => {
  const plan = [
    task({ phase: 'foundations', effort: 'S', plannedDue: '2026-02-01', status: 'done' }),
    task({ phase: 'risk', effort: 'L', plannedDue: '2026-03-01', status: 'in_progress' }),
    task({ phase: 'controls', effort: 'M', plannedDue: '2026-05-01' }),
    task({ phase: 'controls', effort: 'XL', plannedDue: '2026-06-01', status: 'cancelled', notes: 'Outsourced' }),
    task({
      phase: 'readiness',
      milestone: 'internal_audit',
      reference: 'MS-1',
      title: 'Internal audit',
      effort: 'M',
      plannedDue: '2026-08-01',
    }),
    task({ phase: 'readiness', milestone: 'stage_1_audit', reference: 'MS-3', effort: null, plannedDue: '2026-10-01' }),
  ];

  it('weighs done and planned work by effort, leaving cancelled tasks out', () => {
    const progress = roadmapProgress(plan, '2026-03-15');
    // Effort not cancelled: S 1 + L 4 + M 2 + M 2 + none 0 = 9; done 1; due by today 1 + 4.
    expect(progress).toMatchObject({
      total: 6,
      todo: 3,
      inProgress: 1,
      done: 1,
      cancelled: 1,
      blocked: 0,
      overdue: 1,
      percentDone: 11.1,
      plannedPercent: 55.6,
      effortPoints: { total: 9, done: 1, planned: 5 },
      verdict: 'behind',
      today: '2026-03-15',
    });
  });

  it.each([
    ['2026-01-15', 'ahead'],
    ['2026-02-01', 'on_track'],
    ['2026-03-15', 'behind'],
  ] as const)('on %s the verdict is %s', (today, verdict) => {
    expect(roadmapProgress(plan, today).verdict).toBe(verdict);
  });

  it('counts a task overdue only while it is open and its due date has passed', () => {
    expect(roadmapProgress(plan, '2026-03-01').overdue).toBe(0);
    expect(roadmapProgress(plan, '2026-03-02').overdue).toBe(1);
    expect(roadmapProgress(plan, '2026-12-01').overdue).toBe(4);
  });

  it('names the next open milestone and how far away it is', () => {
    expect(roadmapProgress(plan, '2026-07-22').nextMilestone).toMatchObject({
      reference: 'MS-1',
      milestone: 'internal_audit',
      title: 'Internal audit',
      due: '2026-08-01',
      daysAway: 10,
    });
    const afterAudit = plan.map((entry) =>
      entry.reference === 'MS-1' ? { ...entry, status: 'done' as const } : entry,
    );
    expect(roadmapProgress(afterAudit, '2026-08-02').nextMilestone?.reference).toBe('MS-3');
  });

  it('gives the same figures per phase, in phase order', () => {
    const phases = roadmapProgress(plan, '2026-03-15').phases;
    expect(phases.map((phase) => phase.phase)).toEqual(['foundations', 'risk', 'controls', 'readiness']);
    expect(phases[0]).toMatchObject({ total: 1, done: 1, percentDone: 100, plannedPercent: 100 });
    expect(phases[2]).toMatchObject({ total: 2, cancelled: 1, percentDone: 0, plannedPercent: 0 });
  });

  it('says complete when everything not cancelled is done, and empty or not scheduled when it cannot judge', () => {
    const finished = plan.map((entry) =>
      entry.status === 'cancelled' ? entry : { ...entry, status: 'done' as const },
    );
    expect(roadmapProgress(finished, '2026-03-15')).toMatchObject({ verdict: 'complete', percentDone: 100 });
    expect(roadmapProgress([], '2026-03-15')).toMatchObject({ verdict: 'empty', percentDone: null });
    const undated = plan.map((entry) => ({ ...entry, plannedDue: null }));
    expect(roadmapProgress(undated, '2026-03-15')).toMatchObject({ verdict: 'not_scheduled', plannedPercent: null });
  });

  it('counts tasks one each when none carries effort', () => {
    const audits = [
      task({ effort: null, status: 'done', plannedDue: '2026-01-01' }),
      task({ effort: null, plannedDue: '2026-12-01' }),
    ];
    expect(roadmapProgress(audits, '2026-03-01')).toMatchObject({ percentDone: 50, plannedPercent: 50 });
  });
});

describe('scheduleOfTasks', () => {
  it('measures the stored dates against the target date', () => {
    const schedule = scheduleOfTasks(tasksFromRoadmap(roadmap.items), {
      assessmentDate: '2026-01-15',
      targetCertificationDate: '2026-11-30',
    });
    expect(schedule).toEqual(roadmap.schedule);
  });

  it('is null without a target date or without dates', () => {
    expect(scheduleOfTasks([task()], { assessmentDate: '2026-01-15', targetCertificationDate: null })).toBeNull();
    expect(
      scheduleOfTasks([task({ plannedStart: null })], {
        assessmentDate: '2026-01-15',
        targetCertificationDate: '2026-11-30',
      }),
    ).toBeNull();
  });
});

describe('request schemas', () => {
  it('defaults replace to false and refuses unknown fields', () => {
    expect(roadmapGenerateInputSchema.parse({})).toEqual({ replace: false });
    expect(roadmapGenerateInputSchema.safeParse({ force: true }).success).toBe(false);
  });

  it('needs a version, clears empty texts and checks the dates it is sent', () => {
    expect(roadmapTaskUpdateInputSchema.safeParse({ status: 'done' }).success).toBe(false);
    expect(roadmapTaskUpdateInputSchema.parse({ version: 2, notes: '  ', owner: '' })).toEqual({
      version: 2,
      notes: null,
      owner: null,
    });
    const reversed = roadmapTaskUpdateInputSchema.safeParse({
      version: 1,
      plannedStart: '2026-05-01',
      plannedDue: '2026-04-01',
    });
    expect(reversed.error?.issues[0]?.path).toEqual(['plannedDue']);
    expect(roadmapTaskUpdateInputSchema.safeParse({ version: 1, status: 'paused' }).success).toBe(false);
  });
});
