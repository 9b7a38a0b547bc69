const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `5 Jan 2026` for an ISO date-time. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** `5 Jan 2026, 09:14:03` for an ISO date-time, in the browser's time zone. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar day of a date as a date input holds it: `2026-03-31`. */
export function toDateInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local calendar day of an ISO date-time, for a date input (`''` for null). */
export function isoToDateInput(iso: string | null): string {
  return iso ? toDateInput(new Date(iso)) : '';
}

function localDay(day: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${time}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Start of a local calendar day (`2026-03-31`) as an ISO date-time; the raw text when it is no date. */
export function startOfDayIso(day: string): string {
  return localDay(day, '00:00:00') ?? day;
}

/** End of a local calendar day (`2026-03-31`) as an ISO date-time; the raw text when it is no date. */
export function endOfDayIso(day: string): string {
  return localDay(day, '23:59:59.999') ?? day;
}

/** Whether an ISO date-time lies in the past. */
export function isPast(iso: string): boolean {
  return new Date(iso).getTime() <= Date.now();
}
