import type { AuditEventFilters } from '@certa/client';
import { endOfDayIso, startOfDayIso } from '../../lib/dates.ts';

/** The filters as the address keeps them: plain text and calendar days, shareable as a link. */
export interface AuditFilterValues extends Record<string, unknown> {
  actorUserId: string;
  entityType: string;
  action: string;
  from: string;
  to: string;
}

const keys = ['actorUserId', 'entityType', 'action', 'from', 'to'] as const;

/** Reads the filters from the address (`?actorUserId=…&action=…&from=2026-01-01`). */
export function filtersFromSearch(search: URLSearchParams): AuditFilterValues {
  return Object.fromEntries(keys.map((key) => [key, search.get(key)?.trim() ?? ''])) as AuditFilterValues;
}

/** Writes the filters to the address, leaving out empty ones. */
export function filtersToSearch(values: AuditFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of keys) {
    const value = values[key].trim();
    if (value !== '') search.set(key, value);
  }
  return search;
}

/** The filters as the API takes them: whole local days become date-times. */
export function filtersForApi(values: AuditFilterValues): AuditEventFilters {
  return {
    ...(values.actorUserId ? { actorUserId: values.actorUserId } : {}),
    ...(values.entityType ? { entityType: values.entityType } : {}),
    ...(values.action ? { action: values.action } : {}),
    ...(values.from ? { from: startOfDayIso(values.from) } : {}),
    ...(values.to ? { to: endOfDayIso(values.to) } : {}),
  };
}

/** Whether any filter is set. */
export function hasFilters(values: AuditFilterValues): boolean {
  return keys.some((key) => values[key] !== '');
}
