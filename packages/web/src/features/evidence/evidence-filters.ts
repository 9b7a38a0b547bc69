import type { EvidenceListFilters } from '@certa/client';
import { evidenceKinds, evidenceStatuses, type EvidenceKind, type EvidenceStatus } from '@certa/core';

/** Rows per page of the evidence list. */
export const evidencePageSize = 25;

/** The list's filters as the address keeps them (`?q=…&kind=document&stale=true&page=2`), shareable. */
export interface EvidenceFilterValues {
  q: string;
  kind: EvidenceKind | '';
  status: EvidenceStatus | '';
  /** `true` only stale items, `false` only items within their review date, empty both. */
  stale: 'true' | 'false' | '';
  owner: string;
  /** 1-based page number. */
  page: number;
}

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | '' =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the filters from the address, ignoring values the list does not know. */
export function evidenceFiltersFromSearch(search: URLSearchParams): EvidenceFilterValues {
  const page = Number(search.get('page'));
  return {
    q: search.get('q') ?? '',
    kind: oneOf(evidenceKinds, search.get('kind')),
    status: oneOf(evidenceStatuses, search.get('status')),
    stale: oneOf(['true', 'false'] as const, search.get('stale')),
    owner: search.get('owner') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the filters to the address, leaving out empty ones and page 1. */
export function evidenceFiltersToSearch(values: EvidenceFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  if (values.q.trim() !== '') search.set('q', values.q);
  if (values.kind) search.set('kind', values.kind);
  if (values.status) search.set('status', values.status);
  if (values.stale) search.set('stale', values.stale);
  if (values.owner.trim() !== '') search.set('owner', values.owner);
  if (values.page > 1) search.set('page', String(values.page));
  return search;
}

/** The filters as the API takes them: one page of `evidencePageSize` rows. */
export function evidenceFiltersForApi(values: EvidenceFilterValues): EvidenceListFilters {
  return {
    ...(values.q.trim() ? { q: values.q.trim() } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.stale ? { stale: values.stale === 'true' } : {}),
    ...(values.owner.trim() ? { owner: values.owner.trim() } : {}),
    limit: evidencePageSize,
    offset: (values.page - 1) * evidencePageSize,
  };
}

/** Whether any filter (other than the page) is set. */
export function hasEvidenceFilters(values: EvidenceFilterValues): boolean {
  return values.q !== '' || values.kind !== '' || values.status !== '' || values.stale !== '' || values.owner !== '';
}

/** How many pages `total` rows fill (at least one, so an empty list still shows page 1). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / evidencePageSize));
}
