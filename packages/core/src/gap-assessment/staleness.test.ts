import { describe, expect, it } from 'vitest';
import { assessmentStaleness, utcDay } from './staleness.ts';

describe('when an assessment is due for renewal', () => {
  it.each([
    ['2025-01-15', '2026-01-14', 12, { stale: false, ageMonths: 11, dueOn: '2026-01-15' }],
    ['2025-01-15', '2026-01-15', 12, { stale: true, ageMonths: 12, dueOn: '2026-01-15' }],
    ['2025-01-15', '2027-03-01', 12, { stale: true, ageMonths: 25, dueOn: '2026-01-15' }],
    ['2025-08-31', '2026-02-27', 6, { stale: false, ageMonths: 5, dueOn: '2026-02-28' }],
    ['2025-08-31', '2026-02-28', 6, { stale: true, ageMonths: 6, dueOn: '2026-02-28' }],
    ['2024-02-29', '2025-02-28', 12, { stale: true, ageMonths: 12, dueOn: '2025-02-28' }],
    ['2026-03-01', '2026-02-01', 12, { stale: false, ageMonths: 0, dueOn: '2027-03-01' }],
    ['2025-12-10', '2026-01-09', 1, { stale: false, ageMonths: 0, dueOn: '2026-01-10' }],
  ])('made on %s, seen on %s with a maximum age of %i months', (date, today, months, expected) => {
    expect(assessmentStaleness(date, today, months)).toEqual(expected);
  });

  it('reads the UTC calendar day of an instant', () => {
    expect(utcDay(new Date('2026-01-15T23:30:00-02:00'))).toBe('2026-01-16');
  });
});
