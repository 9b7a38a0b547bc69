import { roadmapPhases, type RoadmapPhase, type RoadmapTaskStatus } from '@certa/core';

/** What the timeline needs to know of a task. */
export interface TimelineTask {
  id: string;
  reference: string;
  title: string;
  phase: RoadmapPhase;
  milestone: string | null;
  plannedStart: string | null;
  plannedDue: string | null;
  status: RoadmapTaskStatus;
  overdue: boolean;
}

/** One drawn task: a bar from start to due, or a diamond on the due date for milestones. */
export interface TimelineRow {
  task: TimelineTask;
  y: number;
  x1: number;
  x2: number;
  shape: 'bar' | 'diamond';
}

/** Where everything of the timeline goes, in SVG user units. */
export interface TimelineLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  axisHeight: number;
  lanes: { phase: RoadmapPhase; y: number; height: number }[];
  rows: TimelineRow[];
  ticks: { x: number; label: string }[];
  today: number | null;
  target: number | null;
}

const dayMs = 24 * 60 * 60 * 1000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Lays the dated tasks out as a chart: one swimlane per phase (in phase order), one row per task inside
 * its lane, x proportional to the date between the earliest start and the latest due or target date;
 * month ticks on the axis and the today line when today falls inside. Null when no task has dates.
 */
export function timelineLayout(
  tasks: readonly TimelineTask[],
  options: { today: string; assessmentDate: string; targetCertificationDate: string | null; width?: number },
): TimelineLayout | null {
  const dated = tasks.filter((task) => task.plannedDue !== null);
  if (dated.length === 0) return null;
  const width = options.width ?? 1000;
  const labelWidth = 240;
  const rowHeight = 24;
  const axisHeight = 40;
  const laneGap = 6;
  const right = 16;
  const days = dated.flatMap((task) => [task.plannedStart ?? task.plannedDue!, task.plannedDue!]);
  const from = Math.min(dayNumber(options.assessmentDate), ...days.map(dayNumber));
  const to = Math.max(
    ...days.map(dayNumber),
    ...(options.targetCertificationDate ? [dayNumber(options.targetCertificationDate)] : []),
  );
  const span = Math.max(1, to - from);
  const x = (day: string) => labelWidth + ((dayNumber(day) - from) / span) * (width - labelWidth - right);

  const lanes: TimelineLayout['lanes'] = [];
  const rows: TimelineRow[] = [];
  let y = axisHeight;
  for (const phase of roadmapPhases) {
    const own = dated.filter((task) => task.phase === phase);
    if (own.length === 0) continue;
    const laneTop = y;
    for (const task of own) {
      const due = x(task.plannedDue!);
      const start = task.plannedStart ? x(task.plannedStart) : due;
      rows.push({ task, y, x1: Math.min(start, due), x2: due, shape: task.milestone === null ? 'bar' : 'diamond' });
      y += rowHeight;
    }
    lanes.push({ phase, y: laneTop, height: y - laneTop });
    y += laneGap;
  }

  const ticks: TimelineLayout['ticks'] = [];
  const first = new Date(from * dayMs);
  const totalMonths = span / 30;
  const step = totalMonths > 30 ? 6 : totalMonths > 15 ? 3 : 1;
  for (
    let month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
    month.getTime() / dayMs <= to;
  ) {
    if (month.getUTCMonth() % step === 0) {
      const day = month.toISOString().slice(0, 10);
      const name = months[month.getUTCMonth()] ?? '';
      ticks.push({
        x: x(day),
        label: month.getUTCMonth() === 0 || ticks.length === 0 ? `${name} ${month.getUTCFullYear()}` : name,
      });
    }
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  }

  const inside = (day: string | null) => day !== null && dayNumber(day) >= from && dayNumber(day) <= to;
  return {
    width,
    height: y,
    labelWidth,
    rowHeight,
    axisHeight,
    lanes,
    rows,
    ticks,
    today: inside(options.today) ? x(options.today) : null,
    target: inside(options.targetCertificationDate) ? x(options.targetCertificationDate!) : null,
  };
}
