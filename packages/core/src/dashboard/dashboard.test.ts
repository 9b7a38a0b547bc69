import { describe, expect, it } from 'vitest';
import { iso27001AssessmentNodes } from '../gap-assessment/assessment-nodes.ts';
import { scoreAssessment } from '../gap-assessment/scoring.ts';
import { dashboardAssessmentAge, scoreGroupTitles } from './dashboard.ts';

describe('dashboardAssessmentAge', () => {
  it.each([
    ['the day it was assessed', '2025-06-01', '2025-06-01', 12, { ageDays: 0, ageMonths: 0, stale: false }],
    ['the day before it is due', '2025-06-01', '2026-05-31', 12, { ageDays: 364, ageMonths: 11, stale: false }],
    ['the day it is due', '2025-06-01', '2026-06-01', 12, { ageDays: 365, ageMonths: 12, stale: true }],
    ['long after, with a shorter maximum age', '2025-06-01', '2026-01-15', 6, { ageMonths: 7, stale: true }],
    ['an assessment dated in the future', '2026-03-01', '2026-01-15', 12, { ageDays: 0, ageMonths: 0, stale: false }],
  ])('on %s', (_name, assessed, today, maxAge, expected) => {
    expect(dashboardAssessmentAge(assessed, today, maxAge)).toMatchObject(expected);
  });

  it('is due on the assessment date plus the maximum age, clamped to a shorter month', () => {
    expect(dashboardAssessmentAge('2025-01-31', '2025-02-01', 1).dueOn).toBe('2025-02-28');
  });
});

describe('scoreGroupTitles', () => {
  it('names every clause and Annex A theme scored, from the tree', () => {
    const nodes = iso27001AssessmentNodes();
    const titles = scoreGroupTitles(nodes, scoreAssessment(nodes, {}));
    expect(Object.keys(titles)).toEqual(['4', '5', '6', '7', '8', '9', '10', 'A.5', 'A.6', 'A.7', 'A.8']);
    expect(titles['A.6']).toBe('People controls');
  });
});
