import type { GapReport } from '@certa/core';
import type { RadarAxis } from '../content.ts';
import { accentColour, phaseLabels } from '../labels.ts';

// Charts are SVG strings that pdfmake draws as vectors (its bundled svg-to-pdfkit), text in Roboto.

/** One bar of a horizontal bar chart: a label and a percentage, or null when there is nothing to show. */
export interface BarDatum {
  label: string;
  value: number | null;
  /** Shown after the value in grey (e.g. the coverage). */
  note?: string;
}

const accent = `#${accentColour}`;
const targetColour = '#C55A11';
const grey = '#6B7280';
const light = '#E5E7EB';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const round = (value: number) => Math.round(value * 10) / 10;

function svg(width: number, height: number, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body.join('')}</svg>`;
}

function text(x: number, y: number, value: string, attributes = ''): string {
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}>${escapeXml(value)}</text>`;
}

/** Horizontal bars from 0 to 100 %, a label on the left and the value at the end of each bar. */
export function barChartSvg(data: readonly BarDatum[], width = 515): string {
  const labelWidth = 190;
  const valueWidth = 110;
  const barWidth = width - labelWidth - valueWidth;
  const rowHeight = 22;
  const top = 16;
  const height = top + data.length * rowHeight + 4;
  const body: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = labelWidth + (barWidth * tick) / 100;
    body.push(
      `<line x1="${round(x)}" y1="${top - 4}" x2="${round(x)}" y2="${height - 2}" stroke="${light}" stroke-width="0.6"/>`,
      text(x, top - 7, `${tick}%`, `font-size="7" fill="${grey}" text-anchor="middle"`),
    );
  }
  data.forEach((datum, index) => {
    const y = top + index * rowHeight;
    body.push(text(labelWidth - 6, y + 14, fit(datum.label, 42), `font-size="8.5" fill="#111827" text-anchor="end"`));
    body.push(`<rect x="${labelWidth}" y="${y + 5}" width="${barWidth}" height="12" fill="#F3F4F6"/>`);
    const value = datum.value;
    if (value !== null && value > 0)
      body.push(
        `<rect x="${labelWidth}" y="${y + 5}" width="${round((barWidth * value) / 100)}" height="12" fill="${accent}"/>`,
      );
    const label = value === null ? 'not assessed' : `${value}%`;
    body.push(
      text(labelWidth + barWidth + 6, y + 14, label, `font-size="8.5" fill="${value === null ? grey : '#111827'}"`),
    );
    if (datum.note) body.push(text(labelWidth + barWidth + 62, y + 14, datum.note, `font-size="7" fill="${grey}"`));
  });
  return svg(width, height, body);
}

function polygon(points: readonly [number, number][], attributes: string): string {
  return `<polygon points="${points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')}" ${attributes}/>`;
}

/** A radar of maturity 0–5, one spoke per axis, current (filled) against target (dashed). */
export function radarChartSvg(axes: readonly RadarAxis[], width = 515): string {
  const height = 300;
  const [cx, cy, radius] = [width / 2, 158, 105];
  const angle = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / axes.length;
  const point = (index: number, level: number): [number, number] => [
    cx + Math.cos(angle(index)) * radius * (level / 5),
    cy + Math.sin(angle(index)) * radius * (level / 5),
  ];
  const body: string[] = [];
  for (let level = 1; level <= 5; level += 1)
    body.push(
      polygon(
        axes.map((_, index) => point(index, level)),
        `fill="none" stroke="${light}" stroke-width="${level === 3 ? 1 : 0.6}"`,
      ),
      text(cx + 3, cy - (radius * level) / 5 - 2, String(level), `font-size="6.5" fill="${grey}"`),
    );
  axes.forEach((axis, index) => {
    const [x, y] = point(index, 5);
    body.push(`<line x1="${cx}" y1="${cy}" x2="${round(x)}" y2="${round(y)}" stroke="${light}" stroke-width="0.6"/>`);
    const cos = Math.cos(angle(index));
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const [lx, ly] = point(index, 5.6);
    body.push(text(lx, ly + 3, fit(axis.label, 34), `font-size="8" fill="#111827" text-anchor="${anchor}"`));
  });
  const current = axes.map((axis, index) => point(index, axis.current ?? 0));
  const target = axes.map((axis, index) => point(index, axis.target ?? 0));
  body.push(
    polygon(target, `fill="none" stroke="${targetColour}" stroke-width="1.5" stroke-dasharray="4 3"`),
    polygon(current, `fill="${accent}" fill-opacity="0.25" stroke="${accent}" stroke-width="1.5"`),
    ...current.map(([x, y]) => `<circle cx="${round(x)}" cy="${round(y)}" r="2" fill="${accent}"/>`),
  );
  body.push(
    `<rect x="0" y="4" width="18" height="8" fill="${accent}" fill-opacity="0.25" stroke="${accent}" stroke-width="1.5"/>`,
    text(24, 11, 'Current maturity (mean)', 'font-size="8" fill="#111827"'),
    `<line x1="0" y1="24" x2="18" y2="24" stroke="${targetColour}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    text(24, 27, 'Target maturity (mean)', 'font-size="8" fill="#111827"'),
  );
  return svg(width, height, body);
}

const phaseColours: Readonly<Record<string, string>> = {
  foundations: accent,
  risk: '#2E75B6',
  controls: '#548235',
  readiness: targetColour,
};

const dayMs = 24 * 60 * 60 * 1000;

function monthLabel(date: Date, first: boolean): string {
  const name = date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return first || date.getUTCMonth() === 0 ? `${name} ${date.getUTCFullYear()}` : name;
}

/**
 * A timeline of the roadmap: one bar per work package and a diamond per audit milestone, between the
 * assessment date and the target date, with a tick at the start of each month. Null without dates.
 */
export function roadmapTimelineSvg(report: GapReport, width = 515): string | null {
  const schedule = report.schedule;
  if (!schedule) return null;
  const dated = report.roadmap.filter((item) => item.start !== null && item.due !== null);
  if (dated.length === 0) return null;
  const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const from = Math.min(time(schedule.assessmentDate), ...dated.map((item) => time(item.start ?? '')));
  const to = Math.max(time(schedule.targetCertificationDate), ...dated.map((item) => time(item.due ?? '')));
  const labelWidth = 48;
  const plotWidth = width - labelWidth - 8;
  const x = (ms: number) => labelWidth + (plotWidth * (ms - from)) / Math.max(to - from, dayMs);
  const rowHeight = 13;
  const top = 30;
  const height = top + dated.length * rowHeight + 12;
  const body: string[] = [];
  const month = new Date(from);
  month.setUTCDate(1);
  let labelled = false;
  for (let tick = month.getTime(); tick <= to;) {
    const date = new Date(tick);
    if (tick >= from && x(tick) + 16 <= width) {
      body.push(
        `<line x1="${round(x(tick))}" y1="${top - 6}" x2="${round(x(tick))}" y2="${height - 4}" stroke="${light}" stroke-width="0.5"/>`,
        text(x(tick) + 2, top - 9, monthLabel(date, !labelled), `font-size="6.5" fill="${grey}"`),
      );
      labelled = true;
    }
    tick = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  const assessed = x(time(schedule.assessmentDate));
  body.push(
    `<line x1="${round(assessed)}" y1="${top - 6}" x2="${round(assessed)}" y2="${height - 4}" stroke="${targetColour}" stroke-width="0.8" stroke-dasharray="2 2"/>`,
    text(assessed + 2, height - 1, 'assessment date', `font-size="6" fill="${targetColour}"`),
  );
  Object.entries(phaseColours).forEach(([phase, colour], index) => {
    body.push(
      `<rect x="${labelWidth + index * 118}" y="2" width="8" height="8" fill="${colour}"/>`,
      text(
        labelWidth + index * 118 + 12,
        9,
        phaseLabels[phase as keyof typeof phaseLabels],
        'font-size="7" fill="#111827"',
      ),
    );
  });
  dated.forEach((item, index) => {
    const y = top + index * rowHeight;
    const colour = phaseColours[item.phase] ?? accent;
    body.push(text(0, y + 9, item.id, 'font-size="7" fill="#111827"'));
    const start = x(time(item.start ?? ''));
    const end = x(time(item.due ?? ''));
    if (item.kind === 'milestone' && end - start < 2) {
      const [mx, my] = [start, y + 6];
      body.push(
        polygon(
          [
            [mx, my - 5],
            [mx + 5, my],
            [mx, my + 5],
            [mx - 5, my],
          ],
          `fill="${colour}"`,
        ),
      );
    } else
      body.push(
        `<rect x="${round(start)}" y="${y + 2}" width="${round(Math.max(end - start, 1.5))}" height="9" fill="${colour}"/>`,
      );
  });
  return svg(width, height, body);
}
