import { describe, expect, it } from 'vitest';
import { workedExampleReport } from '../sample-gap-report.ts';
import { barChartSvg, radarChartSvg, roadmapTimelineSvg } from './pdf-charts.ts';

describe('charts', () => {
  it('draws a bar as long as its percentage and says "not assessed" rather than drawing 0', () => {
    const svg = barChartSvg(
      [
        { label: 'Clause 4 Context & scope', value: 50 },
        { label: 'Clause 8', value: null },
      ],
      515,
    );
    // 515 wide: 190 for labels, 110 for values, so a bar of 50 % is 107.5 of 215.
    expect(svg).toContain('width="107.5" height="12"');
    expect(svg).toContain('>not assessed</text>');
    expect(svg).toContain('Clause 4 Context &#38; scope');
  });

  it('draws the radar with one point per area for current and target', () => {
    const svg = radarChartSvg([
      { label: '4', current: 5, target: 5 },
      { label: '5', current: 0, target: 5 },
      { label: '6', current: null, target: 5 },
    ]);
    expect(svg.match(/<polygon/g)).toHaveLength(5 + 2);
    // The first spoke points up: level 5 is 105 above the centre (257.5, 158).
    expect(svg).toContain('points="257.5,53 ');
    expect(svg.match(/<circle/g)).toHaveLength(3);
  });

  it('lays out the roadmap between the assessment and the target date, or nothing without dates', () => {
    const report = workedExampleReport();
    const svg = roadmapTimelineSvg(report) ?? '';
    expect(svg.match(/<rect [^>]*height="9"/g)).toHaveLength(7);
    // The first month shown carries its year.
    expect(svg).toContain('>Feb 2026</text>');
    expect(svg).toContain('>Mar</text>');
    expect(roadmapTimelineSvg({ ...report, schedule: null })).toBeNull();
  });
});
