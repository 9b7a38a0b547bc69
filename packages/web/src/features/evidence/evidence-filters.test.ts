import { describe, expect, it } from 'vitest';
import {
  evidenceFiltersForApi,
  evidenceFiltersFromSearch,
  evidenceFiltersToSearch,
  hasEvidenceFilters,
  pageCount,
} from './evidence-filters.ts';
import { formatBytes, formatDay, formatPeriod, shortSha } from './evidence-labels.ts';

describe('evidence list filters in the address', () => {
  it('reads known values and ignores unknown kinds, statuses, stale flags and pages', () => {
    const values = evidenceFiltersFromSearch(
      new URLSearchParams('q=policy&kind=document&status=approved&stale=true&owner=Olivia&page=3'),
    );
    expect(values).toEqual({
      q: 'policy',
      kind: 'document',
      status: 'approved',
      stale: 'true',
      owner: 'Olivia',
      page: 3,
    });
    expect(evidenceFiltersFromSearch(new URLSearchParams('kind=ticket&status=old&stale=yes&page=-2'))).toEqual({
      q: '',
      kind: '',
      status: '',
      stale: '',
      owner: '',
      page: 1,
    });
  });

  it('writes only what is set and round-trips', () => {
    const empty = evidenceFiltersFromSearch(new URLSearchParams());
    expect(evidenceFiltersToSearch(empty).toString()).toBe('');
    expect(hasEvidenceFilters(empty)).toBe(false);
    const search = new URLSearchParams('q=backup&stale=false&page=2');
    const values = evidenceFiltersFromSearch(search);
    expect(hasEvidenceFilters(values)).toBe(true);
    expect(evidenceFiltersToSearch(values).toString()).toBe(search.toString());
  });

  it('asks the API for one page and turns the stale flag into a boolean', () => {
    const values = evidenceFiltersFromSearch(new URLSearchParams('q=+backup+&stale=false&page=3'));
    expect(evidenceFiltersForApi(values)).toEqual({ q: 'backup', stale: false, limit: 25, offset: 50 });
    expect(evidenceFiltersForApi(evidenceFiltersFromSearch(new URLSearchParams('stale=true')))).toEqual({
      stale: true,
      limit: 25,
      offset: 0,
    });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
  });
});

describe('evidence labels', () => {
  it('writes file sizes for people', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(14_540)).toBe('14.2 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
  });

  it('shortens hashes and writes calendar days without shifting them', () => {
    expect(shortSha('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
    expect(formatDay('2026-01-05')).toBe('5 Jan 2026');
    expect(formatDay(null)).toBe('—');
    expect(formatPeriod('2026-01-01', '2026-03-31')).toBe('1 Jan 2026 – 31 Mar 2026');
    expect(formatPeriod(null, '2026-03-31')).toBe('until 31 Mar 2026');
    expect(formatPeriod(null, null)).toBe('—');
  });
});
