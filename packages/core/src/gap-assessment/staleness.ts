/** How old an assessment is against the organisation's renewal age. */
export interface AssessmentStaleness {
  /** True from `dueOn` on: the assessment should be renewed. */
  stale: boolean;
  /** Whole calendar months from the assessment date to today (0 when today is earlier). */
  ageMonths: number;
  /** The day the assessment reaches the maximum age, `YYYY-MM-DD`. */
  dueOn: string;
}

const parse = (day: string) => {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return { year, month, date };
};

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (value: number, size = 2) => String(value).padStart(size, '0');

// A calendar day plus whole months; the 31st of a shorter month becomes that month's last day.
function plusMonths(day: string, months: number): string {
  const { year, month, date } = parse(day);
  const index = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(index / 12);
  const nextMonth = (index % 12) + 1;
  return `${pad(nextYear, 4)}-${pad(nextMonth)}-${pad(Math.min(date, daysIn(nextYear, nextMonth)))}`;
}

// Whole calendar months from one day to a later one (0 when `to` is not later).
function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const start = parse(from);
  const end = parse(to);
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  if (plusMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

/**
 * Whether an assessment made on `assessmentDate` is due for renewal on `today` (both `YYYY-MM-DD`): it
 * is once `maxAgeMonths` calendar months have passed. Organisations re-assess at planned intervals and
 * after significant change (ISO/IEC 27001:2022 6.3, 9.1); the age is a reminder, not a rule of the standard.
 */
export function assessmentStaleness(assessmentDate: string, today: string, maxAgeMonths: number): AssessmentStaleness {
  const dueOn = plusMonths(assessmentDate, maxAgeMonths);
  return { stale: today >= dueOn, ageMonths: wholeMonthsBetween(assessmentDate, today), dueOn };
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
