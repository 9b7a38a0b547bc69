import { describe, expect, it } from 'vitest';
import { timelineLayout, type TimelineTask } from './timeline-layout.ts';

const task = (overrides: Partial<TimelineTask>): TimelineTask => ({
  id: overrides.reference ?? 'id',
  reference: 'WP-01',
  title: 'Package',
  phase: 'foundations',
  milestone: null,
  plannedStart: '2026-02-01',
  plannedDue: '2026-03-01',
  status: 'todo',
  overdue: false,
  ...overrides,
});

const tasks = [
  task({ reference: 'WP-02', phase: 'controls', plannedStart: '2026-03-01', plannedDue: '2026-05-01' }),
  task({ reference: 'WP-01' }),
  task({
    reference: 'MS-1',
    phase: 'readiness',
    milestone: 'stage_2_audit',
    plannedStart: '2026-06-01',
    plannedDue: '2026-06-01',
  }),
  task({ reference: 'WP-03', phase: 'risk', plannedStart: null, plannedDue: null }),
];
const options = { today: '2026-03-01', assessmentDate: '2026-01-01', targetCertificationDate: '2026-07-01' };

describe('timelineLayout', () => {
  it('puts phases in phase order as lanes, one row per dated task', () => {
    const layout = timelineLayout(tasks, options)!;
    expect(layout.lanes.map((lane) => lane.phase)).toEqual(['foundations', 'controls', 'readiness']);
    expect(layout.rows.map((row) => [row.task.reference, row.shape])).toEqual([
      ['WP-01', 'bar'],
      ['WP-02', 'bar'],
      ['MS-1', 'diamond'],
    ]);
    expect(layout.rows[1]!.y).toBeGreaterThan(layout.rows[0]!.y);
  });

  it('places dates proportionally between the assessment date and the target', () => {
    const layout = timelineLayout(tasks, { ...options, width: 1240 })!;
    // 1240 − 240 labels − 16 margin = 984 units for 181 days.
    const perDay = 984 / 181;
    expect(layout.rows[0]!.x1).toBeCloseTo(240 + 31 * perDay);
    expect(layout.rows[0]!.x2).toBeCloseTo(240 + 59 * perDay);
    expect(layout.today).toBeCloseTo(layout.rows[0]!.x2);
    expect(layout.target).toBeCloseTo(1240 - 16);
  });

  it('labels months on the axis, the year on the first and on January', () => {
    const labels = timelineLayout(tasks, options)!.ticks.map((tick) => tick.label);
    expect(labels).toEqual(['Feb 2026', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
  });

  it('draws nothing without dates, and no today line outside the plan', () => {
    expect(timelineLayout([tasks[3]!], options)).toBeNull();
    expect(timelineLayout(tasks, { ...options, today: '2027-01-01' })!.today).toBeNull();
  });
});
