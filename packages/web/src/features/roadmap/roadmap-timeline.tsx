import type { RoadmapTaskView } from '@certa/client';
import { roadmapTaskStatuses } from '@certa/core';
import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { formatDay, phaseShortLabels, taskStatusLabels } from './roadmap-labels.ts';
import { timelineLayout } from './timeline-layout.ts';
import './roadmap.css';

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The roadmap as a timeline drawn in SVG: phases as swimlanes, work packages as bars from planned start
 * to due, milestones as diamonds, a line for today and one for the target date. Colour follows the
 * status; every shape also names its status in its tooltip and the table below lists the same data.
 */
export function RoadmapTimeline({
  tasks,
  today,
  assessmentDate,
  targetCertificationDate,
}: {
  tasks: readonly RoadmapTaskView[];
  today: string;
  assessmentDate: string;
  targetCertificationDate: string | null;
}) {
  const layout = useMemo(
    () => timelineLayout(tasks, { today, assessmentDate, targetCertificationDate }),
    [tasks, today, assessmentDate, targetCertificationDate],
  );
  if (!layout) {
    return (
      <Text c="dimmed" size="sm">
        No task has dates yet: give the assessment a target certification date and generate the roadmap again to lay the
        dates out backwards from it.
      </Text>
    );
  }
  const { width, height, labelWidth, rowHeight, axisHeight } = layout;
  const summary = `Timeline of ${layout.rows.length} tasks from ${formatDay(tasks.find((task) => task.plannedStart)?.plannedStart ?? null)} to ${formatDay(targetCertificationDate)}`;
  return (
    <div className="roadmap-timeline">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={summary}>
        {layout.lanes.map((lane, index) => (
          <g key={lane.phase}>
            <rect
              x={0}
              y={lane.y - 2}
              width={width}
              height={lane.height + 4}
              className={index % 2 === 0 ? 'roadmap-lane roadmap-lane-even' : 'roadmap-lane'}
            />
            <text x={6} y={lane.y + 12} className="roadmap-lane-label">
              {phaseShortLabels[lane.phase]}
            </text>
          </g>
        ))}
        {layout.ticks.map((tick) => (
          <g key={`${tick.label}-${tick.x}`}>
            <line x1={tick.x} x2={tick.x} y1={axisHeight - 6} y2={height} className="roadmap-grid" />
            <text x={tick.x + 3} y={axisHeight - 12} className="roadmap-tick">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.rows.map(({ task, y, x1, x2, shape }) => {
          const middle = y + rowHeight / 2;
          const tip = `${task.reference} ${task.title} · ${taskStatusLabels[task.status]}${task.overdue ? ' · overdue' : ''} · ${formatDay(task.plannedStart)} – ${formatDay(task.plannedDue)}`;
          const className = `roadmap-shape roadmap-${task.status}${task.overdue ? ' roadmap-overdue' : ''}`;
          return (
            <g key={task.id}>
              <title>{tip}</title>
              <text x={88} y={middle + 4} className="roadmap-row-label">
                {shorten(`${task.reference} ${task.title}`, 24)}
              </text>
              {shape === 'bar' ? (
                <rect
                  x={x1}
                  y={y + 5}
                  width={Math.max(3, x2 - x1)}
                  height={rowHeight - 10}
                  rx={3}
                  className={className}
                />
              ) : (
                <>
                  {x2 - x1 > 2 ? (
                    <rect x={x1} y={middle - 2} width={x2 - x1} height={4} rx={2} className={className} />
                  ) : null}
                  <path
                    d={`M ${x2} ${middle - 7} L ${x2 + 7} ${middle} L ${x2} ${middle + 7} L ${x2 - 7} ${middle} Z`}
                    className={className}
                  />
                </>
              )}
            </g>
          );
        })}
        <line x1={labelWidth} x2={labelWidth} y1={axisHeight - 6} y2={height} className="roadmap-grid" />
        {layout.target !== null ? (
          <g>
            <line x1={layout.target} x2={layout.target} y1={4} y2={height} className="roadmap-target" />
            <text x={layout.target - 4} y={12} textAnchor="end" className="roadmap-target-label">
              Target
            </text>
          </g>
        ) : null}
        {layout.today !== null ? (
          <g>
            <line x1={layout.today} x2={layout.today} y1={4} y2={height} className="roadmap-today" />
            <text x={layout.today + 4} y={12} className="roadmap-today-label">
              Today
            </text>
          </g>
        ) : null}
      </svg>
      <Group gap="md" px="xs" pb={4} aria-label="Legend">
        {roadmapTaskStatuses.map((status) => (
          <Group key={status} gap={4}>
            <svg width="14" height="10" aria-hidden="true">
              <rect x={1} y={1} width={12} height={8} rx={2} className={`roadmap-shape roadmap-${status}`} />
            </svg>
            <Text size="xs">{taskStatusLabels[status]}</Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          ◆ milestone · thick red outline: overdue
        </Text>
      </Group>
    </div>
  );
}
