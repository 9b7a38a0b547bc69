import type { RoadmapPhase, RoadmapTaskStatus, RoadmapVerdict } from '@certa/core';

/** How each task status is named on screen. */
export const taskStatusLabels: Record<RoadmapTaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** One colour per task status (the label always carries the meaning). */
export const taskStatusColors: Record<RoadmapTaskStatus, string> = {
  todo: 'gray',
  in_progress: 'blue',
  blocked: 'red',
  done: 'green',
  cancelled: 'gray',
};

/** How each phase is named on screen, in the order the phases run. */
export const phaseLabels: Record<RoadmapPhase, string> = {
  foundations: '1 · ISMS foundations',
  risk: '2 · Risk assessment, treatment and SoA',
  controls: '3 · Annex A controls',
  readiness: '4 · Internal audit, management review, certification',
};

/** Short phase names for the timeline's swimlanes. */
export const phaseShortLabels: Record<RoadmapPhase, string> = {
  foundations: 'Foundations',
  risk: 'Risk & SoA',
  controls: 'Controls',
  readiness: 'Readiness',
};

/** How the comparison of work done with the plan is named. */
export const verdictLabels: Record<RoadmapVerdict, string> = {
  complete: 'Complete',
  ahead: 'Ahead of plan',
  on_track: 'On track',
  behind: 'Behind plan',
  not_scheduled: 'No dates planned',
  empty: 'No tasks',
};

/** One colour per verdict. */
export const verdictColors: Record<RoadmapVerdict, string> = {
  complete: 'green',
  ahead: 'green',
  on_track: 'blue',
  behind: 'red',
  not_scheduled: 'gray',
  empty: 'gray',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `30 Nov 2026` for a calendar date `2026-11-30`; a dash for none. */
export function formatDay(day: string | null): string {
  return day ? dateFormat.format(new Date(`${day}T00:00:00Z`)) : '—';
}

/** `in 12 days`, `today`, `3 days ago`. */
export function daysAwayLabel(days: number): string {
  if (days === 0) return 'today';
  const count = Math.abs(days);
  const unit = count === 1 ? 'day' : 'days';
  return days > 0 ? `in ${count} ${unit}` : `${count} ${unit} ago`;
}

/** A percentage figure, or a dash. */
export function percentLabel(value: number | null): string {
  return value === null ? '—' : `${String(Math.round(value * 10) / 10)} %`;
}
