import type { EvidenceKind, EvidenceStatus } from '@certa/core';

/** How each kind of evidence is named on screen. */
export const evidenceKindLabels: Record<EvidenceKind, string> = {
  document: 'Document',
  record: 'Record',
  screenshot: 'Screenshot',
  system_export: 'System export',
  link: 'Link',
};

/** One sentence per kind, to help choose. */
export const evidenceKindHints: Record<EvidenceKind, string> = {
  document: 'A policy, procedure or plan you maintain (documented information you keep up to date).',
  record: 'Proof that something happened: minutes, a signed form, a training log, a test result.',
  screenshot: 'A picture of a system setting or screen at a point in time.',
  system_export: 'A report or list exported from a system, such as user accounts or backup jobs.',
  link: 'An address where the document lives, for example in your intranet or document system; no file.',
};

/** How each evidence status is named on screen. */
export const evidenceStatusLabels: Record<EvidenceStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  expired: 'Expired',
};

/** The one status palette: approved green, draft blue-grey, expired red (the label carries the meaning). */
export const evidenceStatusColors: Record<EvidenceStatus, string> = {
  draft: 'gray',
  approved: 'green',
  expired: 'red',
};

const units = ['bytes', 'KB', 'MB', 'GB'] as const;

/** A file size for people: `812 bytes`, `14.2 KB`, `3.1 MB` (powers of 1024). */
export function formatBytes(size: number): string {
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${String(size)} ${size === 1 ? 'byte' : 'bytes'}`;
  return `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit] ?? ''}`;
}

/** The first 12 hex digits of a SHA-256, enough to tell versions apart on screen. */
export function shortSha(sha256: string): string {
  return sha256.slice(0, 12);
}

/** `5 Jan 2026` for a calendar day `2026-01-05` (no time zone shift), `—` for none. */
export function formatDay(day: string | null): string {
  if (!day) return '—';
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** The period an item covers, e.g. `1 Jan 2026 – 31 Mar 2026`, `from 1 Jan 2026`, or `—`. */
export function formatPeriod(from: string | null, to: string | null): string {
  if (from && to) return `${formatDay(from)} – ${formatDay(to)}`;
  if (from) return `from ${formatDay(from)}`;
  if (to) return `until ${formatDay(to)}`;
  return '—';
}
